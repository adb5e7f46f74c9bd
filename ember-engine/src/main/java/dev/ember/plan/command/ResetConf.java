package dev.ember.plan.command;

import java.util.Optional;

/** {@code RESET}: one conf back to its default, or every conf the session set ({@code key} empty). */
public record ResetConf(Optional<String> key) implements Command {
}
