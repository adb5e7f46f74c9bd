package dev.ember.engine;

/**
 * How far a running query is, as DuckDB counts it: the rows its sources have read of those they will read
 * ({@code total} 0 while DuckDB does not know yet).
 */
public record QueryProgress(long rowsProcessed, long totalRows) {
  public boolean known() {
    return totalRows > 0;
  }
}
