package dev.ember.engine;

import dev.ember.engine.arrow.RowBatchEncoder;
import dev.ember.engine.orc.OrcRead;
import dev.ember.engine.orc.OrcRowReader;
import dev.ember.plan.errors.SparkErrors;
import dev.ember.plan.types.ArrayType;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import dev.ember.plan.types.DayTimeIntervalType;
import dev.ember.plan.types.MapType;
import dev.ember.plan.types.StructField;
import dev.ember.plan.types.StructType;
import dev.ember.plan.types.YearMonthIntervalType;
import java.io.IOException;
import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.function.Consumer;
import org.apache.arrow.memory.BufferAllocator;
import org.duckdb.DuckDBConnection;

/**
 * ORC files loaded into a DuckDB table of the session (DuckDB reads no ORC): their rows in a schema, through the
 * same Arrow load as local relations ({@link ArrowTables}); columns {@code c0, c1, ...}, then the row's file. A read
 * of the same unchanged files in the same schema finds its table again; a read of them changed replaces it; the
 * tables live as long as the session.
 */
final class OrcTables {
  private static final int BATCH_ROWS = 4096;
  private final DuckDBConnection connection;
  private final BufferAllocator allocator;
  private final RowBatchEncoder encoder;
  private final String namePrefix;
  private final Consumer<String> dropTable;
  /** By files, schema and case sensitivity: the files' sizes and times when loaded, and the table. */
  private final Map<String, Loaded> tables = new HashMap<>();
  private long loads;

  OrcTables(DuckDBConnection connection, BufferAllocator allocator, String namePrefix, Consumer<String> dropTable) {
    this.connection = connection;
    this.allocator = allocator;
    this.encoder = new RowBatchEncoder(allocator);
    this.namePrefix = namePrefix;
    this.dropTable = dropTable;
  }

  /** The table of {@code files}' rows as {@code read} says: the schema's columns, then the file's path. */
  synchronized OrcRead.Table load(List<String> files, OrcRead read, String fileKey) {
    StructType schema = read.schema();
    String key = String.join("\n", files) + '\n' + read.key();
    Loaded known = tables.get(key);
    if (known != null && known.fileKey().equals(fileKey)) {
      return known.table();
    }
    if (known != null) {
      // the files changed since: their old rows are not read again
      tables.remove(key);
      dropTable.accept(known.table().name());
    }
    String table = namePrefix + (++loads);
    StructType stored = stored(schema);
    List<StructField> withFile = new ArrayList<>(stored.fields());
    withFile.add(new StructField("file", AtomicType.STRING, true));
    StructType tableSchema = new StructType(withFile);
    List<byte[]> streams = new ArrayList<>();
    java.util.Optional<String> unreadable = java.util.Optional.empty();
    try {
      for (String file : files) {
        try {
          OrcRowReader.read(Path.of(file), read, BATCH_ROWS, rows -> streams.add(encoder.encodeBatch(tableSchema,
              withFile(rows, file), "UTC").data()));
        } catch (IOException | RuntimeException e) {
          // Spark fails the scan when it reaches the file: its row, holding only its name, fails the query
          unreadable = java.util.Optional.of(file);
          Object[] marker = new Object[withFile.size()];
          marker[withFile.size() - 1] = file;
          streams.add(encoder.encodeBatch(tableSchema, List.<Object[]>of(marker), "UTC").data());
          break;
        }
      }
      if (streams.isEmpty()) {
        streams.add(encoder.encodeBatch(tableSchema, List.of(), "UTC").data());
      }
      ArrowTables.create(connection, allocator, table, streams, withFile.size());
    } catch (IOException | SQLException | RuntimeException e) {
      dropTable.accept(table);
      throw SparkErrors.internal("Could not load ORC files into the engine: " + e.getMessage());
    }
    OrcRead.Table loaded = new OrcRead.Table(table, unreadable);
    tables.put(key, new Loaded(fileKey, loaded));
    return loaded;
  }

  private static List<Object[]> withFile(List<Object[]> rows, String file) {
    List<Object[]> withPath = new ArrayList<>(rows.size());
    for (Object[] row : rows) {
      Object[] values = java.util.Arrays.copyOf(row, row.length + 1);
      values[row.length] = file;
      withPath.add(values);
    }
    return withPath;
  }

  private record Loaded(String fileKey, OrcRead.Table table) {
  }

  /** The schema as the engine stores its values: intervals as microseconds and months. */
  private static StructType stored(StructType schema) {
    return new StructType(schema.fields().stream()
        .map(field -> new StructField(field.name(), stored(field.dataType()), field.nullable())).toList());
  }

  private static DataType stored(DataType type) {
    if (type instanceof DayTimeIntervalType) {
      return AtomicType.LONG;
    }
    if (type instanceof YearMonthIntervalType) {
      return AtomicType.INTEGER;
    }
    if (type instanceof ArrayType array) {
      return new ArrayType(stored(array.elementType()), array.containsNull());
    }
    if (type instanceof MapType map) {
      return new MapType(stored(map.keyType()), stored(map.valueType()), map.valueContainsNull());
    }
    return type instanceof StructType struct ? stored(struct) : type;
  }
}
