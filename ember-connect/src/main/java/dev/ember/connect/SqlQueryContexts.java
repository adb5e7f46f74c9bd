package dev.ember.connect;

import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import dev.ember.plan.origin.SqlOrigin;
import org.apache.spark.connect.proto.FetchErrorDetailsResponse;
import org.apache.spark.sql.catalyst.trees.SQLQueryContext;
import scala.Option;

/**
 * An error's SQL query context as Spark's server sends it: {@code FetchErrorDetails} lists each context (type SQL,
 * object type and name, start and stop index, fragment, summary), and the message carries it as the exception's
 * own message does — an analysis error ends in {@code ; line L pos P}, a runtime error in the
 * {@code == SQL (line L, position P) ==} block with the fragment underlined. Spark's own {@code SQLQueryContext}
 * (in the client jar) writes the fragment and the summary.
 */
final class SqlQueryContexts {
  private SqlQueryContexts() {
  }

  static FetchErrorDetailsResponse.QueryContext proto(SqlOrigin origin) {
    SQLQueryContext context = spark(origin);
    return FetchErrorDetailsResponse.QueryContext.newBuilder()
        .setContextType(FetchErrorDetailsResponse.QueryContext.ContextType.SQL)
        .setObjectType(context.objectType())
        .setObjectName(context.objectName())
        .setStartIndex(context.startIndex())
        .setStopIndex(context.stopIndex())
        .setFragment(context.fragment())
        .setSummary(context.summary())
        .build();
  }

  /** The error's message as Spark words it with its query context. */
  static String message(EmberException error) {
    if (error.queryContext().isEmpty()) {
      return error.getMessage();
    }
    SqlOrigin origin = error.queryContext().get(0);
    if (error.kind() == ErrorKind.PARSE) {
      return error.getMessage();
    }
    if (error.kind().classHierarchy().contains("org.apache.spark.sql.AnalysisException")) {
      return error.getMessage() + "; line " + origin.line() + " pos " + origin.startPosition();
    }
    return error.getMessage() + "\n" + spark(origin).summary();
  }

  private static SQLQueryContext spark(SqlOrigin origin) {
    return new SQLQueryContext(Option.apply(origin.line()), Option.apply(origin.startPosition()),
        Option.apply(origin.startIndex()), Option.apply(origin.stopIndex()), Option.apply(origin.sqlText()),
        optional(origin.objectType()), optional(origin.objectName()));
  }

  private static Option<String> optional(String text) {
    return text.isEmpty() ? Option.empty() : Option.apply(text);
  }
}
