package dev.ember.engine.functions;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.duckdb.DuckDBColumnType;

/**
 * input_file_name's URI ({@code file:///dir/file.csv}, encoded as java.net.URI encodes a path, as Spark
 * shows it) and input_file_block_length's size of the file, from the path DuckDB's reader gives.
 */
public final class InputFileFunctions {
  static final JavaFunction URI = JavaFunction.of("ember_file_uri", List.of(DuckDBColumnType.VARCHAR),
      DuckDBColumnType.VARCHAR, arguments -> arguments[0] == null ? ""
          : Path.of((String) arguments[0]).toAbsolutePath().toUri().toString());
  static final JavaFunction SIZE = JavaFunction.of("ember_file_size", List.of(DuckDBColumnType.VARCHAR),
      DuckDBColumnType.BIGINT, arguments -> arguments[0] == null ? -1L : size((String) arguments[0]));

  /** The file's URI as Hadoop's Path prints it ({@code file:/dir/file.csv}), as Spark's {@code _metadata.file_path}. */
  static final JavaFunction PATH = JavaFunction.of("ember_file_path", List.of(DuckDBColumnType.VARCHAR),
      DuckDBColumnType.VARCHAR, arguments -> hadoopUri((String) arguments[0]));
  /** The last segment of the file's URI, as Spark's {@code _metadata.file_name}. */
  static final JavaFunction NAME = JavaFunction.of("ember_file_name", List.of(DuckDBColumnType.VARCHAR),
      DuckDBColumnType.VARCHAR, arguments -> {
        String uri = Path.of((String) arguments[0]).toAbsolutePath().toUri().toString();
        return uri.substring(uri.lastIndexOf('/') + 1);
      });
  /** The file's modification time in microseconds since the epoch ({@code _metadata.file_modification_time}). */
  static final JavaFunction MODIFIED_MICROS = JavaFunction.of("ember_file_modified_micros",
      List.of(DuckDBColumnType.VARCHAR), DuckDBColumnType.BIGINT, arguments -> modifiedMicros((String) arguments[0]));

  private InputFileFunctions() {
  }

  private static String hadoopUri(String path) {
    try {
      return new java.net.URI("file", null, Path.of(path).toAbsolutePath().toString(), null).toString();
    } catch (java.net.URISyntaxException unexpected) {
      throw new IllegalArgumentException("no URI for the path " + path, unexpected);
    }
  }

  private static long modifiedMicros(String path) {
    try {
      return Files.getLastModifiedTime(Path.of(path)).to(java.util.concurrent.TimeUnit.MICROSECONDS);
    } catch (IOException gone) {
      return 0L;
    }
  }

  private static long size(String path) {
    try {
      return Files.size(Path.of(path));
    } catch (IOException gone) {
      return -1L;
    }
  }
}
