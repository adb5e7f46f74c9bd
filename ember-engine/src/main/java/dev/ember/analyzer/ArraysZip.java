package dev.ember.analyzer;

import dev.ember.plan.expressions.Alias;
import dev.ember.plan.expressions.Expression;
import dev.ember.plan.expressions.UnresolvedAttribute;
import dev.ember.plan.expressions.UnresolvedFunction;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.types.ArrayType;
import dev.ember.plan.types.StructField;
import dev.ember.plan.types.StructType;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code arrays_zip(a, b.as("x"), ...)}: an array of structs, the i-th holding each array's i-th element
 * (NULL past a shorter array's end). Field names come from the unresolved arguments, as in Spark's
 * ArraysZip: a column's name, an alias, else the argument's position.
 */
final class ArraysZip {
  private ArraysZip() {
  }

  static BoundColumn resolve(ExpressionResolver resolver, UnresolvedFunction function) {
    List<BoundExpression> arrays = new ArrayList<>();
    List<StructField> fields = new ArrayList<>();
    List<String> names = new ArrayList<>();
    List<String> sql = new ArrayList<>();
    for (Expression argument : function.arguments()) {
      BoundColumn bound = resolver.resolve(argument);
      arrays.add(bound.expression());
      sql.add(bound.name());
      names.add(StructConstruction.argumentName(resolver, argument, bound));
    }
    String pretty = "arrays_zip(" + String.join(", ", names) + ")";
    for (int i = 0; i < arrays.size(); i++) {
      ArrayType array = ComplexTypeCoercion.array(pretty, arrays, sql, i);
      fields.add(new StructField(fieldName(function.arguments().get(i), i), array.elementType(), true));
    }
    return new BoundColumn(new Call("arrays_zip", arrays, new ArrayType(new StructType(fields), false),
        ComplexTypeCoercion.anyNullable(arrays)), pretty);
  }

  private static String fieldName(Expression argument, int index) {
    if (argument instanceof Alias alias) {
      return alias.name();
    }
    if (argument instanceof UnresolvedAttribute attribute) {
      return attribute.nameParts().get(attribute.nameParts().size() - 1);
    }
    return Integer.toString(index);
  }
}
