package dev.ember.plan.command;

/** {@code SHOW CURRENT NAMESPACE}. */
public record ShowCurrentNamespace() implements Command {
}
