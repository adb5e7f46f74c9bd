package dev.ember.commands;

import dev.ember.engine.EngineSession;
import dev.ember.engine.QueryText;
import dev.ember.engine.orc.OrcRowWriter;
import dev.ember.plan.errors.SparkErrors;
import dev.ember.plan.types.StructType;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.UUID;
import java.util.stream.Stream;

/**
 * ORC files written as Spark writes them. DuckDB writes no ORC: the engine writes the rows as (uncompressed) Parquet
 * files in the write's layout — partition directories, chunks — and each file is then rewritten as ORC in its place,
 * its rows read back through the engine and written with ORC's library ({@link OrcRowWriter}).
 */
final class OrcWrites {
  private static final int BATCH_ROWS = 4096;

  private OrcWrites() {
  }

  /** Rewrites every file under {@code raw} (Parquet files of {@code schema}'s columns) as an ORC file of the name. */
  static void convert(EngineSession session, Path raw, StructType schema, String codec) {
    for (Path file : files(raw)) {
      Path orc = file.resolveSibling(file.getFileName() + ".orc");
      QueryText sql = QueryText.of("SELECT * FROM read_parquet('" + file.toString().replace("'", "''") + "')");
      try (OrcRowWriter writer = OrcRowWriter.create(orc, schema, codec)) {
        session.executeInBatches("write-orc-" + UUID.randomUUID(), sql, schema, BATCH_ROWS, rows -> {
          try {
            writer.add(rows);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
        });
      } catch (IOException | UncheckedIOException e) {
        throw SparkErrors.internal("Could not write ORC file " + file + ": " + e.getMessage());
      }
      try {
        Files.move(orc, file, StandardCopyOption.REPLACE_EXISTING, StandardCopyOption.ATOMIC_MOVE);
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
  }

  private static List<Path> files(Path raw) {
    try (Stream<Path> walk = Files.walk(raw)) {
      return walk.filter(Files::isRegularFile).toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
