package dev.ember.commands;

import dev.ember.analyzer.Analyzer;
import dev.ember.catalog.CatalogErrors;
import dev.ember.catalog.CatalogFunction;
import dev.ember.catalog.TableName;
import dev.ember.engine.EngineSession;
import dev.ember.engine.QueryResult;
import dev.ember.plan.command.CreateSqlFunction;
import dev.ember.plan.command.DescribeSqlFunction;
import dev.ember.plan.command.DropSqlFunction;
import dev.ember.plan.command.SqlFunction;
import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import dev.ember.plan.expressions.Identifiers;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Creates, describes and drops SQL functions: a session's temporary ones, and persistent ones of a database, kept in
 * the catalog as their statement's text; the body is checked first as Spark checks it.
 */
final class SqlFunctionCommands {
  private SqlFunctionCommands() {
  }

  static void create(EngineSession session, CreateSqlFunction create) {
    if (!create.temporary()) {
      createPersistent(session, create);
      return;
    }
    SqlFunction function = create.function();
    boolean exists = session.sqlFunctions().get(function.name()).isPresent();
    if (exists && create.ifNotExists()) {
      return;
    }
    if (exists && !create.replace()) {
      throw alreadyExists(function.quotedName());
    }
    validate(session, function);
    session.sqlFunctions().create(function, true);
  }

  private static void createPersistent(EngineSession session, CreateSqlFunction create) {
    TableName name = qualified(session, create.nameParts());
    session.catalog().requireDatabase(name.database());
    String frozenPath = session.catalog().frozenPathText();
    SqlFunction function = create.function().inCatalog(List.of(TableName.CATALOG, name.database()),
        java.util.Optional.of(frozenPath));
    boolean exists = session.catalog().state().function(name).isPresent();
    if (exists && create.ifNotExists()) {
      return;
    }
    if (exists && !create.replace()) {
      throw alreadyExists(function.quotedName());
    }
    Analyzer analyzer = validate(session, function);
    analyzer.temporaryObjectsRead().stream().findFirst().ifPresent(temporary -> {
      throw CatalogErrors.temporaryObjectReference("FUNCTION",
          Identifiers.quoteNameParts(List.of(name.database(), name.table())), temporary.kind(),
          temporary.quotedName());
    });
    CatalogFunction stored = new CatalogFunction(name, create.text(), System.currentTimeMillis(),
        java.util.Optional.of(frozenPath));
    session.catalog().warehouse().update(state -> state.withFunction(stored));
  }

  /** The body checked as Spark checks it; a function declared CONTAINS SQL may read no SQL data. */
  private static Analyzer validate(EngineSession session, SqlFunction function) {
    Analyzer analyzer = new Analyzer(session);
    analyzer.validate(function);
    if (!function.readsSqlData() && analyzer.readsSqlData()) {
      throw new EmberException(ErrorKind.ANALYSIS, "INVALID_SQL_FUNCTION_DATA_ACCESS", "42K0E",
          "Cannot create a SQL function with CONTAINS SQL that accesses a table/view or a SQL function that reads "
              + "SQL data. Please use READS SQL DATA instead.", Map.of());
    }
    return analyzer;
  }

  static EmberException alreadyExists(String name) {
    return new EmberException(ErrorKind.ANALYSIS, "ROUTINE_ALREADY_EXISTS", "42723",
        "Cannot create the routine " + name + " because a routine of that name already exists. Choose a different "
            + "name, drop or replace the existing routine, or add the IF NOT EXISTS clause to tolerate a "
            + "pre-existing routine.",
        Map.of("routineName", name, "newRoutineType", "routine", "existingRoutineType", "routine"));
  }

  /** The database and name a persistent function's name stands for ({@code f} is in the current database). */
  private static TableName qualified(EngineSession session, List<String> nameParts) {
    return session.catalog().qualify(nameParts).orElseThrow(() -> notFound(nameParts));
  }

  /**
   * Spark's description of a SQL function: its name, kind, parameters and result, one line each (a further
   * parameter or column on a line of its own), labels padded to one width.
   */
  static QueryResult describe(EngineSession session, DescribeSqlFunction describe) {
    List<String> nameParts = describe.nameParts();
    Optional<SqlFunction> temporary = nameParts.size() == 1 ? session.sqlFunctions().get(nameParts.get(0))
        : Optional.empty();
    SqlFunction function = temporary.or(() -> session.catalog().persistentFunction(nameParts))
        .orElseThrow(() -> CommandRunner.unsupported("DESCRIBE FUNCTION " + String.join(".", nameParts)));
    List<String> inputs = columns(function.parameters().stream().map(SqlFunction.Parameter::name).toList(),
        function.parameters().stream().map(parameter -> parameter.type().sql()).toList());
    List<String> returns = function.returnColumns()
        .map(table -> columns(table.fields().stream().map(field -> field.name()).toList(),
            table.fields().stream().map(field -> field.dataType().sql()).toList()))
        .orElseGet(() -> List.of(function.returnType()
            .orElseGet(() -> new Analyzer(session).resultType(function)).sql()));
    List<Object[]> rows = new ArrayList<>();
    String width = "%-10s";
    rows.add(new Object[] {String.format(width, "Function:") + function.displayName()});
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
    List<String> nameParts = drop.nameParts();
    if (drop.temporary()) {
      if (!session.sqlFunctions().drop(nameParts.get(0)) && !drop.ifExists()) {
        throw notFound(nameParts);
      }
      return;
    }
    TableName name = qualified(session, nameParts);
    if (session.catalog().state().function(name).isEmpty()) {
      if (!drop.ifExists()) {
        throw notFound(List.of(TableName.CATALOG, name.database(), name.table()));
      }
      return;
    }
    session.catalog().warehouse().update(state -> state.withoutFunction(name));
  }

  static EmberException notFound(List<String> nameParts) {
    String name = Identifiers.quoteNameParts(nameParts);
    return new EmberException(ErrorKind.ANALYSIS, "ROUTINE_NOT_FOUND", "42883", "The routine " + name
        + " cannot be found. Verify the spelling and correctness of the schema and catalog. If you did not qualify "
        + "the name with a schema and catalog, verify the current_schema() output, or qualify the name with the "
        + "correct schema and catalog. To tolerate the error on drop use DROP ... IF EXISTS.",
        Map.of("routineName", name));
  }
}
