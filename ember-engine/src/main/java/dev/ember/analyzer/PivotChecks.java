package dev.ember.analyzer;

import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import dev.ember.plan.expressions.Literal;
import dev.ember.plan.resolved.Attribute;
import dev.ember.plan.resolved.BoundCast;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.BoundExpressions;
import dev.ember.plan.resolved.BoundSubquery;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.resolved.ColumnReference;
import dev.ember.plan.resolved.OuterReference;
import dev.ember.plan.types.ArrayType;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import dev.ember.plan.types.MapType;
import dev.ember.plan.types.StructType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Spark's ResolvePivot checks, in its order: a comparable pivot column (INCOMPARABLE_PIVOT_COLUMN), aggregates that
 * read columns only inside aggregate functions (_LEGACY_ERROR_TEMP_1006), and constant values castable to the
 * column's type (NON_LITERAL_PIVOT_VALUES, PIVOT_VALUE_DATA_TYPE_MISMATCH); and the text a value names its columns
 * with (the value cast to a string: {@code [1, 1]}, {@code {dotNET, 2012}}).
 */
final class PivotChecks {
  private PivotChecks() {
  }

  static void check(BoundExpression column, List<BoundColumn> aggregates, List<BoundColumn> values) {
    if (!NearestByJoinResolver.orderable(column.dataType())) {
      throw new EmberException(ErrorKind.ANALYSIS, "INCOMPARABLE_PIVOT_COLUMN", "42818",
          "Invalid pivot column " + columnId(column) + ". Pivot columns must be comparable.",
          Map.of("columnName", columnId(column)));
    }
    aggregates.forEach(aggregate -> requireAggregated(aggregate.expression()));
    for (BoundColumn value : values) {
      BoundExpression expression = value.expression();
      if (!foldable(expression)) {
        throw new EmberException(ErrorKind.ANALYSIS, "NON_LITERAL_PIVOT_VALUES", "42K08",
            "Literal expressions required for pivot values, found \"" + value.name() + "\".",
            Map.of("expression", "\"" + value.name() + "\""));
      }
      if (!castable(expression.dataType(), column.dataType())) {
        String text = valueText(expression);
        throw new EmberException(ErrorKind.ANALYSIS, "PIVOT_VALUE_DATA_TYPE_MISMATCH", "42K09",
            "Invalid pivot value '" + text + "': value data type " + expression.dataType().simpleString()
                + " does not match pivot column data type " + column.dataType().simpleString() + ".",
            Map.of("value", text, "valueType", expression.dataType().simpleString(),
                "pivotType", column.dataType().simpleString()));
      }
    }
  }

  /** Spark's value name: the value cast to a string, {@code null} for NULL. */
  static String valueText(BoundExpression value) {
    if (value instanceof Literal literal) {
      return text(literal.value());
    }
    if (value instanceof BoundCast cast) {
      return valueText(cast.child());
    }
    if (value instanceof Call call && call.function().equals("struct")) {
      return call.arguments().stream().map(PivotChecks::valueText).collect(Collectors.joining(", ", "{", "}"));
    }
    if (value instanceof Call call && call.function().equals("array")) {
      return call.arguments().stream().map(PivotChecks::valueText).collect(Collectors.joining(", ", "[", "]"));
    }
    return String.valueOf(value);
  }

  private static String text(Object value) {
    if (value instanceof List<?> list) {
      return list.stream().map(PivotChecks::text).collect(Collectors.joining(", ", "[", "]"));
    }
    if (value instanceof Object[] fields) {
      return Arrays.stream(fields).map(PivotChecks::text).collect(Collectors.joining(", ", "{", "}"));
    }
    return String.valueOf(value);
  }

  /** Spark's checkValidAggregateExpression: a column read outside every aggregate function. */
  private static void requireAggregated(BoundExpression expression) {
    if (expression instanceof Call call && AggregateFunctions.isAggregate(call.function())) {
      return;
    }
    if (expression instanceof ColumnReference reference) {
      String sql = qualified(reference.attribute());
      throw new EmberException(ErrorKind.ANALYSIS, "_LEGACY_ERROR_TEMP_1006", null,
          "Aggregate expression required for pivot, but '" + sql + "' did not appear in any aggregate function.",
          Map.of("sql", sql));
    }
    BoundExpressions.children(expression).forEach(PivotChecks::requireAggregated);
  }

  private static boolean foldable(BoundExpression expression) {
    return !BoundExpressions.anyMatch(expression, part -> part instanceof ColumnReference
        || part instanceof OuterReference || part instanceof BoundSubquery
        || part instanceof Call call && AggregateFunctions.isAggregate(call.function()));
  }

  /** Spark's Cast.canCast as far as pivot values go: no scalar becomes a complex value or the reverse. */
  private static boolean castable(DataType from, DataType to) {
    if (from == AtomicType.NULL) {
      return true;
    }
    if (complex(from) != complex(to) || from instanceof StructType && !(to instanceof StructType)
        || from instanceof ArrayType && !(to instanceof ArrayType) || from instanceof MapType && !(to instanceof MapType)) {
      return false;
    }
    if (from instanceof StructType source && to instanceof StructType target) {
      if (source.fields().size() != target.fields().size()) {
        return false;
      }
      for (int i = 0; i < source.fields().size(); i++) {
        if (!castable(source.fields().get(i).dataType(), target.fields().get(i).dataType())) {
          return false;
        }
      }
      return true;
    }
    if (from instanceof ArrayType source && to instanceof ArrayType target) {
      return castable(source.elementType(), target.elementType());
    }
    try {
      CastChecks.check("cast", from, to);
      return true;
    } catch (EmberException e) {
      return false;
    }
  }

  private static boolean complex(DataType type) {
    return type instanceof StructType || type instanceof ArrayType || type instanceof MapType;
  }

  /** Spark's toSQLId of the column's SQL text: its parts between dots, each quoted. */
  private static String columnId(BoundExpression column) {
    if (column instanceof ColumnReference reference) {
      return dev.ember.plan.errors.SparkErrors.toSqlId(reference.attribute().name());
    }
    String sql = columnSql(column);
    return Arrays.stream(sql.split("\\.", -1)).map(dev.ember.plan.errors.SparkErrors::toSqlId)
        .collect(Collectors.joining("."));
  }

  private static String columnSql(BoundExpression column) {
    if (column instanceof ColumnReference reference) {
      return qualified(reference.attribute());
    }
    if (column instanceof Call call && call.function().equals("struct") && call.dataType() instanceof StructType type) {
      List<String> parts = new ArrayList<>();
      for (int i = 0; i < call.arguments().size(); i++) {
        parts.add("'" + type.fields().get(i).name() + "'");
        parts.add(columnSql(call.arguments().get(i)));
      }
      return "named_struct(" + String.join(", ", parts) + ")";
    }
    return String.valueOf(column);
  }

  private static String qualified(Attribute attribute) {
    List<String> parts = new ArrayList<>(attribute.qualifier());
    parts.add(attribute.name());
    return String.join(".", parts);
  }
}
