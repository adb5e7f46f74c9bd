package dev.ember.engine;

import java.io.IOException;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.IntStream;
import org.apache.arrow.c.ArrowArrayStream;
import org.apache.arrow.c.Data;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.vector.ipc.ArrowReader;
import org.duckdb.DuckDBConnection;

/** Arrow IPC streams loaded into a new DuckDB table through DuckDB's Arrow scan, never as SQL text. */
final class ArrowTables {
  private ArrowTables() {
  }

  /**
   * Creates {@code table} (columns {@code c0, c1, ...}) from the streams' rows, as one; returns the row count. A
   * session's own connection is shared by its threads (a user-code stage, a local table's load, a describe): its
   * users hold its monitor while they use it.
   */
  static long create(DuckDBConnection connection, BufferAllocator allocator, String table, List<byte[]> ipcStreams,
      int columns) throws SQLException, IOException {
    synchronized (connection) {
      return columns == 0 ? createWithoutColumns(connection, allocator, table, ipcStreams)
          : createLocked(connection, allocator, table, ipcStreams, columns);
    }
  }

  /**
   * Rows of no columns (user code whose output has none, as PySpark's {@code foreachPartition}): DuckDB has no table
   * of no columns, so the table holds one column of NULLs, {@code c0}, which no scan of it reads.
   */
  private static long createWithoutColumns(DuckDBConnection connection, BufferAllocator allocator, String table,
      List<byte[]> ipcStreams) throws SQLException, IOException {
    long rows = 0;
    try (ArrowReader reader = new ChainedArrowStreams(allocator, ipcStreams)) {
      while (reader.loadNextBatch()) {
        rows += reader.getVectorSchemaRoot().getRowCount();
      }
    }
    try (Statement statement = connection.createStatement()) {
      statement.executeUpdate("CREATE TABLE \"" + table + "\" AS SELECT CAST(NULL AS BOOLEAN) AS c0 FROM range("
          + rows + ")");
    }
    return rows;
  }

  private static long createLocked(DuckDBConnection connection, BufferAllocator allocator, String table,
      List<byte[]> ipcStreams, int columns) throws SQLException, IOException {
    String view = table + "_arrow";
    String columnNames = IntStream.range(0, columns).mapToObj(CachedRelation::columnName)
        .collect(Collectors.joining(", "));
    try (ArrowReader reader = new ChainedArrowStreams(allocator, ipcStreams);
        ArrowArrayStream stream = ArrowArrayStream.allocateNew(allocator);
        Statement statement = connection.createStatement()) {
      Data.exportArrayStream(allocator, reader, stream);
      connection.registerArrowStream(view, stream);
      try {
        return statement.executeUpdate("CREATE TABLE \"" + table + "\" AS SELECT * FROM \"" + view
            + "\" AS arrow_data(" + columnNames + ")");
      } finally {
        statement.execute("DROP VIEW IF EXISTS \"" + view + "\"");
      }
    }
  }
}
