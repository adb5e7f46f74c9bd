package dev.ember.conformance;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.SparkThrowable;

/**
 * How a failed case is recorded: the exception class the Spark Connect client raises for it, the
 * error condition, SQLSTATE and message parameters. Classic Spark's own subclasses (e.g.
 * ExtendedAnalysisException) are reported as the class a Connect client sees.
 */
public final class ErrorDescription {
  /** The classes the Spark Connect client rebuilds (its GrpcExceptionConverter), most specific first. */
  private static final List<String> CLIENT_CLASSES = List.of(
      "org.apache.spark.sql.catalyst.parser.ParseException",
      "org.apache.spark.sql.catalyst.analysis.NamespaceAlreadyExistsException",
      "org.apache.spark.sql.catalyst.analysis.TableAlreadyExistsException",
      "org.apache.spark.sql.catalyst.analysis.TempTableAlreadyExistsException",
      "org.apache.spark.sql.catalyst.analysis.NoSuchDatabaseException",
      "org.apache.spark.sql.catalyst.analysis.NoSuchNamespaceException",
      "org.apache.spark.sql.catalyst.analysis.NoSuchTableException",
      "org.apache.spark.sql.streaming.StreamingQueryException",
      "org.apache.spark.sql.AnalysisException",
      "org.apache.spark.SparkArithmeticException",
      "org.apache.spark.SparkNumberFormatException",
      "org.apache.spark.SparkDateTimeException",
      "org.apache.spark.SparkIllegalArgumentException",
      "org.apache.spark.SparkUnsupportedOperationException",
      "org.apache.spark.SparkArrayIndexOutOfBoundsException",
      "org.apache.spark.SparkRuntimeException",
      "org.apache.spark.SparkUpgradeException",
      "org.apache.spark.SparkException");

  private ErrorDescription() {
  }

  public static String describe(Throwable failure) {
    Throwable chosen = failure;
    for (Throwable current = failure; current != null; current = current.getCause()) {
      if (current instanceof SparkThrowable spark && spark.getCondition() != null) {
        chosen = current;
        break;
      }
    }
    StringBuilder text = new StringBuilder("class: ").append(clientClass(chosen));
    if (chosen instanceof SparkThrowable spark) {
      text.append("\ncondition: ").append(spark.getCondition());
      text.append("\nsqlState: ").append(spark.getSqlState());
      Map<String, String> parameters = new TreeMap<>(spark.getMessageParameters());
      text.append("\nparameters: ").append(parameters);
    } else {
      text.append("\nmessage: ").append(chosen.getMessage());
    }
    return ConformanceData.portable(text.toString());
  }

  /** The class the Spark Connect client rebuilds; a Spark error of any other class comes back as SparkException. */
  private static String clientClass(Throwable failure) {
    for (Class<?> type = failure.getClass(); type != null; type = type.getSuperclass()) {
      if (CLIENT_CLASSES.contains(type.getName())) {
        return type.getName();
      }
    }
    return failure instanceof SparkThrowable ? "org.apache.spark.SparkException" : failure.getClass().getName();
  }
}
