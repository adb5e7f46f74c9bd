package dev.ember.analyzer;

import dev.ember.plan.expressions.Literal;
import dev.ember.plan.errors.SparkErrors;
import dev.ember.plan.expressions.Identifiers;
import dev.ember.plan.logical.NaFunction;
import dev.ember.plan.resolved.Attribute;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.resolved.ColumnReference;
import dev.ember.plan.resolved.NamedExpression;
import dev.ember.plan.resolved.Projection;
import dev.ember.plan.resolved.Selection;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import java.util.ArrayList;
import java.util.List;

/** {@code na.fill/drop/replace}: projections and filters over the columns whose type fits the value. */
final class NaFunctionResolver {
  private NaFunctionResolver() {
  }

  static Scope resolve(Analyzer analyzer, NaFunction function) {
    Scope input = analyzer.resolve(function.input());
    List<Attribute> targets = targets(analyzer, input, function);
    if (function instanceof NaFunction.Fill fill) {
      return fill(analyzer, input, targets, fill);
    }
    if (function instanceof NaFunction.DropRows drop) {
      return drop(input, targets, drop);
    }
    if (function instanceof NaFunction.Replace replace) {
      return replace(analyzer, input, targets, replace);
    }
    throw new IllegalStateException("unexpected " + function);
  }

  /** The named columns (each must resolve), or every column. */
  private static List<Attribute> targets(Analyzer analyzer, Scope input, NaFunction function) {
    List<String> names = function instanceof NaFunction.Fill fill ? fill.columns()
        : function instanceof NaFunction.DropRows drop ? drop.columns() : ((NaFunction.Replace) function).columns();
    if (names.isEmpty() || names.equals(List.of("*"))) {
      return input.output();
    }
    List<Attribute> targets = new ArrayList<>();
    for (String name : names) {
      List<Attribute> matches = analyzer.names().find(Identifiers.parseAttributeName(name), input.output());
      if (matches.isEmpty()) {
        // Dataset.resolve: every column is proposed, in schema order
        throw SparkErrors.unresolvedColumn(Identifiers.quoteNameParts(Identifiers.parseAttributeName(name)),
            input.output().stream().map(attribute -> Identifiers.quote(attribute.name())).toList());
      }
      targets.add(matches.get(0));
    }
    return targets;
  }

  private static Scope fill(Analyzer analyzer, Scope input, List<Attribute> targets, NaFunction.Fill fill) {
    List<NamedExpression> columns = new ArrayList<>();
    for (Attribute attribute : input.output()) {
      int index = targets.indexOf(attribute);
      Literal value = index < 0 ? null : fill.values().get(fill.values().size() == 1 ? 0 : index);
      if (value == null || !fits(value.dataType(), attribute.dataType())) {
        columns.add(ProjectResolver.passThrough(attribute));
        continue;
      }
      BoundExpression replacement = TypeCoercion.castTo(value, attribute.dataType());
      BoundExpression column = new ColumnReference(attribute);
      boolean nullable = attribute.nullable() && replacement.nullable();
      BoundExpression filled = new Call("coalesce", List.of(column, replacement), attribute.dataType(), nullable);
      if (attribute.dataType() == AtomicType.DOUBLE || attribute.dataType() == AtomicType.FLOAT) {
        filled = new Call("nanvl", List.of(filled, replacement), attribute.dataType(), nullable);
      }
      columns.add(new NamedExpression(filled, analyzer.newAttribute(attribute.name(), attribute.dataType(), nullable)));
    }
    return input.withPlan(new Projection(input.plan(), columns));
  }

  /** A numeric value fills numeric columns, a string string columns, a boolean boolean columns. */
  private static boolean fits(DataType value, DataType column) {
    if (value.isNumeric()) {
      return column.isNumeric();
    }
    return value.equals(column);
  }

  private static Scope drop(Scope input, List<Attribute> targets, NaFunction.DropRows drop) {
    BoundExpression present = null;
    for (Attribute attribute : targets) {
      BoundExpression valid = valid(attribute);
      BoundExpression counted = new Call("case_when", List.of(valid, Literal.of(1), Literal.of(0)),
          AtomicType.INTEGER, false);
      present = present == null ? counted : new Call("add", List.of(present, counted), AtomicType.INTEGER, false);
    }
    int required = drop.minNonNulls().orElse(targets.size());
    BoundExpression condition = present == null ? Literal.of(required <= 0)
        : new Call("greater_than_or_equal", List.of(present, Literal.of(required)), AtomicType.BOOLEAN, false);
    return input.withPlan(new Selection(input.plan(), condition));
  }

  /** Not null, and not NaN for floating-point columns. */
  private static BoundExpression valid(Attribute attribute) {
    BoundExpression column = new ColumnReference(attribute);
    BoundExpression notNull = new Call("is_not_null", List.of(column), AtomicType.BOOLEAN, false);
    if (attribute.dataType() != AtomicType.DOUBLE && attribute.dataType() != AtomicType.FLOAT) {
      return notNull;
    }
    BoundExpression notNaN = new Call("not", List.of(new Call("isnan", List.of(column), AtomicType.BOOLEAN, false)),
        AtomicType.BOOLEAN, false);
    return new Call("and", List.of(notNull, notNaN), AtomicType.BOOLEAN, false);
  }

  private static Scope replace(Analyzer analyzer, Scope input, List<Attribute> targets, NaFunction.Replace replace) {
    List<NamedExpression> columns = new ArrayList<>();
    for (Attribute attribute : input.output()) {
      List<BoundExpression> branches = new ArrayList<>();
      BoundExpression column = new ColumnReference(attribute);
      boolean nullable = attribute.nullable();
      for (int i = 0; targets.contains(attribute) && i < replace.oldValues().size(); i++) {
        Literal oldValue = replace.oldValues().get(i);
        if (oldValue.value() == null || !fits(oldValue.dataType(), attribute.dataType())) {
          continue;
        }
        branches.add(new Call("equal", List.of(column, TypeCoercion.castTo(oldValue, attribute.dataType())),
            AtomicType.BOOLEAN, true));
        Literal newValue = replace.newValues().get(i);
        branches.add(TypeCoercion.castTo(newValue, attribute.dataType()));
        nullable |= newValue.value() == null;
      }
      if (branches.isEmpty()) {
        columns.add(ProjectResolver.passThrough(attribute));
        continue;
      }
      branches.add(column);
      columns.add(new NamedExpression(new Call("case_when", branches, attribute.dataType(), nullable),
          analyzer.newAttribute(attribute.name(), attribute.dataType(), nullable)));
    }
    return input.withPlan(new Projection(input.plan(), columns));
  }
}
