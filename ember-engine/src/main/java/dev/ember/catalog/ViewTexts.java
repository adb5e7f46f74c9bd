package dev.ember.catalog;

import dev.ember.plan.logical.LogicalPlan;
import java.util.Objects;

/**
 * Reads a persistent view's SQL text back into a plan. The catalog keeps a view as Spark does, its text, and parses
 * it again where the view is read; the parser belongs to the SQL front end, which installs itself here when the
 * engine's front ends start (the catalog never knows Spark's grammar).
 */
public final class ViewTexts {
  /** The front end's parser of a view's query text; {@code view} names the view for its errors' query context. */
  @FunctionalInterface
  public interface Parser {
    LogicalPlan parse(String text, TableName view);
  }

  private static volatile Parser parser;

  private ViewTexts() {
  }

  public static void install(Parser viewParser) {
    parser = Objects.requireNonNull(viewParser, "viewParser");
  }

  static LogicalPlan parse(String text, TableName view) {
    Parser installed = parser;
    if (installed == null) {
      throw new IllegalStateException("no SQL front end installed to read the view " + view.quoted());
    }
    return installed.parse(text, view);
  }
}
