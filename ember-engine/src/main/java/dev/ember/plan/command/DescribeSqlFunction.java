package dev.ember.plan.command;

/** {@code DESCRIBE FUNCTION name} of a session's SQL function (any other function is not described yet). */
public record DescribeSqlFunction(String name) implements Command {
}
