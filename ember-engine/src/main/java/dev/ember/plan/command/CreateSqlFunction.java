package dev.ember.plan.command;

import java.util.List;

/**
 * {@code CREATE [OR REPLACE] [TEMPORARY] FUNCTION [IF NOT EXISTS] name ...}: a SQL function of the session
 * ({@code temporary}), or of a database of the catalog, named by {@code nameParts} ({@code f}, {@code db.f},
 * {@code spark_catalog.db.f}) and kept as the statement's {@code text}.
 */
public record CreateSqlFunction(SqlFunction function, boolean replace, boolean ifNotExists, boolean temporary,
    List<String> nameParts, String text) implements Command {
  public CreateSqlFunction {
    nameParts = List.copyOf(nameParts);
  }
}
