package dev.ember.conformance;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.QueryContext;
import org.apache.spark.QueryContextType;
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
    return ConformanceData.portable(conditionText(chosen(failure)).toString());
  }

  /**
   * {@link #describe} and then each SQL query context of the error ({@code getQueryContext()}: start and stop
   * index, fragment, and the object the text belongs to when there is one). DataFrame query contexts, which name
   * the caller's stack, are left out, and so is a message: the Spark Connect client rebuilds it from the condition
   * and parameters, without the line, position and {@code == SQL ==} block classic Spark adds to a syntax error.
   */
  public static String describeWithQueryContext(Throwable failure) {
    Throwable chosen = chosen(failure);
    StringBuilder text = conditionText(chosen);
    if (chosen instanceof SparkThrowable spark) {
      for (QueryContext context : spark.getQueryContext()) {
        if (context.contextType() == QueryContextType.SQL) {
          text.append("\nqueryContext: [").append(context.startIndex()).append(", ").append(context.stopIndex())
              .append("] ").append(context.fragment());
          if (!context.objectType().isEmpty() || !context.objectName().isEmpty()) {
            text.append(" (in ").append(context.objectType()).append(' ').append(context.objectName()).append(')');
          }
        }
      }
    }
    return ConformanceData.portable(text.toString());
  }

  /** The first error of the cause chain that has a condition, else the failure itself. */
  private static Throwable chosen(Throwable failure) {
    for (Throwable current = failure; current != null; current = current.getCause()) {
      if (current instanceof SparkThrowable spark && spark.getCondition() != null) {
        return current;
      }
    }
    return failure;
  }

  private static StringBuilder conditionText(Throwable chosen) {
    StringBuilder text = new StringBuilder("class: ").append(clientClass(chosen));
    if (chosen instanceof SparkThrowable spark) {
      text.append("\ncondition: ").append(spark.getCondition());
      text.append("\nsqlState: ").append(spark.getSqlState());
      Map<String, String> parameters = new TreeMap<>(spark.getMessageParameters());
      text.append("\nparameters: ").append(parameters);
    } else {
      text.append("\nmessage: ").append(chosen.getMessage());
    }
    return text;
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
