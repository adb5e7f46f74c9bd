package dev.ember.plan.command;

import dev.ember.plan.types.StructField;
import java.util.List;
import java.util.Map;

/** {@code ALTER TABLE|VIEW name ...}: one change to a table's or view's entry in the catalog. */
public record AlterTable(List<String> nameParts, boolean view, Change change) implements Command {
  public AlterTable {
    nameParts = List.copyOf(nameParts);
  }

  /** What changes. */
  public sealed interface Change {
  }

  /** {@code RENAME TO newName}. */
  public record Rename(List<String> newName) implements Change {
    public Rename {
      newName = List.copyOf(newName);
    }
  }

  /** {@code SET TBLPROPERTIES (...)}. */
  public record SetProperties(Map<String, String> properties) implements Change {
    public SetProperties {
      properties = Map.copyOf(properties);
    }
  }

  /** {@code UNSET TBLPROPERTIES [IF EXISTS] (...)}. */
  public record UnsetProperties(List<String> keys, boolean ifExists) implements Change {
    public UnsetProperties {
      keys = List.copyOf(keys);
    }
  }

  /** {@code ADD COLUMNS (...)}. */
  public record AddColumns(List<StructField> columns) implements Change {
    public AddColumns {
      columns = List.copyOf(columns);
    }
  }
}
