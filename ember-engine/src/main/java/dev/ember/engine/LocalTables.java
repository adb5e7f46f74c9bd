package dev.ember.engine;

import dev.ember.plan.errors.SparkErrors;
import dev.ember.plan.logical.LocalData;
import java.io.IOException;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.sql.SQLException;
import java.util.HashMap;
import java.util.HexFormat;
import java.util.List;
import java.util.Map;
import org.apache.arrow.memory.BufferAllocator;
import org.duckdb.DuckDBConnection;

/**
 * Data the client sends with a plan ({@code createDataFrame}) loaded into a DuckDB table of the session
 * straight from its Arrow IPC batches (columns {@code c0, c1, ...}), never as SQL text. The same data sent again
 * (every action on a DataFrame resends it) finds its table by content; the tables live as long as the session.
 */
final class LocalTables {
  private final DuckDBConnection connection;
  private final BufferAllocator allocator;
  private final Map<String, LocalData.Table> tables = new HashMap<>();
  private final String namePrefix;
  private final java.util.function.Consumer<String> dropTable;
  private long loads;

  /** Tables named {@code namePrefix} and a number, made through {@code connection}, dropped by {@code dropTable}. */
  LocalTables(DuckDBConnection connection, BufferAllocator allocator, String namePrefix,
      java.util.function.Consumer<String> dropTable) {
    this.connection = connection;
    this.allocator = allocator;
    this.namePrefix = namePrefix;
    this.dropTable = dropTable;
  }

  /** The table holding these Arrow IPC streams' rows ({@code columns} wide), loaded on first use. */
  synchronized LocalData.Table load(List<byte[]> ipcStreams, int columns) {
    String key = digest(ipcStreams);
    LocalData.Table known = tables.get(key);
    if (known != null) {
      return known;
    }
    String table = namePrefix + (++loads);
    long rows;
    try {
      rows = create(table, ipcStreams, columns);
    } catch (SQLException | IOException | RuntimeException e) {
      dropTable.accept(table);
      throw SparkErrors.internal("Could not load the local relation sent by the client: " + e.getMessage());
    }
    LocalData.Table loaded = new LocalData.Table(table, rows);
    tables.put(key, loaded);
    return loaded;
  }

  private long create(String table, List<byte[]> ipcStreams, int columns) throws SQLException, IOException {
    return ArrowTables.create(connection, allocator, table, ipcStreams, columns);
  }

  private static String digest(List<byte[]> ipcStreams) {
    try {
      MessageDigest digest = MessageDigest.getInstance("SHA-256");
      for (byte[] ipc : ipcStreams) {
        digest.update(Integer.toString(ipc.length).getBytes(java.nio.charset.StandardCharsets.US_ASCII));
        digest.update((byte) ':');
        digest.update(ipc);
      }
      return HexFormat.of().formatHex(digest.digest());
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }
}
