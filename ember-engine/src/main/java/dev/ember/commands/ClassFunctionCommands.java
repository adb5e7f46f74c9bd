package dev.ember.commands;

import dev.ember.catalog.CatalogFunction;
import dev.ember.catalog.TableName;
import dev.ember.engine.EngineSession;
import dev.ember.engine.QueryResult;
import dev.ember.plan.command.ClassFunction;
import dev.ember.plan.command.CreateClassFunction;
import dev.ember.plan.expressions.Identifiers;
import dev.ember.plan.usercode.ClassFunctions;
import java.util.List;
import java.util.Optional;

/**
 * Creates and describes functions of JVM classes ({@code CREATE [TEMPORARY] FUNCTION f AS 'class'}), as Spark's
 * CreateFunctionCommand: a temporary one's class must load now; a persistent one is only kept (its class is loaded
 * where it is called, as the session creating it may not see the class).
 */
final class ClassFunctionCommands {
  private ClassFunctionCommands() {
  }

  static void create(EngineSession session, CreateClassFunction create) {
    ClassFunction function = create.function();
    if (create.temporary()) {
      String quoted = Identifiers.quote(function.name());
      if (!create.replace() && session.sqlFunctions().has(function.name())) {
        throw SqlFunctionCommands.alreadyExists(quoted);
      }
      ClassFunctions.load(function, quoted, session.userClassLoader());
      session.sqlFunctions().create(function);
      return;
    }
    TableName name = session.catalog().qualify(create.nameParts())
        .orElseThrow(() -> CommandRunner.unsupported("CREATE FUNCTION " + String.join(".", create.nameParts())));
    session.catalog().requireDatabase(name.database());
    boolean exists = session.catalog().state().function(name).isPresent();
    if (exists && create.ifNotExists()) {
      return;
    }
    if (exists && !create.replace()) {
      throw SqlFunctionCommands.alreadyExists(Identifiers.quoteNameParts(List.of(name.database(), name.table())));
    }
    CatalogFunction stored = new CatalogFunction(name, create.text(), System.currentTimeMillis(), Optional.empty(),
        Optional.of(new ClassFunction(name.table(), function.className(), function.jars())));
    session.catalog().warehouse().update(state -> state.withFunction(stored));
  }

  /**
   * {@code REFRESH FUNCTION f}, as Spark's RefreshFunctionCommand: a built-in or temporary function's name is refused
   * (Spark's legacy errors), a database's function registered again (its class loaded: CANNOT_LOAD_FUNCTION_CLASS,
   * for a SQL function too, whose class name Spark records as {@code sqlFunction.}), another name ROUTINE_NOT_FOUND.
   */
  static void refresh(EngineSession session, List<String> nameParts) {
    if (nameParts.size() == 1) {
      String name = nameParts.get(0);
      if (dev.ember.catalog.BuiltinFunctions.lookup(name).isPresent()) {
        throw refusal("_LEGACY_ERROR_TEMP_1256", "Cannot refresh built-in function " + name + ".", name);
      }
      if (session.sqlFunctions().has(name)) {
        throw refusal("_LEGACY_ERROR_TEMP_1257", "Cannot refresh temporary function " + name + ".", name);
      }
    }
    TableName name = session.catalog().qualify(nameParts).orElseThrow(() -> SqlFunctionCommands.notFound(nameParts));
    CatalogFunction stored = session.catalog().state().function(name).orElseThrow(() ->
        SqlFunctionCommands.notFound(List.of(name.database(), name.table())));
    ClassFunction function = stored.classFunction()
        .orElseGet(() -> new ClassFunction(name.table(), FunctionListings.SQL_FUNCTION_CLASS, List.of()));
    ClassFunctions.load(function, stored.quotedName(), session.userClassLoader());
  }

  private static dev.ember.plan.errors.EmberException refusal(String errorClass, String message, String name) {
    return new dev.ember.plan.errors.EmberException(dev.ember.plan.errors.ErrorKind.ANALYSIS, errorClass, null,
        message, java.util.Map.of("functionName", name));
  }

  /**
   * Spark's description of a function of a class, when {@code nameParts} names one (a temporary function before a
   * database's): its name, its class, and no usage.
   */
  static Optional<QueryResult> describe(EngineSession session, List<String> nameParts) {
    Optional<QueryResult> temporary = nameParts.size() == 1 ? session.sqlFunctions().classFunction(nameParts.get(0))
        .map(function -> description(function.name(), function.className()))
        : Optional.empty();
    if (temporary.isPresent() || nameParts.size() == 1 && session.sqlFunctions().has(nameParts.get(0))) {
      return temporary;
    }
    return session.catalog().storedFunction(nameParts).flatMap(stored -> stored.classFunction()
        .map(function -> description(stored.displayName(), function.className())));
  }

  private static QueryResult description(String name, String className) {
    List<Object[]> rows = List.of(new Object[] {"Function: " + name}, new Object[] {"Class: " + className},
        new Object[] {"Usage: N/A."});
    return new QueryResult(CommandRunner.strings("function_desc"), rows);
  }
}
