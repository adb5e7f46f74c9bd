package dev.ember.plan.command;

import java.util.Optional;

/** {@code SHOW DATABASES|SCHEMAS|NAMESPACES [[LIKE] 'pattern']}. */
public record ShowNamespaces(Optional<String> pattern) implements Command {
}
