package dev.ember.connect;

import dev.ember.engine.python.EvalTypes;
import dev.ember.engine.python.PythonFunction;
import dev.ember.engine.python.PythonCoGroupMapFunction;
import dev.ember.engine.python.PythonGroupMapFunction;
import dev.ember.engine.python.PythonMapFunction;
import dev.ember.engine.python.PythonTransformWithInitialStateFunction;
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
import java.util.OptionalInt;
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
  private static final String INPUT_DATA = "inputData";
  private static final String INIT_STATE = "initState";

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

  /** {@code initialInput}: the translated initial state of a transformWithState that has one. */
  static LogicalPlan groupMap(LogicalPlan input, Optional<LogicalPlan> initialInput, GroupMap map,
      OptionalInt partitions) {
    int evalType = map.getFunc().getPythonUdf().getEvalType();
    if (map.hasTransformWithStateInfo()) {
      return transformWithState(input, initialInput, map, evalType);
    }
    if (!EvalTypes.groupedMap(evalType) || map.hasInitialInput() || map.hasStateSchema()) {
      throw UnsupportedApi.named("GroupedData.applyInPandas of eval type " + evalType);
    }
    List<Expression> keys = ExpressionTranslator.translateAll(map.getGroupingExpressionsList());
    List<Expression> columns = new ArrayList<>();
    for (int i = 0; i < keys.size(); i++) {
      columns.add(new Alias(keys.get(i), KEY_PREFIX + i));
    }
    List<SortOrder> orders = groupOrders(keys.size(), partitions);
    columns.add(new UnresolvedStar(List.of(), OptionalLong.empty()));
    PythonFunction python = PythonUserFunction.pythonFunction(map.getFunc(), List.of());
    return new MapPartitions(new Sort(new Project(input, columns), orders, true),
        new PythonGroupMapFunction(python, keys.size(), (StructType) python.returnType()));
  }

  /**
   * {@code transformWithStateInPandas} / {@code transformWithState} of a batch query: the rows with the grouping keys
   * after the input's columns, sorted by them, to a {@link PythonTransformWithStateFunction}; with an initial state,
   * both sides by key as a {@link PythonTransformWithInitialStateFunction} takes them.
   */
  private static LogicalPlan transformWithState(LogicalPlan input, Optional<LogicalPlan> initialInput, GroupMap map,
      int evalType) {
    boolean initial = evalType == EvalTypes.SQL_TRANSFORM_WITH_STATE_PANDAS_INIT_STATE_UDF
        || evalType == EvalTypes.SQL_TRANSFORM_WITH_STATE_PYTHON_ROW_INIT_STATE_UDF;
    if (!EvalTypes.transformWithState(evalType) && !initial || initial != initialInput.isPresent()) {
      throw UnsupportedApi.named("GroupedData.transformWithStateInPandas of eval type " + evalType);
    }
    List<Expression> keys = ExpressionTranslator.translateAll(map.getGroupingExpressionsList());
    PythonFunction python = PythonUserFunction.pythonFunction(map.getFunc(), List.of());
    String timeMode = map.getTransformWithStateInfo().getTimeMode();
    if (initial) {
      return withInitialState(input, initialInput.get(), map, keys, python, timeMode);
    }
    List<Expression> columns = new ArrayList<>();
    columns.add(new UnresolvedStar(List.of(), OptionalLong.empty()));
    List<SortOrder> orders = new ArrayList<>();
    List<Optional<String>> keyNames = new ArrayList<>();
    for (int i = 0; i < keys.size(); i++) {
      columns.add(new Alias(keys.get(i), KEY_PREFIX + i));
      orders.add(new SortOrder(column(KEY_PREFIX + i), true, true));
      keyNames.add(columnName(keys.get(i)));
    }
    return new MapPartitions(new Sort(new Project(input, columns), orders, true),
        new PythonTransformWithStateFunction(python, keyNames, timeMode, (StructType) python.returnType()));
  }

  /** The input's and the initial state's rows in one: keys, side, each side's row as a struct, sorted by key, side. */
  private static LogicalPlan withInitialState(LogicalPlan input, LogicalPlan initialInput, GroupMap map,
      List<Expression> keys,
      PythonFunction python, String timeMode) {
    List<Expression> initialKeys = ExpressionTranslator.translateAll(map.getInitialGroupingExpressionsList());
    List<String> keyNames = new ArrayList<>();
    List<String> initialKeyNames = new ArrayList<>();
    for (Expression key : keys) {
      keyNames.add(columnName(key).orElseThrow(() -> UnsupportedApi.named(
          "GroupedData.transformWithStateInPandas grouping by an expression with initialState")));
    }
    for (Expression key : initialKeys) {
      initialKeyNames.add(columnName(key).orElseThrow(() -> UnsupportedApi.named(
          "GroupedData.transformWithStateInPandas grouping by an expression with initialState")));
    }
    List<SortOrder> orders = new ArrayList<>();
    List<Expression> ordered = new ArrayList<>();
    for (int i = 0; i < keys.size(); i++) {
      orders.add(new SortOrder(column(KEY_PREFIX + i), true, true));
      ordered.add(column(KEY_PREFIX + i));
    }
    orders.add(new SortOrder(column(SIDE), true, true));
    ordered.addAll(List.of(column(SIDE), column(INPUT_DATA), column(INIT_STATE)));
    LogicalPlan both = new SetOperation(side(input, keys, 1, INPUT_DATA),
        side(initialInput, initialKeys, 2, INIT_STATE), SetOperationType.UNION, true, true, true);
    return new MapPartitions(new Sort(new Project(both, ordered), orders, true),
        new PythonTransformWithInitialStateFunction(python, keyNames, initialKeyNames, timeMode,
            (StructType) python.returnType()));
  }

  private static Optional<String> columnName(Expression key) {
    return key instanceof UnresolvedAttribute attribute
        ? Optional.of(attribute.nameParts().get(attribute.nameParts().size() - 1)) : Optional.empty();
  }

  /**
   * Both sides of a cogroup in one input, by name: each side's keys, its number ({@code 1}, {@code 2}) and its row
   * as a struct (the other side's struct NULL), sorted by key then side.
   */
  static LogicalPlan coGroupMap(LogicalPlan left, LogicalPlan right, CoGroupMap map, OptionalInt partitions) {
    int evalType = map.getFunc().getPythonUdf().getEvalType();
    if (!EvalTypes.coGroupedMap(evalType)) {
      throw UnsupportedApi.named("PandasCogroupedOps.applyInPandas of eval type " + evalType);
    }
    List<Expression> leftKeys = ExpressionTranslator.translateAll(map.getInputGroupingExpressionsList());
    List<Expression> rightKeys = ExpressionTranslator.translateAll(map.getOtherGroupingExpressionsList());
    List<SortOrder> orders = groupOrders(leftKeys.size(), partitions);
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

  /**
   * The order of the groups of {@code keyCount} keys (columns {@code _ember_group_key_i}) as Spark gives them after
   * its shuffle on the keys and sort by them: by key, led by the shuffle partition, {@code pmod(hash(keys), n)}, when
   * adaptive execution does not coalesce the {@code n} partitions (see the analyzer's PythonGroupOrder).
   */
  private static List<SortOrder> groupOrders(int keyCount, OptionalInt partitions) {
    List<SortOrder> orders = new ArrayList<>();
    List<Expression> keys = new ArrayList<>();
    for (int i = 0; i < keyCount; i++) {
      keys.add(column(KEY_PREFIX + i));
    }
    if (partitions.isPresent() && keyCount > 0) {
      orders.add(new SortOrder(new UnresolvedFunction("pmod", List.of(new UnresolvedFunction("hash", keys, false),
          new Literal(partitions.getAsInt(), AtomicType.INTEGER)), false), true, true));
    }
    for (Expression key : keys) {
      orders.add(new SortOrder(key, true, true));
    }
    return orders;
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
