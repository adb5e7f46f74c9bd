package dev.ember.plan.command;

import java.util.List;

/** {@code USE [NAMESPACE] name}. */
public record UseNamespace(List<String> nameParts) implements Command {
  public UseNamespace {
    nameParts = List.copyOf(nameParts);
  }
}
