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

  private InputFileFunctions() {
  }

  private static long size(String path) {
    try {
      return Files.size(Path.of(path));
    } catch (IOException gone) {
      return -1L;
    }
  }
}
