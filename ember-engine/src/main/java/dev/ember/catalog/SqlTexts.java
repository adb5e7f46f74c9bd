package dev.ember.catalog;

import dev.ember.plan.command.SqlFunction;
import dev.ember.plan.logical.LogicalPlan;
import java.util.Objects;

/**
 * Reads the SQL text the catalog keeps back into plans: a persistent view's query, a persistent function's CREATE
 * statement. The catalog keeps them as Spark does, as text, parsed again where they are used; the parser belongs to
 * the SQL front end, which installs itself here when the engine's front ends start (the catalog never knows Spark's
 * grammar).
 */
public final class SqlTexts {
  /** The front end's parser of the texts; the name is the view's or function's, for errors. */
  public interface Parser {
    LogicalPlan viewQuery(String text, TableName view);

    SqlFunction function(String text, TableName function);
  }

  private static volatile Parser parser;

  private SqlTexts() {
  }

  public static void install(Parser frontEnd) {
    parser = Objects.requireNonNull(frontEnd, "frontEnd");
  }

  static LogicalPlan viewQuery(String text, TableName view) {
    return installed(view).viewQuery(text, view);
  }

  static SqlFunction function(String text, TableName function) {
    return installed(function).function(text, function);
  }

  private static Parser installed(TableName name) {
    Parser installed = parser;
    if (installed == null) {
      throw new IllegalStateException("no SQL front end installed to read " + name.quoted());
    }
    return installed;
  }
}
