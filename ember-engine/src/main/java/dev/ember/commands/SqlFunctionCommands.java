package dev.ember.commands;

import dev.ember.analyzer.Analyzer;
import dev.ember.engine.EngineSession;
import dev.ember.engine.QueryResult;
import dev.ember.plan.command.CreateSqlFunction;
import dev.ember.plan.command.DescribeSqlFunction;
import dev.ember.plan.command.DropSqlFunction;
import dev.ember.plan.command.SqlFunction;
import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** Creates and drops a session's temporary SQL functions, the body checked first as Spark checks it. */
final class SqlFunctionCommands {
  private SqlFunctionCommands() {
  }

  static void create(EngineSession session, CreateSqlFunction create) {
    SqlFunction function = create.function();
    boolean exists = session.sqlFunctions().get(function.name()).isPresent();
    if (exists && create.ifNotExists()) {
      return;
    }
    if (exists && !create.replace()) {
      String name = "`" + function.name() + "`";
      throw new EmberException(ErrorKind.ANALYSIS, "ROUTINE_ALREADY_EXISTS", "42723",
          "Cannot create the routine " + name + " because a routine of that name already exists. Choose a different "
              + "name, drop or replace the existing routine, or add the IF NOT EXISTS clause to tolerate a "
              + "pre-existing routine.",
          Map.of("routineName", name, "newRoutineType", "routine", "existingRoutineType", "routine"));
    }
    new Analyzer(session).validate(function);
    session.sqlFunctions().create(function, true);
  }

  /**
   * Spark's description of a SQL function: its name, kind, parameters and result, one line each (a further
   * parameter or column on a line of its own), labels padded to one width.
   */
  static QueryResult describe(EngineSession session, DescribeSqlFunction describe) {
    SqlFunction function = session.sqlFunctions().get(describe.name())
        .orElseThrow(() -> CommandRunner.unsupported("DESCRIBE FUNCTION " + describe.name()));
    List<String> inputs = columns(function.parameters().stream().map(SqlFunction.Parameter::name).toList(),
        function.parameters().stream().map(parameter -> parameter.type().sql()).toList());
    List<String> returns = function.returnColumns()
        .map(table -> columns(table.fields().stream().map(field -> field.name()).toList(),
            table.fields().stream().map(field -> field.dataType().sql()).toList()))
        .orElseGet(() -> List.of(function.returnType()
            .orElseGet(() -> new Analyzer(session).resultType(function)).sql()));
    List<Object[]> rows = new ArrayList<>();
    String width = "%-10s";
    rows.add(new Object[] {String.format(width, "Function:") + function.name()});
    rows.add(new Object[] {String.format(width, "Type:") + (function.isTable() ? "TABLE" : "SCALAR")});
    addLines(rows, width, "Input:", inputs);
    addLines(rows, width, "Returns:", returns);
    return new QueryResult(CommandRunner.strings("function_desc"), rows);
  }

  /** {@code name type} lines, names and types each padded to the widest. */
  private static List<String> columns(List<String> names, List<String> types) {
    int nameWidth = names.stream().mapToInt(String::length).max().orElse(0);
    int typeWidth = types.stream().mapToInt(String::length).max().orElse(0);
    List<String> lines = new ArrayList<>();
    for (int index = 0; index < names.size(); index++) {
      lines.add(String.format("%-" + nameWidth + "s %-" + typeWidth + "s", names.get(index), types.get(index)));
    }
    return lines;
  }

  private static void addLines(List<Object[]> rows, String width, String label, List<String> lines) {
    for (int index = 0; index < lines.size(); index++) {
      rows.add(new Object[] {String.format(width, index == 0 ? label : "") + lines.get(index)});
    }
  }

  static void drop(EngineSession session, DropSqlFunction drop) {
    if (!session.sqlFunctions().drop(drop.name()) && !drop.ifExists()) {
      String name = "`" + drop.name() + "`";
      throw new EmberException(ErrorKind.ANALYSIS, "ROUTINE_NOT_FOUND", "42883", "The routine " + name
          + " cannot be found. Verify the spelling and correctness of the schema and catalog. If you did not qualify "
          + "the name with a schema and catalog, verify the current_schema() output, or qualify the name with the "
          + "correct schema and catalog. To tolerate the error on drop use DROP ... IF EXISTS.",
          Map.of("routineName", name));
    }
  }
}
