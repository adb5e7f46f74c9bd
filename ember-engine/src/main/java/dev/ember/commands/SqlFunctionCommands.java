package dev.ember.commands;

import dev.ember.analyzer.Analyzer;
import dev.ember.engine.EngineSession;
import dev.ember.plan.command.CreateSqlFunction;
import dev.ember.plan.command.DropSqlFunction;
import dev.ember.plan.command.SqlFunction;
import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
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
