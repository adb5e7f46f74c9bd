package dev.ember.connect;

import dev.ember.plan.errors.SparkErrors;
import dev.ember.plan.expressions.Alias;
import dev.ember.plan.expressions.Expression;
import dev.ember.plan.expressions.Literal;
import dev.ember.plan.expressions.SortOrder;
import dev.ember.plan.expressions.UnresolvedAttribute;
import dev.ember.plan.expressions.UnresolvedFunction;
import dev.ember.plan.expressions.UnresolvedStar;
import dev.ember.plan.logical.LogicalPlan;
import dev.ember.plan.logical.MapPartitions;
import dev.ember.plan.logical.Project;
import dev.ember.plan.logical.SetOperation;
import dev.ember.plan.logical.SetOperationType;
import dev.ember.plan.logical.Sort;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import dev.ember.plan.types.StructField;
import dev.ember.plan.types.StructType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.OptionalLong;
import org.apache.spark.connect.proto.CoGroupMap;
import org.apache.spark.connect.proto.GroupMap;

/**
 * {@code groupByKey(f)} and {@code groupBy(cols).as[K, V]} with {@code flatMapGroups}/{@code mapGroups}/
 * {@code flatMapSortedGroups}/{@code cogroup}, as Spark Connect's server plans them: one grouping expression is the
 * key function over each row; several are a marker and the grouping columns. The rows reach the function sorted by
 * key (then by the sort expressions), each as its key ({@code _1}), value ({@code _2}) and key as grouped; for
 * {@code cogroup} (and a state function with an initial state) the rows of both sides in one stream, each with its
 * side ({@code _2}) and its value in the side's column ({@code _3} or {@code _4}, the other NULL).
 */
final class TypedGroupings {
  /** Spark's legacy name of a typed aggregation's non-struct key: {@code value}, not {@code key}. */
  static final String KEY_AS_VALUE = "spark.sql.legacy.dataset.nameNonStructGroupingKeyAsValue";
  /** The column of each row's key as grouped (the functions find where a group ends by it). */
  static final String GROUPED_KEY = "_k";

  private TypedGroupings() {
  }

  static LogicalPlan groupMap(RelationTranslator relations, GroupMap map) {
    var udf = map.getFunc().getScalarScalaUdf();
    // with a state (map/flatMapGroupsWithState): key, state, value encoders
    int values = map.hasStateSchema() ? 2 : 1;
    if (!map.getFunc().hasScalarScalaUdf() || udf.getInputTypesCount() != values + 1) {
      throw UnsupportedApi.named(map.hasStateSchema() ? "KeyValueGroupedDataset.mapGroupsWithState"
          : "KeyValueGroupedDataset.flatMapGroups");
    }
    if (map.hasInitialInput()) {
      return withInitialState(relations, map, udf);
    }
    String operator = map.hasStateSchema() ? "FlatMapGroupsWithState" : "MapGroups";
    List<SortOrder> orders = new ArrayList<>();
    orders.add(new SortOrder(column("_1"), true, true));
    LogicalPlan keyed = side(relations.translate(map.getInput()), map.getGroupingExpressionsList(),
        map.getSortingExpressionsList(), udf, values, 0, "_2", orders, "_s", operator);
    String name = map.getFunc().getFunctionName().isEmpty() ? "flatMapGroups" : map.getFunc().getFunctionName();
    return new MapPartitions(new Sort(keyed, orders, true),
        new ScalaGroupFunction(udf.getPayload(), name, outputSchema(udf)));
  }

  /**
   * {@code mapGroupsWithState}/{@code flatMapGroupsWithState} with an initial state, as Spark runs it in a batch
   * query: a cogroup of the values (side 1) and the initial state grouped by the same key (side 2); every key of
   * either is called once, a key only in the initial state with no values.
   */
  private static LogicalPlan withInitialState(RelationTranslator relations, GroupMap map,
      org.apache.spark.connect.proto.ScalarScalaUDF udf) {
    List<SortOrder> orders = new ArrayList<>(List.of(new SortOrder(column("_1"), true, true),
        new SortOrder(column("_2"), true, true)));
    LogicalPlan values = side(relations.translate(map.getInput()), map.getGroupingExpressionsList(),
        map.getSortingExpressionsList(), udf, 2, 1, "_3", orders, "_ls", "FlatMapGroupsWithState");
    LogicalPlan states = side(relations.translate(map.getInitialInput()), map.getInitialGroupingExpressionsList(),
        List.of(), udf, 1, 2, "_4", orders, "_rs", "FlatMapGroupsWithState");
    String name = map.getFunc().getFunctionName().isEmpty() ? "flatMapGroupsWithState"
        : map.getFunc().getFunctionName();
    return new MapPartitions(bothSides(values, states, orders),
        new ScalaCoGroupFunction(udf.getPayload(), name, outputSchema(udf), true));
  }

  static LogicalPlan coGroupMap(RelationTranslator relations, CoGroupMap map) {
    var udf = map.getFunc().getScalarScalaUdf();
    if (!map.getFunc().hasScalarScalaUdf() || udf.getInputTypesCount() != 3) {
      throw UnsupportedApi.named("KeyValueGroupedDataset.cogroup");
    }
    List<SortOrder> orders = new ArrayList<>(List.of(new SortOrder(column("_1"), true, true),
        new SortOrder(column("_2"), true, true)));
    LogicalPlan left = side(relations.translate(map.getInput()), map.getInputGroupingExpressionsList(),
        map.getInputSortingExpressionsList(), udf, 1, 1, "_3", orders, "_ls", "CoGroup");
    LogicalPlan right = side(relations.translate(map.getOther()), map.getOtherGroupingExpressionsList(),
        map.getOtherSortingExpressionsList(), udf, 2, 2, "_4", orders, "_rs", "CoGroup");
    String name = map.getFunc().getFunctionName().isEmpty() ? "cogroup" : map.getFunc().getFunctionName();
    return new MapPartitions(bothSides(left, right, orders),
        new ScalaCoGroupFunction(udf.getPayload(), name, outputSchema(udf), false));
  }

  /**
   * Both sides' rows in one stream, by name (each side's missing columns NULL), sorted by key and side: the
   * function reads the first five by position (key, side, left value, right value, key as grouped).
   */
  private static LogicalPlan bothSides(LogicalPlan left, LogicalPlan right, List<SortOrder> orders) {
    LogicalPlan both = new SetOperation(left, right, SetOperationType.UNION, true, true, true);
    List<Expression> ordered = new ArrayList<>(List.of(column("_1"), column("_2"), column("_3"), column("_4"),
        column(GROUPED_KEY)));
    orders.subList(2, orders.size()).forEach(order -> ordered.add(order.child()));
    return new Sort(new Project(both, ordered), orders, true);
  }

  /**
   * One side's rows as its key ({@code _1}), then (for a cogroup, {@code side > 0}) its side's number ({@code _2}),
   * its value ({@code valueName}, read with encoder {@code valueEncoder}), its key again as grouped
   * ({@link #GROUPED_KEY}: {@code keyAs} may read {@code _1} as a type of fewer fields, Spark groups by the
   * key function's own result) and its sort columns ({@code sortPrefix + n}, appended to {@code orders}).
   */
  private static LogicalPlan side(LogicalPlan input, List<org.apache.spark.connect.proto.Expression> groupingProtos,
      List<org.apache.spark.connect.proto.Expression> sortingProtos, org.apache.spark.connect.proto.ScalarScalaUDF udf,
      int valueEncoder, int side, String valueName, List<SortOrder> orders, String sortPrefix, String operator) {
    List<Expression> grouping = ExpressionTranslator.translateAll(groupingProtos);
    DataType keyType = DataTypes.fromProto(udf.getInputTypes(0));
    DataType valueType = DataTypes.fromProto(udf.getInputTypes(valueEncoder));
    List<Expression> columns = new ArrayList<>();
    columns.add(new Alias(key(grouping, keyType), "_1"));
    List<Expression> outer = new ArrayList<>(List.of(column("_1")));
    if (side > 0) {
      columns.add(new Alias(new Literal(side, AtomicType.INTEGER), "_2"));
      outer.add(column("_2"));
    }
    columns.add(new Alias(valueType instanceof StructType
        ? new UnresolvedFunction("struct", List.of(new UnresolvedStar(List.of(), OptionalLong.empty())), false)
        : new UnresolvedFunction("get_column_by_ordinal", List.of(new Literal(0, AtomicType.INTEGER)), false),
        valueName));
    outer.add(column(valueName));
    outer.add(new Alias(column("_1"), GROUPED_KEY));
    List<Expression> sorting = ExpressionTranslator.translateAll(sortingProtos);
    for (int i = 0; i < sorting.size(); i++) {
      Expression sort = sorting.get(i);
      String name = sortPrefix + (i + 1);
      SortOrder order = sort instanceof SortOrder given ? given : new SortOrder(sort, true, true);
      rejectStar(order.child(), operator);
      columns.add(new Alias(order.child(), name));
      outer.add(column(name));
      orders.add(new SortOrder(column(name), order.ascending(), order.nullsFirst()));
    }
    return new Project(new Project(input, columns), outer);
  }

  /** As Spark's analysis: a star names no column to sort a group by; the error names the operator. */
  private static void rejectStar(Expression sort, String operator) {
    if (sort instanceof UnresolvedStar) {
      throw SparkErrors.unsupported("INVALID_USAGE_OF_STAR_OR_REGEX", "42000",
          "Invalid usage of '*' in " + operator + ".", Map.of("elem", "'*'", "prettyName", operator));
    }
  }

  private static StructType outputSchema(org.apache.spark.connect.proto.ScalarScalaUDF udf) {
    DataType output = DataTypes.fromProto(udf.getOutputType());
    return output instanceof StructType struct ? struct
        : new StructType(List.of(new StructField("value", output, udf.getNullable())));
  }

  /**
   * The grouping of a typed aggregation ({@code groupByKey(f).agg(...)}, {@code count()}): its one key function
   * over the whole row is the column {@code key}, as Spark's aggKeyColumn names it ({@code value} for a key that is
   * no struct under {@link #KEY_AS_VALUE}).
   */
  static List<Expression> keyNamed(List<Expression> grouping, boolean keyAsValue) {
    if (grouping.size() == 1 && grouping.get(0) instanceof dev.ember.plan.expressions.UserFunctionCall call
        && call.arguments().size() == 1 && call.arguments().get(0) instanceof UnresolvedStar) {
      boolean struct = call.function().returnType() instanceof StructType;
      Expression key = call.function() instanceof ScalaUserFunction function
          ? new dev.ember.plan.expressions.UserFunctionCall(function.asGroupingKey(), call.arguments()) : call;
      return List.of(new Alias(key, keyAsValue && !struct ? "value" : "key"));
    }
    return grouping;
  }

  /** The key function's result, or the grouping columns (after the marker), one or a struct of them. */
  private static Expression key(List<Expression> grouping, DataType keyType) {
    if (grouping.size() == 1) {
      return grouping.get(0);
    }
    List<Expression> columns = grouping.subList(1, grouping.size());
    return columns.size() == 1 && !(keyType instanceof StructType) ? columns.get(0)
        : new UnresolvedFunction("struct", columns, false);
  }

  private static Expression column(String name) {
    return new UnresolvedAttribute(List.of(name), OptionalLong.empty());
  }
}
