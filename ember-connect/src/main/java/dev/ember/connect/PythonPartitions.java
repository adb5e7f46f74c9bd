package dev.ember.connect;

import dev.ember.engine.python.EvalTypes;
import dev.ember.engine.python.PythonFunction;
import dev.ember.engine.python.PythonCoGroupMapFunction;
import dev.ember.engine.python.PythonGroupMapFunction;
import dev.ember.engine.python.PythonMapFunction;
import dev.ember.engine.python.PythonTransformWithStateFunction;
import dev.ember.plan.expressions.Alias;
import dev.ember.plan.expressions.Literal;
import dev.ember.plan.expressions.UnresolvedFunction;
import dev.ember.plan.expressions.Expression;
import dev.ember.plan.expressions.SortOrder;
import dev.ember.plan.expressions.UnresolvedAttribute;
import dev.ember.plan.expressions.UnresolvedStar;
import dev.ember.plan.logical.LogicalPlan;
import dev.ember.plan.logical.MapPartitions;
import dev.ember.plan.logical.Project;
import dev.ember.plan.logical.SetOperation;
import dev.ember.plan.logical.SetOperationType;
import dev.ember.plan.logical.Sort;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.StructType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import org.apache.spark.connect.proto.CoGroupMap;
import org.apache.spark.connect.proto.CommonInlineUserDefinedFunction;
import org.apache.spark.connect.proto.GroupMap;

/**
 * The relations of Python functions over whole rows: {@code mapInPandas}/{@code mapInArrow} (a {@code MapPartitions}
 * of a Python UDF), {@code groupBy().applyInPandas}/{@code applyInArrow} (a {@code GroupMap} of one) and
 * {@code cogroup().applyInPandas}/{@code applyInArrow} (a {@code CoGroupMap}): the rows, for a grouping with its keys
 * first and sorted by them, to a {@link MapPartitions} of the Python function.
 */
final class PythonPartitions {
  private static final String KEY_PREFIX = "_ember_group_key_";
  private static final String SIDE = "_ember_side";
  private static final String LEFT_ROW = "_ember_left";
  private static final String RIGHT_ROW = "_ember_right";

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

  /**
   * {@code applyInPandasWithState} in a batch query: Spark's planner runs FlatMapGroupsInPandasWithState in streaming
   * queries only (its UnsupportedOperationException _LEGACY_ERROR_TEMP_3176).
   */
  static RuntimeException withStateInBatch() {
    return new dev.ember.plan.errors.EmberException(dev.ember.plan.errors.ErrorKind.UNSUPPORTED_OPERATION,
        "_LEGACY_ERROR_TEMP_3176", null,
        "applyInPandasWithState is unsupported in batch query. Use applyInPandas instead.", java.util.Map.of());
  }

  static LogicalPlan groupMap(LogicalPlan input, GroupMap map) {
    int evalType = map.getFunc().getPythonUdf().getEvalType();
    if (map.hasTransformWithStateInfo()) {
      return transformWithState(input, map, evalType);
    }
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

  /**
   * {@code transformWithStateInPandas} / {@code transformWithState} of a batch query: the rows with the grouping keys
   * after the input's columns, sorted by them, to a {@link PythonTransformWithStateFunction}. Not yet: an initial
   * state (Spark's {@code initialState}), refused as UNSUPPORTED_CALL.
   */
  private static LogicalPlan transformWithState(LogicalPlan input, GroupMap map, int evalType) {
    if (!EvalTypes.transformWithState(evalType) || map.hasInitialInput()) {
      throw UnsupportedApi.named(evalType == EvalTypes.SQL_TRANSFORM_WITH_STATE_PANDAS_INIT_STATE_UDF
          || evalType == EvalTypes.SQL_TRANSFORM_WITH_STATE_PYTHON_ROW_INIT_STATE_UDF || map.hasInitialInput()
          ? "GroupedData.transformWithStateInPandas with initialState"
          : "GroupedData.transformWithStateInPandas of eval type " + evalType);
    }
    List<Expression> keys = ExpressionTranslator.translateAll(map.getGroupingExpressionsList());
    List<Expression> columns = new ArrayList<>();
    columns.add(new UnresolvedStar(List.of(), OptionalLong.empty()));
    List<SortOrder> orders = new ArrayList<>();
    List<Optional<String>> keyNames = new ArrayList<>();
    for (int i = 0; i < keys.size(); i++) {
      columns.add(new Alias(keys.get(i), KEY_PREFIX + i));
      orders.add(new SortOrder(column(KEY_PREFIX + i), true, true));
      keyNames.add(keys.get(i) instanceof UnresolvedAttribute attribute
          ? Optional.of(attribute.nameParts().get(attribute.nameParts().size() - 1)) : Optional.empty());
    }
    PythonFunction python = PythonUserFunction.pythonFunction(map.getFunc(), List.of());
    return new MapPartitions(new Sort(new Project(input, columns), orders, true),
        new PythonTransformWithStateFunction(python, keyNames, map.getTransformWithStateInfo().getTimeMode(),
            (StructType) python.returnType()));
  }

  /**
   * Both sides of a cogroup in one input, by name: each side's keys, its number ({@code 1}, {@code 2}) and its row
   * as a struct (the other side's struct NULL), sorted by key then side.
   */
  static LogicalPlan coGroupMap(LogicalPlan left, LogicalPlan right, CoGroupMap map) {
    int evalType = map.getFunc().getPythonUdf().getEvalType();
    if (!EvalTypes.coGroupedMap(evalType)) {
      throw UnsupportedApi.named("PandasCogroupedOps.applyInPandas of eval type " + evalType);
    }
    List<Expression> leftKeys = ExpressionTranslator.translateAll(map.getInputGroupingExpressionsList());
    List<Expression> rightKeys = ExpressionTranslator.translateAll(map.getOtherGroupingExpressionsList());
    List<SortOrder> orders = new ArrayList<>();
    for (int i = 0; i < leftKeys.size(); i++) {
      orders.add(new SortOrder(column(KEY_PREFIX + i), true, true));
    }
    orders.add(new SortOrder(column(SIDE), true, true));
    LogicalPlan both = new SetOperation(side(left, leftKeys, 1, LEFT_ROW), side(right, rightKeys, 2, RIGHT_ROW),
        SetOperationType.UNION, true, true, true);
    List<Expression> ordered = new ArrayList<>();
    for (int i = 0; i < leftKeys.size(); i++) {
      ordered.add(column(KEY_PREFIX + i));
    }
    ordered.addAll(List.of(column(SIDE), column(LEFT_ROW), column(RIGHT_ROW)));
    PythonFunction python = PythonUserFunction.pythonFunction(map.getFunc(), List.of());
    return new MapPartitions(new Sort(new Project(both, ordered), orders, true),
        new PythonCoGroupMapFunction(python, leftKeys.size(), (StructType) python.returnType()));
  }

  private static LogicalPlan side(LogicalPlan input, List<Expression> keys, int side, String rowName) {
    List<Expression> columns = new ArrayList<>();
    for (int i = 0; i < keys.size(); i++) {
      columns.add(new Alias(keys.get(i), KEY_PREFIX + i));
    }
    columns.add(new Alias(new Literal(side, AtomicType.INTEGER), SIDE));
    columns.add(new Alias(new UnresolvedFunction("struct",
        List.of(new UnresolvedStar(List.of(), OptionalLong.empty())), false), rowName));
    return new Project(input, columns);
  }

  private static Expression column(String name) {
    return new UnresolvedAttribute(List.of(name), OptionalLong.empty());
  }
}
