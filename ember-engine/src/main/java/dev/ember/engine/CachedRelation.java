package dev.ember.engine;

import dev.ember.plan.types.StructType;

/**
 * A persisted DataFrame: its rows materialized once in a DuckDB temporary table (columns
 * {@code c0, c1, ...}), with the storage level the user asked for.
 */
public record CachedRelation(String tableName, StructType schema, StorageLevel storageLevel) {
  /** Spark's StorageLevel fields. */
  public record StorageLevel(boolean useDisk, boolean useMemory, boolean useOffHeap, boolean deserialized,
      int replication) {
    public static final StorageLevel MEMORY_AND_DISK = new StorageLevel(true, true, false, true, 1);
    public static final StorageLevel NONE = new StorageLevel(false, false, false, false, 1);
  }

  public static String columnName(int index) {
    return "c" + index;
  }
}
