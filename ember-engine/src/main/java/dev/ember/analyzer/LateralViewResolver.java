package dev.ember.analyzer;

import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import dev.ember.plan.expressions.Expression;
import dev.ember.plan.expressions.MultiAlias;
import dev.ember.plan.expressions.UnresolvedFunction;
import dev.ember.plan.logical.LateralView;
import dev.ember.plan.resolved.Attribute;
import dev.ember.plan.resolved.GeneratedRows;
import dev.ember.plan.resolved.Generator;
import java.util.List;
import java.util.Map;

/**
 * {@code LATERAL VIEW [OUTER] generator(...) table [AS columns]}: the generator planned as {@link GeneratedRows} over
 * the input (as a generator in a select is), its columns qualified by the table alias; OUTER keeps an input row whose
 * collection is empty or NULL, with NULLs.
 */
final class LateralViewResolver {
  private LateralViewResolver() {
  }

  static Scope resolve(Analyzer analyzer, LateralView view) {
    Scope input = analyzer.resolve(view.input());
    Expression call = view.generator();
    BoundColumn bound = analyzer.expressions(input, false).forSelectList().resolveTopLevel(call);
    if (!(bound.expression() instanceof Generator generator)) {
      throw notGenerator(call);
    }
    Generator planned = view.outer() && !generator.outer()
        ? new Generator(generator.function(), generator.collection(), generator.position(), true) : generator;
    int aliases = view.columnAliases().size();
    if (view.tableFunction() && aliases > 0 && aliases != planned.outputs().size()) {
      String name = ((UnresolvedFunction) call).name();
      throw new EmberException(ErrorKind.ANALYSIS, "NUM_TABLE_VALUE_ALIASES_MISMATCH", "42826",
          "Number of given aliases does not match number of output columns. Function name: `" + name
              + "`; number of aliases: " + aliases + "; number of output columns: " + planned.outputs().size() + ".",
          Map.of("funcName", "`" + name + "`", "aliasesNum", Integer.toString(aliases),
              "outColsNum", Integer.toString(planned.outputs().size())));
    }
    Expression named = view.columnAliases().isEmpty() ? call : new MultiAlias(call, view.columnAliases());
    GeneratedRows rows = GeneratorPlanning.generate(analyzer, input.plan(), planned, named);
    List<Attribute> qualified = view.tableAlias()
        .map(alias -> rows.generated().stream().map(attribute -> attribute.withQualifier(List.of(alias))).toList())
        .orElse(rows.generated());
    return input.withSameColumns(new GeneratedRows(rows.input(), rows.generator(), qualified));
  }

  private static EmberException notGenerator(Expression call) {
    String name = call instanceof UnresolvedFunction function ? function.name() : call.toString();
    return new EmberException(ErrorKind.ANALYSIS, "UNSUPPORTED_GENERATOR.NOT_GENERATOR", "42K0E",
        "The generator is not supported: `" + name + "` is expected to be a generator. However, it is not a generator.",
        Map.of("functionName", "`" + name + "`", "classCanonicalName", name));
  }
}
