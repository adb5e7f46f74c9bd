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
