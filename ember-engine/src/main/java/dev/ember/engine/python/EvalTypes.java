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
  public static final int SQL_SCALAR_ARROW_UDF = 250;
  public static final int SQL_SCALAR_ARROW_ITER_UDF = 251;

  private EvalTypes() {
  }
}
