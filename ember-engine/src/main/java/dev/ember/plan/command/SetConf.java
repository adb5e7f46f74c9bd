package dev.ember.plan.command;

import java.util.Optional;

/**
 * {@code SET}: every conf the session set ({@code key} empty), one conf's value ({@code value} empty), or a new
 * value for a conf.
 */
public record SetConf(Optional<String> key, Optional<String> value) implements Command {
}
