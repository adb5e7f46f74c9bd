package dev.ember.analyzer;

import static dev.ember.analyzer.FunctionDefinition.prefix;

import dev.ember.plan.errors.SparkErrors;
import dev.ember.plan.expressions.Literal;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.types.ArrayType;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import dev.ember.plan.types.DecimalType;
import dev.ember.plan.types.MapType;
import dev.ember.plan.types.StructField;
import dev.ember.plan.types.StructType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Spark's {@code approx_top_k(expr[, k[, maxItemsTracked]])}: an ARRAY of (item, count) structs, the k most frequent
 * items (NULL counted as an item) as DataSketches' frequent-items sketch estimates them. k (default 5) and
 * maxItemsTracked (default 10000, which Spark names) must be constant INTs; their values are checked when the
 * query runs, as Spark checks them. Ember takes the items Spark does except decimals (not yet: Spark counts its own Decimal objects).
 */
final class ApproxTopKFunction {
  static final Set<String> AGGREGATES = Set.of("approx_top_k");
  private static final Set<DataType> ITEMS = Set.of(AtomicType.BOOLEAN, AtomicType.BYTE, AtomicType.SHORT,
      AtomicType.INTEGER, AtomicType.LONG, AtomicType.FLOAT, AtomicType.DOUBLE, AtomicType.DATE, AtomicType.STRING,
      AtomicType.TIMESTAMP, AtomicType.TIMESTAMP_NTZ);

  private ApproxTopKFunction() {
  }

  static List<FunctionDefinition> definitions() {
    return List.of(new FunctionDefinition("approx_top_k", 1, 3, true, ApproxTopKFunction::bind,
        (names, distinct) -> {
          List<String> all = new ArrayList<>(names);
          if (all.size() == 1) {
            all.add("5");
          }
          if (all.size() == 2) {
            all.add("10000");
          }
          return prefix("approx_top_k").name(all, distinct);
        }));
  }

  private static BoundExpression bind(String pretty, List<BoundExpression> arguments, List<String> sql) {
    BoundExpression item = arguments.get(0);
    BoundExpression k = arguments.size() > 1 ? integer(pretty, 1, arguments.get(1), sql.get(1)) : Literal.of(5);
    BoundExpression maxItems = arguments.size() > 2 ? integer(pretty, 2, arguments.get(2), sql.get(2))
        : Literal.of(10000);
    DataType type = item.dataType();
    if (!ITEMS.contains(type) && !(type instanceof DecimalType)) {
      throw failure(pretty, typeName(type) + " columns are not supported");
    }
    if (ConstantArguments.value(k).isEmpty()) {
      throw failure(pretty, "K must be a constant literal");
    }
    if (ConstantArguments.value(maxItems).isEmpty()) {
      throw failure(pretty, "Number of items tracked must be a constant literal");
    }
    if (!ITEMS.contains(type)) {
      throw FormatFunctions.notSupported("approx_top_k of " + SparkErrors.toSqlType(type));
    }
    StructType entry = new StructType(List.of(new StructField("item", type, true),
        new StructField("count", AtomicType.LONG, false)));
    return new Call("approx_top_k", List.of(item, k, maxItems), new ArrayType(entry, false), false);
  }

  private static BoundExpression integer(String pretty, int index, BoundExpression argument, String sql) {
    DataType type = argument.dataType();
    if (type == AtomicType.INTEGER) {
      return argument;
    }
    if (type == AtomicType.NULL || type == AtomicType.BYTE || type == AtomicType.SHORT) {
      return TypeCoercion.castTo(argument, AtomicType.INTEGER);
    }
    throw InputChecks.unexpectedType(pretty, index, InputChecks.unquoted(sql), type, "\"INT\"");
  }

  private static RuntimeException failure(String pretty, String message) {
    return SparkErrors.dataTypeMismatch("TYPE_CHECK_FAILURE_WITH_HINT", "\"" + pretty + "\"", message,
        Map.of("msg", message, "hint", ""));
  }

  /** Spark's DataType.typeName. */
  private static String typeName(DataType type) {
    if (type instanceof ArrayType) {
      return "array";
    }
    if (type instanceof MapType) {
      return "map";
    }
    if (type instanceof StructType) {
      return "struct";
    }
    return type instanceof AtomicType atomic ? atomic.name().toLowerCase(java.util.Locale.ROOT)
        : SparkErrors.toSqlType(type).replace("\"", "").toLowerCase(java.util.Locale.ROOT);
  }
}
