package dev.ember.engine.python;

/** PySpark's eval types ({@code pyspark.util.PythonEvalType}) that Ember runs. */
public final class EvalTypes {
  public static final int SQL_BATCHED_UDF = 100;
  public static final int SQL_ARROW_BATCHED_UDF = 101;
  public static final int SQL_SCALAR_PANDAS_UDF = 200;
  public static final int SQL_GROUPED_MAP_PANDAS_UDF = 201;
  public static final int SQL_GROUPED_AGG_PANDAS_UDF = 202;
  public static final int SQL_SCALAR_PANDAS_ITER_UDF = 204;
  public static final int SQL_MAP_PANDAS_ITER_UDF = 205;
  public static final int SQL_COGROUPED_MAP_PANDAS_UDF = 206;
  public static final int SQL_MAP_ARROW_ITER_UDF = 207;
  public static final int SQL_GROUPED_MAP_ARROW_UDF = 209;
  public static final int SQL_COGROUPED_MAP_ARROW_UDF = 210;
  public static final int SQL_TRANSFORM_WITH_STATE_PANDAS_UDF = 211;
  public static final int SQL_TRANSFORM_WITH_STATE_PANDAS_INIT_STATE_UDF = 212;
  public static final int SQL_TRANSFORM_WITH_STATE_PYTHON_ROW_UDF = 213;
  public static final int SQL_TRANSFORM_WITH_STATE_PYTHON_ROW_INIT_STATE_UDF = 214;
  public static final int SQL_GROUPED_MAP_ARROW_ITER_UDF = 215;
  public static final int SQL_GROUPED_MAP_PANDAS_ITER_UDF = 216;
  public static final int SQL_GROUPED_AGG_PANDAS_ITER_UDF = 217;
  public static final int SQL_SCALAR_ARROW_UDF = 250;
  public static final int SQL_SCALAR_ARROW_ITER_UDF = 251;
  public static final int SQL_GROUPED_AGG_ARROW_UDF = 252;
  public static final int SQL_GROUPED_AGG_ARROW_ITER_UDF = 254;
  public static final int SQL_TABLE_UDF = 300;
  public static final int SQL_ARROW_TABLE_UDF = 301;

  private EvalTypes() {
  }

  /** A function called once per group with the group's arguments, giving one value ({@code groupBy().agg}). */
  public static boolean groupedAggregate(int evalType) {
    return evalType == SQL_GROUPED_AGG_PANDAS_UDF || evalType == SQL_GROUPED_AGG_PANDAS_ITER_UDF
        || evalType == SQL_GROUPED_AGG_ARROW_UDF || evalType == SQL_GROUPED_AGG_ARROW_ITER_UDF;
  }

  /** A function of one value per row ({@code @udf}, scalar pandas and Arrow UDFs and their iterator forms). */
  public static boolean scalar(int evalType) {
    return evalType == SQL_BATCHED_UDF || evalType == SQL_ARROW_BATCHED_UDF || evalType == SQL_SCALAR_PANDAS_UDF
        || evalType == SQL_SCALAR_PANDAS_ITER_UDF || evalType == SQL_SCALAR_ARROW_UDF
        || evalType == SQL_SCALAR_ARROW_ITER_UDF;
  }

  /** A grouped map ({@code applyInPandas}, {@code applyInArrow} and their iterator forms). */
  public static boolean groupedMap(int evalType) {
    return evalType == SQL_GROUPED_MAP_PANDAS_UDF || evalType == SQL_GROUPED_MAP_ARROW_UDF
        || evalType == SQL_GROUPED_MAP_ARROW_ITER_UDF || evalType == SQL_GROUPED_MAP_PANDAS_ITER_UDF;
  }

  /** A cogrouped map ({@code cogroup().applyInPandas}, {@code applyInArrow}). */
  public static boolean coGroupedMap(int evalType) {
    return evalType == SQL_COGROUPED_MAP_PANDAS_UDF || evalType == SQL_COGROUPED_MAP_ARROW_UDF;
  }

  /** {@code transformWithStateInPandas} / {@code transformWithState} without an initial state. */
  public static boolean transformWithState(int evalType) {
    return evalType == SQL_TRANSFORM_WITH_STATE_PANDAS_UDF || evalType == SQL_TRANSFORM_WITH_STATE_PYTHON_ROW_UDF;
  }

  /** Whether a grouped map's groups go packed into one struct column (the Arrow forms). */
  static boolean packsGroups(int evalType) {
    return evalType == SQL_GROUPED_MAP_ARROW_UDF || evalType == SQL_GROUPED_MAP_ARROW_ITER_UDF;
  }
}
