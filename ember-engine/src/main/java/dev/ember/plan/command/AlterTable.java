package dev.ember.plan.command;

import dev.ember.plan.types.StructField;
import java.util.List;
import java.util.Map;

/**
 * {@code ALTER TABLE|VIEW name ...} (and {@code COMMENT ON TABLE}): one change to a table's or view's entry in the
 * catalog.
 */
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

  /** {@code SET SERDEPROPERTIES (...)}: a file table's storage properties (its options). */
  public record SetStorageProperties(Map<String, String> properties) implements Change {
    public SetStorageProperties {
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

  /** {@code COMMENT ON TABLE name IS 'text' | NULL}. */
  public record SetComment(java.util.Optional<String> comment) implements Change {
  }

  /**
   * A change of columns the session catalog's file tables do not support ({@code RENAME COLUMN}, {@code DROP
   * COLUMN}): Spark's UNSUPPORTED_FEATURE.TABLE_OPERATION naming {@code operation}.
   */
  public record UnsupportedColumnChange(String operation) implements Change {
  }

  /** {@code ALTER VIEW name WITH SCHEMA BINDING | COMPENSATION | [TYPE] EVOLUTION}: the view's new schema mode. */
  public record ViewSchemaBinding(String mode) implements Change {
  }

  /** {@code ALTER VIEW name AS query}: the view's query, and its text. */
  public record ViewQuery(dev.ember.plan.logical.LogicalPlan query, String text) implements Change {
  }

  /**
   * {@code ALTER TABLE t ALTER|CHANGE [COLUMN] c [TYPE type] [COMMENT 'text'] [FIRST | AFTER x]}: what a column
   * spec asks ({@code position} when it moves the column).
   */
  public record ChangeColumn(List<String> column, java.util.Optional<dev.ember.plan.types.DataType> type,
      java.util.Optional<String> comment, boolean position) implements Change {
    public ChangeColumn {
      column = List.copyOf(column);
    }
  }
}
