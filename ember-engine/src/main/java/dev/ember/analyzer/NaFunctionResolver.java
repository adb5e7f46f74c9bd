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
    if (function instanceof NaFunction.Fill fill) {
      return fill(analyzer, input, fillTargets(analyzer, input, fill.columns()), fill);
    }
    if (function instanceof NaFunction.DropRows drop) {
      return drop(input, dropTargets(analyzer, input, drop.columns()), drop);
    }
    if (function instanceof NaFunction.Replace replace) {
      return replace(analyzer, input, replaceTargets(analyzer, input, replace.columns()), replace);
    }
    throw new IllegalStateException("unexpected " + function);
  }

  /**
   * fill: the named top-level columns; as Spark's {@code toAttributes}, a name that is not a column
   * ({@code "*"}, a nested field) is ignored; no names, every column.
   */
  private static List<Attribute> fillTargets(Analyzer analyzer, Scope input, List<String> names) {
    if (names.isEmpty()) {
      return input.output();
    }
    List<Attribute> targets = new ArrayList<>();
    for (String name : names) {
      if (!name.equals("*") && column(analyzer, input, name) instanceof ColumnReference reference) {
        targets.add(reference.attribute());
      }
    }
    return targets;
  }

  /** drop: the named columns or nested fields, each as {@code Dataset.resolve} finds it ({@code "*"} is not a column). */
  private static List<BoundExpression> dropTargets(Analyzer analyzer, Scope input, List<String> names) {
    if (names.isEmpty()) {
      return input.output().stream().<BoundExpression>map(ColumnReference::new).toList();
    }
    return names.stream().map(name -> column(analyzer, input, name)).toList();
  }

  /** replace: every column for {@code "*"}, else the named top-level columns (a nested field is refused). */
  private static List<Attribute> replaceTargets(Analyzer analyzer, Scope input, List<String> names) {
    if (names.isEmpty() || names.equals(List.of("*"))) {
      return input.output();
    }
    List<Attribute> targets = new ArrayList<>();
    for (String name : names) {
      if (!(column(analyzer, input, name) instanceof ColumnReference reference)) {
        String quoted = Identifiers.quoteNameParts(Identifiers.parseAttributeName(name));
        throw new dev.ember.plan.errors.EmberException(dev.ember.plan.errors.ErrorKind.UNSUPPORTED_OPERATION,
            "UNSUPPORTED_FEATURE.REPLACE_NESTED_COLUMN", "0A000",
            "The feature is not supported: The replace function does not support nested column " + quoted + ".",
            java.util.Map.of("colName", quoted));
      }
      targets.add(reference.attribute());
    }
    return targets;
  }

  /** A name as {@code Dataset.resolve} finds it: a column or a nested field; else every column is proposed. */
  private static BoundExpression column(Analyzer analyzer, Scope input, String name) {
    List<String> parts = name.equals("*") ? List.of("*") : Identifiers.parseAttributeName(name);
    List<Attribute> matches = analyzer.names().find(parts, input.output());
    if (!matches.isEmpty()) {
      return new ColumnReference(matches.get(0));
    }
    BoundColumn field = parts.size() > 1
        ? new ColumnResolver(input, analyzer.names(), java.util.List.of()).resolveNestedField(parts, input.output())
        : null;
    if (field != null) {
      return field.expression();
    }
    // Dataset.resolve: every column is proposed, in schema order
    throw SparkErrors.unresolvedColumn(Identifiers.quoteNameParts(parts),
        input.output().stream().map(attribute -> Identifiers.quote(attribute.name())).toList());
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

  private static Scope drop(Scope input, List<BoundExpression> targets, NaFunction.DropRows drop) {
    BoundExpression present = null;
    for (BoundExpression target : targets) {
      BoundExpression valid = valid(target);
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
  private static BoundExpression valid(BoundExpression column) {
    BoundExpression notNull = new Call("is_not_null", List.of(column), AtomicType.BOOLEAN, false);
    if (column.dataType() != AtomicType.DOUBLE && column.dataType() != AtomicType.FLOAT) {
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
        // as Spark's CaseKeyWhen: the key compared in the wider type (NaN never equals an integer),
        // the replacement cast to the column's type
        DataType compared = oldValue.dataType().isNumeric() && attribute.dataType().isNumeric()
            ? TypeCoercion.widerNumeric(oldValue.dataType(), attribute.dataType()) : attribute.dataType();
        branches.add(new Call("equal", List.of(TypeCoercion.castTo(column, compared),
            TypeCoercion.castTo(oldValue, compared)), AtomicType.BOOLEAN, true));
        Literal newValue = replace.newValues().get(i);
        // Spark's Cast of the replacement: without ANSI, as Java converts (NaN into an int column is 0)
        branches.add(analyzer.ansi() || newValue.dataType().equals(attribute.dataType()) || newValue.value() == null
            ? TypeCoercion.castTo(newValue, attribute.dataType())
            : LenientArithmetic.cast(newValue, attribute.dataType()));
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
