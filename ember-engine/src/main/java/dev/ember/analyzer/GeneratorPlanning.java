package dev.ember.analyzer;

import dev.ember.plan.resolved.BoundExpressions;

import dev.ember.plan.errors.CollectionErrors;
import dev.ember.plan.expressions.Alias;
import dev.ember.plan.expressions.Expression;
import dev.ember.plan.expressions.MultiAlias;
import dev.ember.plan.resolved.Attribute;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.Generator;
import dev.ember.plan.resolved.GeneratedRows;
import dev.ember.plan.resolved.ResolvedPlan;
import dev.ember.plan.types.StructField;
import java.util.List;

/**
 * A generator in a select: planned as {@link GeneratedRows} below the projection, its columns named
 * by Spark's defaults or by the alias (one name per generated column). Generators anywhere else in
 * a select list are refused as Spark does.
 */
final class GeneratorPlanning {
  private GeneratorPlanning() {
  }

  /** The plan with the generator's rows, whose generated attributes are the last of its output. */
  static GeneratedRows generate(Analyzer analyzer, ResolvedPlan input, Generator generator, Expression original) {
    List<StructField> outputs = generator.outputs();
    List<String> names = aliasNames(original);
    if (names != null && names.size() != outputs.size()) {
      throw CollectionErrors.aliasNumberMismatch(outputs.size(), String.join(",", names));
    }
    List<Attribute> generated = new java.util.ArrayList<>();
    for (int i = 0; i < outputs.size(); i++) {
      StructField field = outputs.get(i);
      generated.add(analyzer.newAttribute(names == null ? field.name() : names.get(i), field.dataType(),
          field.nullable()));
    }
    return new GeneratedRows(input, generator, generated);
  }

  private static List<String> aliasNames(Expression original) {
    if (original instanceof Alias alias) {
      return List.of(alias.name());
    }
    if (original instanceof MultiAlias alias) {
      return alias.names();
    }
    return null;
  }

  /** UNSUPPORTED_GENERATOR.NESTED_IN_EXPRESSIONS if a generator hides inside {@code bound}. */
  static void rejectNested(BoundColumn bound) {
    if (BoundExpressions.anyMatch(bound.expression(), expression -> expression instanceof Generator)) {
      throw CollectionErrors.nestedGenerator(bound.name());
    }
  }

  static boolean isGenerator(BoundExpression expression) {
    return expression instanceof Generator;
  }
}
