package dev.ember.plan.command;

import java.util.List;

/**
 * {@code CREATE [OR REPLACE] [TEMPORARY] FUNCTION [IF NOT EXISTS] name AS 'class' [USING JAR 'uri', ...]}: a function
 * of the session ({@code temporary}) or of a database of the catalog, named by {@code nameParts} and kept as the
 * statement's {@code text}.
 */
public record CreateClassFunction(ClassFunction function, boolean replace, boolean ifNotExists, boolean temporary,
    List<String> nameParts, String text) implements Command {
  public CreateClassFunction {
    nameParts = List.copyOf(nameParts);
  }
}
