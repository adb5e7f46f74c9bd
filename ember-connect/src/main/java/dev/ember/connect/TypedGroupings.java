package dev.ember.connect;

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
import java.util.OptionalLong;
import org.apache.spark.connect.proto.CoGroupMap;
import org.apache.spark.connect.proto.GroupMap;

/**
 * {@code groupByKey(f)} and {@code groupBy(cols).as[K, V]} with {@code flatMapGroups}/{@code mapGroups}/
 * {@code flatMapSortedGroups}/{@code cogroup}, as Spark Connect's server plans them: one grouping expression is the
 * key function over each row; several are a marker and the grouping columns. The rows reach the function sorted by
 * key (then by the sort expressions), each as its key ({@code _1}) and value ({@code _2}); for {@code cogroup} the
 * rows of both sides in one stream, each with its side ({@code _2}) and its value in the side's column ({@code _3}
 * or {@code _4}, the other NULL).
 */
final class TypedGroupings {
  /** Spark's legacy name of a typed aggregation's non-struct key: {@code value}, not {@code key}. */
  static final String KEY_AS_VALUE = "spark.sql.legacy.dataset.nameNonStructGroupingKeyAsValue";

  private TypedGroupings() {
  }

  static LogicalPlan groupMap(RelationTranslator relations, GroupMap map) {
    var udf = map.getFunc().getScalarScalaUdf();
    // with a state (map/flatMapGroupsWithState): key, state, value encoders
    int values = map.hasStateSchema() ? 2 : 1;
    if (!map.getFunc().hasScalarScalaUdf() || map.hasInitialInput() || udf.getInputTypesCount() != values + 1) {
      throw UnsupportedApi.named(map.hasStateSchema() ? "KeyValueGroupedDataset.mapGroupsWithState"
          : "KeyValueGroupedDataset.flatMapGroups");
    }
    List<SortOrder> orders = new ArrayList<>();
    LogicalPlan keyed = side(relations.translate(map.getInput()), map.getGroupingExpressionsList(),
        map.getSortingExpressionsList(), udf, values, List.of("_2"), orders, "_s");
    orders.add(0, new SortOrder(column("_1"), true, true));
    String name = map.getFunc().getFunctionName().isEmpty() ? "flatMapGroups" : map.getFunc().getFunctionName();
    return new MapPartitions(new Sort(keyed, orders, true),
        new ScalaGroupFunction(udf.getPayload(), name, outputSchema(udf)));
  }

  static LogicalPlan coGroupMap(RelationTranslator relations, CoGroupMap map) {
    var udf = map.getFunc().getScalarScalaUdf();
    if (!map.getFunc().hasScalarScalaUdf() || udf.getInputTypesCount() != 3) {
      throw UnsupportedApi.named("KeyValueGroupedDataset.cogroup");
    }
    List<SortOrder> orders = new ArrayList<>();
    orders.add(new SortOrder(column("_1"), true, true));
    orders.add(new SortOrder(column("_2"), true, true));
    LogicalPlan left = side(relations.translate(map.getInput()), map.getInputGroupingExpressionsList(),
        map.getInputSortingExpressionsList(), udf, 1, List.of("_2", "_3"), orders, "_ls");
    LogicalPlan right = side(relations.translate(map.getOther()), map.getOtherGroupingExpressionsList(),
        map.getOtherSortingExpressionsList(), udf, 2, List.of("_2", "_4"), orders, "_rs");
    String name = map.getFunc().getFunctionName().isEmpty() ? "cogroup" : map.getFunc().getFunctionName();
    // by name, each side's missing columns NULL; the function reads the first four by position
    LogicalPlan both = new SetOperation(left, right, SetOperationType.UNION, true, true, true);
    List<Expression> ordered = new ArrayList<>(List.of(column("_1"), column("_2"), column("_3"), column("_4")));
    orders.subList(2, orders.size()).forEach(order -> ordered.add(order.child()));
    return new MapPartitions(new Sort(new Project(both, ordered), orders, true),
        new ScalaCoGroupFunction(udf.getPayload(), name, outputSchema(udf)));
  }

  /**
   * One side's rows as its key ({@code _1}), then (for cogroup) its side's number, then its value and sort columns
   * ({@code sortPrefix + n}, appended to {@code orders}).
   */
  private static LogicalPlan side(LogicalPlan input, List<org.apache.spark.connect.proto.Expression> groupingProtos,
      List<org.apache.spark.connect.proto.Expression> sortingProtos, org.apache.spark.connect.proto.ScalarScalaUDF udf,
      int valueEncoder, List<String> names, List<SortOrder> orders, String sortPrefix) {
    List<Expression> grouping = ExpressionTranslator.translateAll(groupingProtos);
    DataType keyType = DataTypes.fromProto(udf.getInputTypes(0));
    DataType valueType = DataTypes.fromProto(udf.getInputTypes(valueEncoder));
    List<Expression> columns = new ArrayList<>();
    columns.add(new Alias(key(grouping, keyType), "_1"));
    if (names.size() == 2) {
      columns.add(new Alias(new Literal(valueEncoder, AtomicType.INTEGER), names.get(0)));
    }
    columns.add(new Alias(valueType instanceof StructType
        ? new UnresolvedFunction("struct", List.of(new UnresolvedStar(List.of(), OptionalLong.empty())), false)
        : new UnresolvedFunction("get_column_by_ordinal", List.of(new Literal(0, AtomicType.INTEGER)), false),
        names.get(names.size() - 1)));
    List<Expression> sorting = ExpressionTranslator.translateAll(sortingProtos);
    for (int i = 0; i < sorting.size(); i++) {
      Expression sort = sorting.get(i);
      String name = sortPrefix + (i + 1);
      SortOrder order = sort instanceof SortOrder given ? given : new SortOrder(sort, true, true);
      columns.add(new Alias(order.child(), name));
      orders.add(new SortOrder(column(name), order.ascending(), order.nullsFirst()));
    }
    return new Project(input, columns);
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
      return List.of(new Alias(call, keyAsValue && !struct ? "value" : "key"));
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
