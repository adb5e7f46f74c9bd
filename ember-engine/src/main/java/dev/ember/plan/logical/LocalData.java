package dev.ember.plan.logical;

import java.util.List;

/**
 * The data of a local relation ({@code createDataFrame}): a few rows carried in the plan, or a DuckDB table the
 * session loaded larger data into once, through Arrow (columns {@code c0, c1, ...} in schema order).
 */
public sealed interface LocalData {
  /** How many rows the relation has. */
  long rowCount();

  /** Rows in Ember's value representation (see {@link dev.ember.plan.expressions.Literal}). */
  record Rows(List<List<Object>> rows) implements LocalData {
    public Rows {
      rows = List.copyOf(rows);
    }

    @Override
    public long rowCount() {
      return rows.size();
    }
  }

  /** A session table holding the rows, named by the engine that loaded them. */
  record Table(String tableName, long rowCount) implements LocalData {
  }
}
