package dev.ember.analyzer;

import dev.ember.plan.errors.SparkErrors;
import dev.ember.plan.expressions.Literal;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.ElementAccess;
import dev.ember.plan.types.ArrayType;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.MapType;
import dev.ember.plan.types.StructType;
import java.util.Map;

/** {@code getField}/{@code getItem}: struct field (named {@code s.f}), array element or map value (named {@code a[0]}). */
final class ValueExtraction {
  private ValueExtraction() {
  }

  static BoundColumn resolve(BoundColumn child, BoundColumn extraction, NameMatcher names) {
    BoundExpression value = child.expression();
    BoundExpression key = extraction.expression();
    if (value.dataType() instanceof StructType && key instanceof Literal literal && literal.value() instanceof String field) {
      BoundExpression access = StructFields.access(value, field, names);
      if (access == null) {
        throw SparkErrors.unsupported("FIELD_NOT_FOUND", "42704",
            "No such struct field `" + field + "` in " + value.dataType().simpleString() + ".",
            Map.of("fieldName", "`" + field + "`", "fields", ((StructType) value.dataType()).fields().stream()
                .map(candidate -> "`" + candidate.name() + "`").collect(java.util.stream.Collectors.joining(", "))));
      }
      return new BoundColumn(access, child.name() + "." + field);
    }
    if (value.dataType() instanceof ArrayType array) {
      BoundExpression index = TypeCoercion.castTo(key, AtomicType.INTEGER);
      return new BoundColumn(new ElementAccess(value, index, array.elementType()),
          child.name() + "[" + extraction.name() + "]");
    }
    if (value.dataType() instanceof MapType map) {
      return new BoundColumn(new ElementAccess(value, TypeCoercion.castTo(key, map.keyType()), map.valueType()),
          child.name() + "[" + extraction.name() + "]");
    }
    throw SparkErrors.unsupported("INVALID_EXTRACT_BASE_FIELD_TYPE", "42000",
        "Can't extract a value from " + child.name() + ". Need a complex type [STRUCT, ARRAY, MAP] but got "
            + SparkErrors.toSqlType(value.dataType()) + ".",
        Map.of("base", "\"" + child.name() + "\"", "other", SparkErrors.toSqlType(value.dataType())));
  }
}
