package dev.ember.plan.command;


/** {@code CREATE [OR REPLACE] TEMPORARY FUNCTION [IF NOT EXISTS] ...}: a SQL function of the session. */
public record CreateSqlFunction(SqlFunction function, boolean replace, boolean ifNotExists) implements Command {
}
