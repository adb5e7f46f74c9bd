package dev.ember.analyzer;

import static dev.ember.analyzer.FunctionDefinition.prefix;

import dev.ember.plan.expressions.Literal;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.types.AtomicType;
import java.util.List;

/** typeof, the current catalog, schema and user, version, uuid and assert_true. */
final class SessionFunctions {
  /** What Spark 4.2.0's version() reports: its version and the commit it was built from. */
  private static final String VERSION = "4.2.0 32f7299601108917fb01920a54e084595b7b3bf8";
  private static final String NOT_TRUE = " is not true!";

  private SessionFunctions() {
  }

  static List<FunctionDefinition> definitions() {
    return List.of(
        new FunctionDefinition("typeof", 1, 1, false,
            (pretty, arguments, sql) -> Literal.of(arguments.get(0).dataType().simpleString()), prefix("typeof")),
        constant("current_catalog", "spark_catalog", "current_catalog()"),
        // the session's values: bound by sessionValue, where the session is known
        constant("current_database", "default", "current_schema()"),
        constant("current_schema", "default", "current_schema()"),
        constant("current_path", "", "current_path()"),
        constant("current_user", user(), "current_user()"),
        constant("user", user(), "user()"),
        constant("session_user", user(), "session_user()"),
        constant("version", VERSION, "version()"),
        // the client sends a random seed: the plan's UUIDs are a function of it and the row, so that running
        // the same Dataset again gives the same ones, as in Spark (whose values depend on its partitions)
        new FunctionDefinition("uuid", 0, 1, false,
            (pretty, arguments, sql) -> new Call("uuid", arguments.isEmpty() ? List.of() : List.of(arguments.get(0)),
                AtomicType.STRING, false),
            (names, distinct) -> "uuid()"),
        new FunctionDefinition("assert_true", 1, 2, false, SessionFunctions::assertTrue, (names, distinct) ->
            "assert_true(" + names.get(0) + ", " + (names.size() == 2 ? names.get(1) : defaultMessage(names.get(0)))
                + ")"));
  }

  /**
   * The value of a function that reads the session: {@code current_schema()} (and {@code current_database()}), the
   * database current now; {@code current_path()}, the session's SQL path. Empty for any other function.
   */
  static java.util.Optional<BoundExpression> sessionValue(Analyzer analyzer, String name) {
    return switch (name) {
      case "current_database", "current_schema" -> java.util.Optional.of(Literal.of(analyzer.currentSchemaName()));
      case "current_catalog" -> java.util.Optional.of(Literal.of(analyzer.currentCatalogName()));
      case "current_path" -> java.util.Optional.of(Literal.of(analyzer.currentPathText()));
      default -> java.util.Optional.empty();
    };
  }

  private static FunctionDefinition constant(String name, String value, String shownName) {
    return new FunctionDefinition(name, 0, 0, false, (pretty, arguments, sql) -> Literal.of(value),
        (names, distinct) -> shownName);
  }

  private static String user() {
    return System.getProperty("user.name", "");
  }

  private static String defaultMessage(String conditionName) {
    return "'" + conditionName + "'" + NOT_TRUE;
  }

  /**
   * Spark rewrites assert_true(c, message) to {@code IF(c, NULL, raise_error(message))}: a false or NULL
   * condition fails the query with USER_RAISED_EXCEPTION. Without a message the message is
   * {@code 'c' is not true!}, which the name carries ({@code assert_true(c, 'c' is not true!)}).
   */
  private static BoundExpression assertTrue(String pretty, List<BoundExpression> arguments, List<String> sql) {
    BoundExpression message;
    String messageSql;
    if (arguments.size() == 2) {
      message = InputChecks.string(pretty, arguments, sql, 1);
      messageSql = sql.get(1);
    } else {
      // pretty is assert_true(<name>, '<name>' is not true!): the name is as long as the rest allows
      String inner = pretty.substring("assert_true(".length(), pretty.length() - 1);
      int nameLength = (inner.length() - ", ''".length() - NOT_TRUE.length()) / 2;
      String text = defaultMessage(inner.substring(0, nameLength));
      message = Literal.of(text);
      messageSql = text;
    }
    BoundExpression condition = arguments.get(0);
    if (condition.dataType() != AtomicType.BOOLEAN && condition.dataType() != AtomicType.NULL) {
      String rewritten = "(IF(" + sql.get(0) + ", NULL, raise_error(USER_RAISED_EXCEPTION, map(errorMessage, "
          + messageSql + "))))";
      throw InputChecks.unexpectedType(rewritten, 0, sql.get(0), condition.dataType(), "\"BOOLEAN\"");
    }
    return new Call("assert_true", List.of(TypeCoercion.castTo(condition, AtomicType.BOOLEAN), message),
        AtomicType.NULL, true);
  }
}
