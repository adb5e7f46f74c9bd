package dev.ember.plan.command;

/** {@code DROP TEMPORARY FUNCTION [IF EXISTS] name}. */
public record DropSqlFunction(String name, boolean ifExists) implements Command {
}
