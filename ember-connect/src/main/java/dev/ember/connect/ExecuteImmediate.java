package dev.ember.connect;

import dev.ember.commands.CommandRunner;
import dev.ember.engine.EngineSession;
import dev.ember.engine.QueryResult;
import dev.ember.plan.command.SetVariable;
import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import dev.ember.plan.errors.SparkErrors;
import dev.ember.plan.expressions.Alias;
import dev.ember.plan.expressions.Expression;
import dev.ember.plan.expressions.Literal;
import dev.ember.plan.expressions.UnresolvedAttribute;
import dev.ember.plan.types.AtomicType;
import dev.ember.sql.SqlParameters;
import dev.ember.sql.SqlStatement;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * {@code EXECUTE IMMEDIATE}: the text and the arguments are computed (constants and session variables), the text is
 * parsed with the arguments bound to its markers ({@code ?} in order, {@code :name} by alias or variable name), and the
 * statement runs now: a query answers with its rows, or sets the INTO variables; a command runs. Errors show the text
 * upper-cased, as Spark's toSQLStmt writes it.
 */
final class ExecuteImmediate {
  private ExecuteImmediate() {
  }

  static QueryResult run(EngineSession session, SqlStatement.ExecuteImmediate execute) {
    Literal text = CommandRunner.evaluate(session, List.of(execute.text())).get(0);
    if (text.dataType() != AtomicType.STRING) {
      throw new EmberException(ErrorKind.ANALYSIS, "INVALID_EXPR_TYPE_FOR_QUERY_EXECUTE_IMMEDIATE", "42K09",
          "Expression type must be string type but got " + SparkErrors.toSqlType(text.dataType()) + ".",
          Map.of("exprType", SparkErrors.toSqlType(text.dataType())));
    }
    if (text.value() == null) {
      throw new EmberException(ErrorKind.ANALYSIS, "NULL_QUERY_STRING_EXECUTE_IMMEDIATE", "22004",
          "Execute immediate requires a non-null variable as the query string, but the provided variable "
              + execute.text() + " is null.", Map.of("varName", String.valueOf(execute.text())));
    }
    List<Expression> values = execute.arguments().stream()
        .map(argument -> argument instanceof Alias alias ? alias.child() : argument).toList();
    List<Literal> arguments = values.isEmpty() ? List.of() : CommandRunner.evaluate(session, values);
    Map<String, Expression> named = new LinkedHashMap<>();
    for (int i = 0; i < arguments.size(); i++) {
      Expression argument = execute.arguments().get(i);
      if (argument instanceof Alias alias) {
        if (named.containsKey(alias.name())) {
          throw new EmberException(ErrorKind.ANALYSIS, "EXEC_IMMEDIATE_DUPLICATE_ARGUMENT_ALIASES", "42701",
              "The USING clause of this EXECUTE IMMEDIATE command contained multiple arguments with same alias (`"
                  + alias.name() + "`), which is invalid; please update the command to specify unique aliases and "
                  + "then try it again.", Map.of("aliases", "`" + alias.name() + "`"));
        }
        named.put(alias.name(), arguments.get(i));
      } else if (argument instanceof UnresolvedAttribute variable) {
        named.put(variable.nameParts().get(variable.nameParts().size() - 1), arguments.get(i));
      }
    }
    List<String> unnamed = new ArrayList<>();
    for (int i = 0; i < arguments.size(); i++) {
      Expression argument = execute.arguments().get(i);
      if (!(argument instanceof Alias) && !(argument instanceof UnresolvedAttribute)) {
        Object value = arguments.get(i).value();
        unnamed.add("\"" + (value == null ? "NULL" : value) + "\"");
      }
    }
    if (!unnamed.isEmpty() && dev.ember.sql.SqlParser.hasOnlyNamedMarkers((String) text.value())) {
      // Spark's check: a text with named markers takes named arguments only (aliases or variables)
      String exprs = String.join(", ", unnamed);
      throw new EmberException(ErrorKind.ANALYSIS, "ALL_PARAMETERS_MUST_BE_NAMED", "07001",
          "Using name parameterized queries requires all parameters to be named. Parameters missing names: " + exprs
              + ".", Map.of("exprs", exprs));
    }
    SqlStatement statement = SqlStatements.parse((String) text.value(),
        new SqlParameters(named, new ArrayList<>(arguments)), session);
    if (statement instanceof SqlStatement.Query query) {
      if (execute.into().isEmpty()) {
        return CommandRunner.rows(session, query.plan());
      }
      return CommandRunner.run(session, new SetVariable(execute.into(), query.plan()));
    }
    if (!execute.into().isEmpty()) {
      throw new EmberException(ErrorKind.ANALYSIS, "INVALID_STATEMENT_FOR_EXECUTE_INTO", "07501",
          "The INTO clause of EXECUTE IMMEDIATE is only valid for queries but the given statement is not a query: "
              + text.value() + ".", Map.of("sqlString", ((String) text.value()).toUpperCase(Locale.ROOT)));
    }
    if (statement instanceof SqlStatement.Run run) {
      return CommandRunner.run(session, run.command());
    }
    throw new EmberException(ErrorKind.ANALYSIS, "NESTED_EXECUTE_IMMEDIATE", "07501",
        "Nested EXECUTE IMMEDIATE commands are not allowed. Please ensure that the SQL query provided ("
            + text.value() + ") does not contain another EXECUTE IMMEDIATE command.",
        Map.of("sqlString", ((String) text.value()).toUpperCase(Locale.ROOT)));
  }
}
