package dev.ember.plan.errors;

import java.util.List;

/**
 * The Spark exception class an error is reported as, with its class hierarchy: the Spark Connect
 * client picks the exception it rebuilds from this list.
 */
public enum ErrorKind {
  ANALYSIS("org.apache.spark.sql.AnalysisException", "java.lang.Exception"),
  PARSE("org.apache.spark.sql.catalyst.parser.ParseException",
      "org.apache.spark.sql.AnalysisException", "java.lang.Exception"),
  /** The analysis errors a user catches by their own class (the Connect client rebuilds each). */
  TEMP_TABLE_ALREADY_EXISTS("org.apache.spark.sql.catalyst.analysis.TempTableAlreadyExistsException",
      "org.apache.spark.sql.AnalysisException", "java.lang.Exception"),
  TABLE_ALREADY_EXISTS("org.apache.spark.sql.catalyst.analysis.TableAlreadyExistsException",
      "org.apache.spark.sql.AnalysisException", "java.lang.Exception"),
  NAMESPACE_ALREADY_EXISTS("org.apache.spark.sql.catalyst.analysis.NamespaceAlreadyExistsException",
      "org.apache.spark.sql.AnalysisException", "java.lang.Exception"),
  NO_SUCH_TABLE("org.apache.spark.sql.catalyst.analysis.NoSuchTableException",
      "org.apache.spark.sql.AnalysisException", "java.lang.Exception"),
  NO_SUCH_NAMESPACE("org.apache.spark.sql.catalyst.analysis.NoSuchNamespaceException",
      "org.apache.spark.sql.catalyst.analysis.NoSuchDatabaseException",
      "org.apache.spark.sql.AnalysisException", "java.lang.Exception"),
  ARITHMETIC("org.apache.spark.SparkArithmeticException",
      "java.lang.ArithmeticException", "java.lang.RuntimeException", "java.lang.Exception"),
  NUMBER_FORMAT("org.apache.spark.SparkNumberFormatException",
      "java.lang.NumberFormatException", "java.lang.IllegalArgumentException",
      "java.lang.RuntimeException", "java.lang.Exception"),
  DATE_TIME("org.apache.spark.SparkDateTimeException",
      "java.time.DateTimeException", "java.lang.RuntimeException", "java.lang.Exception"),
  ILLEGAL_ARGUMENT("org.apache.spark.SparkIllegalArgumentException",
      "java.lang.IllegalArgumentException", "java.lang.RuntimeException", "java.lang.Exception"),
  UNSUPPORTED_OPERATION("org.apache.spark.SparkUnsupportedOperationException",
      "java.lang.UnsupportedOperationException", "java.lang.RuntimeException", "java.lang.Exception"),
  ARRAY_INDEX_OUT_OF_BOUNDS("org.apache.spark.SparkArrayIndexOutOfBoundsException",
      "java.lang.ArrayIndexOutOfBoundsException", "java.lang.IndexOutOfBoundsException",
      "java.lang.RuntimeException", "java.lang.Exception"),
  SPARK_NO_SUCH_ELEMENT("org.apache.spark.SparkNoSuchElementException",
      "java.util.NoSuchElementException", "java.lang.RuntimeException", "java.lang.Exception"),
  CLASS_NOT_FOUND("org.apache.spark.SparkClassNotFoundException", "java.lang.ClassNotFoundException",
      "java.lang.ReflectiveOperationException", "java.lang.Exception"),
  UPGRADE("org.apache.spark.SparkUpgradeException", "java.lang.RuntimeException", "java.lang.Exception"),
  RUNTIME("org.apache.spark.SparkRuntimeException", "java.lang.RuntimeException", "java.lang.Exception"),
  SPARK("org.apache.spark.SparkException", "java.lang.Exception"),
  CATALOG_NOT_FOUND("org.apache.spark.sql.connector.catalog.CatalogNotFoundException",
      "org.apache.spark.SparkException", "java.lang.Exception"),
  SQL_EXCEPTION("org.apache.spark.SparkSQLException", "java.sql.SQLException", "java.lang.Exception"),
  /** Spark Connect's server rejecting a plan; the client rebuilds it as a {@code SparkException}. */
  INVALID_PLAN_INPUT("org.apache.spark.sql.connect.common.InvalidPlanInput", "java.lang.Exception"),
  /** A plain {@code java.lang.IllegalArgumentException} (no error class), as a failed Scala {@code require}. */
  JAVA_RUNTIME("java.lang.RuntimeException", "java.lang.Exception"),
  JAVA_ARITHMETIC("java.lang.ArithmeticException", "java.lang.RuntimeException", "java.lang.Exception"),
  JAVA_ILLEGAL_ARGUMENT("java.lang.IllegalArgumentException", "java.lang.RuntimeException", "java.lang.Exception"),
  /** Python user code that raised: Spark's {@code PythonException}, the worker's traceback its message. */
  PYTHON("org.apache.spark.api.python.PythonException", "org.apache.spark.SparkException", "java.lang.Exception"),
  /** The error that ended a streaming query (STREAM_FAILED), which the client rebuilds as its own class. */
  STREAMING_QUERY("org.apache.spark.sql.streaming.StreamingQueryException", "java.lang.Exception"),
  /** A plain {@code java.io.IOException} (no error class), as Hadoop's file system raises. */
  JAVA_IO("java.io.IOException", "java.lang.Exception");

  private final List<String> classHierarchy;

  ErrorKind(String... classes) {
    this.classHierarchy = List.of(classes);
  }

  /** The exception class and its superclasses, most specific first, ending before Throwable. */
  public List<String> classHierarchy() {
    return classHierarchy;
  }

  public String exceptionClass() {
    return classHierarchy.get(0);
  }
}
