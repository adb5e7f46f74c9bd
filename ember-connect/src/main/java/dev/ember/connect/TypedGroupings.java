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
import dev.ember.plan.logical.Sort;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import dev.ember.plan.types.StructField;
import dev.ember.plan.types.StructType;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.apache.spark.connect.proto.GroupMap;

/**
 * {@code groupByKey(f)} and {@code groupBy(cols).as[K, V]} with {@code flatMapGroups}/{@code mapGroups}/
 * {@code flatMapSortedGroups}, as Spark Connect's server plans them: one grouping expression is the key function
 * over each row; several are a marker and the grouping columns. The rows reach the function sorted by key (then by
 * the sort expressions), each as its key ({@code _1}) and value ({@code _2}).
 */
final class TypedGroupings {
  private TypedGroupings() {
  }

  static LogicalPlan groupMap(RelationTranslator relations, GroupMap map) {
    var udf = map.getFunc().getScalarScalaUdf();
    if (!map.getFunc().hasScalarScalaUdf() || map.hasInitialInput() || map.hasStateSchema()
        || udf.getInputTypesCount() != 2) {
      throw UnsupportedApi.named(map.hasStateSchema() ? "KeyValueGroupedDataset.mapGroupsWithState"
          : "KeyValueGroupedDataset.flatMapGroups");
    }
    LogicalPlan input = relations.translate(map.getInput());
    List<Expression> grouping = ExpressionTranslator.translateAll(map.getGroupingExpressionsList());
    DataType keyType = DataTypes.fromProto(udf.getInputTypes(0));
    DataType valueType = DataTypes.fromProto(udf.getInputTypes(1));
    List<Expression> columns = new ArrayList<>();
    columns.add(new Alias(key(grouping, keyType), "_1"));
    columns.add(new Alias(valueType instanceof StructType
        ? new UnresolvedFunction("struct", List.of(new UnresolvedStar(List.of(), OptionalLong.empty())), false)
        : new UnresolvedFunction("get_column_by_ordinal", List.of(new Literal(0, AtomicType.INTEGER)), false), "_2"));
    List<SortOrder> orders = new ArrayList<>();
    orders.add(new SortOrder(column("_1"), true, true));
    List<Expression> sorting = ExpressionTranslator.translateAll(map.getSortingExpressionsList());
    for (int i = 0; i < sorting.size(); i++) {
      Expression sort = sorting.get(i);
      String name = "_s" + (i + 1);
      if (sort instanceof SortOrder order) {
        columns.add(new Alias(order.child(), name));
        orders.add(new SortOrder(column(name), order.ascending(), order.nullsFirst()));
      } else {
        columns.add(new Alias(sort, name));
        orders.add(new SortOrder(column(name), true, true));
      }
    }
    DataType output = DataTypes.fromProto(udf.getOutputType());
    StructType schema = output instanceof StructType struct ? struct
        : new StructType(List.of(new StructField("value", output, udf.getNullable())));
    String name = map.getFunc().getFunctionName().isEmpty() ? "flatMapGroups" : map.getFunc().getFunctionName();
    return new MapPartitions(new Sort(new Project(input, columns), orders, true),
        new ScalaGroupFunction(udf.getPayload(), name, schema));
  }

  /**
   * The grouping of a typed aggregation ({@code groupByKey(f).agg(...)}, {@code count()}): its one key function
   * over the whole row is the column {@code key}, as Spark's aggKeyColumn names it.
   */
  static List<Expression> keyNamed(List<Expression> grouping) {
    if (grouping.size() == 1 && grouping.get(0) instanceof dev.ember.plan.expressions.UserFunctionCall call
        && call.arguments().size() == 1 && call.arguments().get(0) instanceof UnresolvedStar) {
      return List.of(new Alias(call, "key"));
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
