package dev.ember.commands;

import dev.ember.catalog.BuiltinFunctions;
import dev.ember.catalog.CatalogFunction;
import dev.ember.catalog.NamePatterns;
import dev.ember.catalog.SessionCatalog;
import dev.ember.catalog.SqlPath;
import dev.ember.catalog.TableName;
import dev.ember.engine.EngineSession;
import dev.ember.engine.QueryResult;
import dev.ember.plan.command.SqlFunction;
import dev.ember.plan.command.ShowFunctions;
import dev.ember.plan.errors.SparkErrors;
import dev.ember.plan.expressions.Identifiers;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * SHOW FUNCTIONS, and the functions {@code spark.catalog()} describes (listFunctions, getFunction, functionExists):
 * Spark's built-in functions ({@link BuiltinFunctions}), the session's temporary SQL functions and a database's
 * persistent ones.
 */
public final class FunctionListings {
  /**
   * The class name Spark gives a SQL function (its description is Spark's record of the function, kept as JSON with
   * its creation time: Ember gives none).
   */
  /** The class name Spark records for a SQL function (which no class loader finds). */
  static final String SQL_FUNCTION_CLASS = "sqlFunction.";
  private FunctionListings() {
  }

  /** A function as Spark's {@code catalog.Function} has it. */
  public record FunctionEntry(String name, Optional<String> catalog, Optional<List<String>> namespace,
      Optional<String> description, Optional<String> className, boolean temporary) {
  }

  static QueryResult show(EngineSession session, ShowFunctions show) {
    List<Object[]> rows = new ArrayList<>();
    names(session, show).forEach(name -> rows.add(new Object[] {name}));
    return new QueryResult(CommandRunner.strings("function"), rows);
  }

  /** The names SHOW FUNCTIONS lists, in its order: a persistent function's qualified. */
  public static List<String> names(EngineSession session, ShowFunctions show) {
    SessionCatalog catalog = session.catalog();
    String database = show.namespace().map(catalog::databaseName).orElseGet(catalog::currentDatabase);
    catalog.requireDatabase(database);
    Predicate<String> matches = show.pattern().map(NamePatterns::of).<Predicate<String>>map(pattern ->
        name -> pattern.matcher(name).matches()).orElse(name -> true);
    List<String> names = new ArrayList<>();
    if (show.system()) {
      BuiltinFunctions.all().stream().map(BuiltinFunctions.Builtin::name).filter(matches).forEach(names::add);
    }
    if (show.user()) {
      session.sqlFunctions().names().stream().filter(matches).forEach(names::add);
      catalog.state().functions().keySet().stream().filter(name -> name.database().equals(database))
          .map(TableName::table).filter(matches)
          .forEach(name -> names.add(String.join(".", new TableName(database, name).parts())));
    }
    return names.stream().sorted().toList();
  }

  /**
   * The function a name stands for: a one-part name the first the session's path holds (a built-in, a temporary, a
   * database's function), a qualified one a database's; UNRESOLVED_ROUTINE when there is none.
   */
  public static FunctionEntry describe(EngineSession session, List<String> nameParts) {
    return find(session, nameParts).orElseThrow(() -> SparkErrors.unresolvedRoutine(
        Identifiers.quoteNameParts(nameParts), session.catalog().searchPath()));
  }

  public static Optional<FunctionEntry> find(EngineSession session, List<String> nameParts) {
    SessionCatalog catalog = session.catalog();
    if (nameParts.size() > 1) {
      return catalog.qualify(nameParts).flatMap(name -> catalog.state().function(name))
          .map(FunctionListings::persistent);
    }
    String name = nameParts.get(0);
    for (List<String> namespace : catalog.path().namespaces(catalog.currentDatabase())) {
      Optional<FunctionEntry> found = SqlPath.isBuiltin(namespace)
          ? BuiltinFunctions.lookup(name).map(builtin -> new FunctionEntry(builtin.name(), Optional.empty(),
              Optional.empty(), builtin.description(), builtin.className(), true))
          : SqlPath.isSession(namespace) ? temporary(session, name)
          : SqlPath.database(namespace).flatMap(database -> catalog.state().function(new TableName(database, name)))
              .map(FunctionListings::persistent);
      if (found.isPresent()) {
        return found;
      }
    }
    return Optional.empty();
  }

  /**
   * A session's function: a temporary SQL function, or one registered from user code ({@code spark.udf.register},
   * {@code createOrReplaceTempFunction}), which Spark describes without a class name.
   */
  private static Optional<FunctionEntry> temporary(EngineSession session, String name) {
    if (session.sqlFunctions().userFunction(name).isPresent() || session.sqlFunctions().builder(name).isPresent()) {
      return Optional.of(new FunctionEntry(name, Optional.empty(), Optional.empty(), Optional.empty(),
          Optional.empty(), true));
    }
    Optional<dev.ember.plan.command.ClassFunction> ofClass = session.sqlFunctions().classFunction(name);
    if (ofClass.isPresent()) {
      return Optional.of(new FunctionEntry(name, Optional.empty(), Optional.empty(), Optional.empty(),
          Optional.of(ofClass.get().className()), true));
    }
    return session.sqlFunctions().get(name).map(FunctionListings::temporary);
  }

  private static FunctionEntry temporary(SqlFunction function) {
    return new FunctionEntry(function.name(), Optional.empty(), Optional.empty(), Optional.empty(),
        Optional.of(SQL_FUNCTION_CLASS), true);
  }

  private static FunctionEntry persistent(CatalogFunction function) {
    return new FunctionEntry(function.name().table(), Optional.of(TableName.CATALOG),
        Optional.of(List.of(function.name().database())), Optional.empty(),
        Optional.of(function.classFunction().map(dev.ember.plan.command.ClassFunction::className)
            .orElse(SQL_FUNCTION_CLASS)), false);
  }
}
