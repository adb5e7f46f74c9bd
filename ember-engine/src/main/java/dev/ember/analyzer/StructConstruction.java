package dev.ember.analyzer;

import dev.ember.plan.expressions.Alias;
import dev.ember.plan.expressions.Expression;
import dev.ember.plan.expressions.UnresolvedFunction;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.types.StructField;
import dev.ember.plan.types.StructType;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code struct(a, b.as("x"), lit(1))}: field names come from the unresolved arguments (Spark's
 * CreateStruct): a column's last name part, an alias, a string field extraction, else {@code colN};
 * {@code *} and {@code t.*} stand for their columns, each field named after its column.
 */
final class StructConstruction {
  private StructConstruction() {
  }

  static BoundColumn resolve(ExpressionResolver resolver, UnresolvedFunction function) {
    List<BoundExpression> values = new ArrayList<>();
    List<StructField> fields = new ArrayList<>();
    List<String> names = new ArrayList<>();
    for (int i = 0; i < function.arguments().size(); i++) {
      Expression argument = function.arguments().get(i);
      List<BoundColumn> expanded = resolver.expandedColumns(argument);
      if (expanded != null) {
        for (BoundColumn column : expanded) {
          values.add(column.expression());
          fields.add(new StructField(column.name(), column.expression().dataType(), column.expression().nullable()));
          names.add(column.name());
        }
        continue;
      }
      BoundColumn bound = resolver.resolve(argument);
      values.add(bound.expression());
      fields.add(new StructField(fieldName(argument, fields.size()), bound.expression().dataType(),
          bound.expression().nullable()));
      names.add(argumentName(resolver, argument, bound));
    }
    return new BoundColumn(new Call("struct", values, new StructType(fields), false),
        "struct(" + String.join(", ", names) + ")");
  }

  /** How Spark names an argument of struct or arrays_zip: an alias shows as {@code child AS alias}. */
  static String argumentName(ExpressionResolver resolver, Expression argument, BoundColumn bound) {
    return argument instanceof Alias alias ? resolver.resolve(alias.child()).name() + " AS " + alias.name()
        : bound.name();
  }

  private static String fieldName(Expression argument, int index) {
    return dev.ember.plan.expressions.RowConstructors.fieldName(argument, index);
  }
}
