package dev.ember.plan.command;

import java.util.List;

/**
 * {@code SHOW CREATE TABLE name [AS SERDE]}: the statement that creates the table or view again ({@code asSerde}: as
 * Hive's DDL, which only a view and a Hive table have).
 */
public record ShowCreateTable(List<String> nameParts, boolean asSerde) implements Command {
  public ShowCreateTable {
    nameParts = List.copyOf(nameParts);
  }
}
