package dev.ember.connect;

import dev.ember.engine.python.EvalTypes;
import dev.ember.engine.python.PythonFunction;
import dev.ember.engine.python.PythonGroupMapFunction;
import dev.ember.engine.python.PythonMapFunction;
import dev.ember.plan.expressions.Alias;
import dev.ember.plan.expressions.Expression;
import dev.ember.plan.expressions.SortOrder;
import dev.ember.plan.expressions.UnresolvedAttribute;
import dev.ember.plan.expressions.UnresolvedStar;
import dev.ember.plan.logical.LogicalPlan;
import dev.ember.plan.logical.MapPartitions;
import dev.ember.plan.logical.Project;
import dev.ember.plan.logical.Sort;
import dev.ember.plan.types.StructType;
import java.util.ArrayList;
import java.util.List;
import java.util.OptionalLong;
import org.apache.spark.connect.proto.CommonInlineUserDefinedFunction;
import org.apache.spark.connect.proto.GroupMap;

/**
 * The relations of Python functions over whole rows: {@code mapInPandas}/{@code mapInArrow} (a {@code MapPartitions}
 * of a Python UDF) and {@code groupBy().applyInPandas}/{@code applyInArrow} (a {@code GroupMap} of one): the rows,
 * for a grouping with its keys first and sorted by them, to a {@link MapPartitions} of the Python function.
 */
final class PythonPartitions {
  private static final String KEY_PREFIX = "_ember_group_key_";

  private PythonPartitions() {
  }

  static LogicalPlan map(LogicalPlan input, CommonInlineUserDefinedFunction function) {
    int evalType = function.getPythonUdf().getEvalType();
    if (evalType != EvalTypes.SQL_MAP_PANDAS_ITER_UDF && evalType != EvalTypes.SQL_MAP_ARROW_ITER_UDF) {
      throw UnsupportedApi.named("DataFrame.mapInPandas of eval type " + evalType);
    }
    PythonFunction python = PythonUserFunction.pythonFunction(function, List.of());
    return new MapPartitions(input, new PythonMapFunction(python, (StructType) python.returnType()));
  }

  static LogicalPlan groupMap(LogicalPlan input, GroupMap map) {
    int evalType = map.getFunc().getPythonUdf().getEvalType();
    if (!EvalTypes.groupedMap(evalType) || map.hasInitialInput() || map.hasStateSchema()) {
      throw UnsupportedApi.named("GroupedData.applyInPandas of eval type " + evalType);
    }
    List<Expression> keys = ExpressionTranslator.translateAll(map.getGroupingExpressionsList());
    List<Expression> columns = new ArrayList<>();
    List<SortOrder> orders = new ArrayList<>();
    for (int i = 0; i < keys.size(); i++) {
      columns.add(new Alias(keys.get(i), KEY_PREFIX + i));
      orders.add(new SortOrder(new UnresolvedAttribute(List.of(KEY_PREFIX + i), OptionalLong.empty()), true, true));
    }
    columns.add(new UnresolvedStar(List.of(), OptionalLong.empty()));
    PythonFunction python = PythonUserFunction.pythonFunction(map.getFunc(), List.of());
    return new MapPartitions(new Sort(new Project(input, columns), orders, true),
        new PythonGroupMapFunction(python, keys.size(), (StructType) python.returnType()));
  }
}
