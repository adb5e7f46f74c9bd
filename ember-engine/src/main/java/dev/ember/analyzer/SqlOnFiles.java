package dev.ember.analyzer;

import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import dev.ember.plan.logical.DataSourceRead;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Spark's ResolveSQLOnFile: a table name {@code format.`path`} that names no table or view reads the files at the
 * path in that format ({@code SELECT * FROM parquet.`/data/t`}), as {@code spark.read.format(format).load(path)};
 * an empty path is INVALID_EMPTY_LOCATION.
 */
final class SqlOnFiles {
  private static final Set<String> FORMATS = Set.of("parquet", "orc", "csv", "json", "text");

  private SqlOnFiles() {
  }

  static Optional<DataSourceRead> read(List<String> nameParts) {
    if (nameParts.size() != 2 || !FORMATS.contains(nameParts.get(0).toLowerCase(Locale.ROOT))) {
      return Optional.empty();
    }
    String path = nameParts.get(1);
    if (path.isEmpty()) {
      throw new EmberException(ErrorKind.ANALYSIS, "INVALID_EMPTY_LOCATION", "42K05",
          "The location name cannot be empty string, but `` was given.", Map.of("location", ""));
    }
    return Optional.of(new DataSourceRead(nameParts.get(0).toLowerCase(Locale.ROOT), List.of(path), Map.of(),
        Optional.empty()));
  }
}
