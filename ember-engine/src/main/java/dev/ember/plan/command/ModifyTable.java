package dev.ember.plan.command;

import java.util.List;

/**
 * {@code UPDATE}, {@code DELETE FROM} and {@code MERGE INTO} a table: file tables cannot change rows in place, so
 * Spark refuses them once the table is found ({@code operation} is the name its error gives).
 */
public record ModifyTable(List<String> nameParts, String operation) implements Command {
  public ModifyTable {
    nameParts = List.copyOf(nameParts);
  }
}
