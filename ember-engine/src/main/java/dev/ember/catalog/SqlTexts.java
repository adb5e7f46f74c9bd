package dev.ember.catalog;

import dev.ember.plan.command.SqlFunction;
import dev.ember.plan.logical.LogicalPlan;
import java.util.List;
import java.util.Objects;

/**
 * Reads the SQL text the catalog keeps back into plans: a persistent view's query, a persistent function's CREATE
 * statement. The catalog keeps them as Spark does, as text, parsed again where they are used; the parser belongs to
 * the SQL front end, which installs itself here (and answers for the grammar's keywords) when the engine's front ends start (the catalog never knows Spark's
 * grammar).
 */
public final class SqlTexts {
  /** The front end's parser of the texts; the name is the view's or function's, for errors. */
  public interface Parser {
    LogicalPlan viewQuery(String text, TableName view);

    SqlFunction function(String text, TableName function);

    /**
     * The grammar's keywords in alphabetical order ({@code sql_keywords()}), each reserved when, with
     * {@code spark.sql.ansi.enforceReservedKeywords} as {@code enforceReservedKeywords}, it cannot name a table.
     */
    List<Keyword> keywords(boolean enforceReservedKeywords);
  }

  /** One keyword of Spark's grammar and whether it is reserved. */
  public record Keyword(String keyword, boolean reserved) {
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

  public static List<Keyword> keywords(boolean enforceReservedKeywords) {
    return installed("the grammar's keywords").keywords(enforceReservedKeywords);
  }

  private static Parser installed(TableName name) {
    return installed(name.quoted());
  }

  private static Parser installed(String what) {
    Parser installed = parser;
    if (installed == null) {
      throw new IllegalStateException("no SQL front end installed to read " + what);
    }
    return installed;
  }
}
