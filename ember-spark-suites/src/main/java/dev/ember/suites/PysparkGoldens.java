package dev.ember.suites;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;

/**
 * The golden PySpark programs of {@code python/goldens} (recorded on real PySpark 4.2.0, classic, by
 * {@code python/bin/goldens-record}; run on Ember by {@code python/tests/test_goldens.py}) as a section of the report.
 * The Python test passes every program that is not listed in {@code known-differences.txt} and checks that the
 * listed ones still differ, so the figures follow from the two: programs, and the listed ones with their reasons.
 */
final class PysparkGoldens {
  private final int programs;
  private final Map<String, String> knownDifferences;

  private PysparkGoldens(int programs, Map<String, String> knownDifferences) {
    this.programs = programs;
    this.knownDifferences = knownDifferences;
  }

  /** The programs and known differences under {@code goldens}; null without a programs directory. */
  static PysparkGoldens read(Path goldens) {
    Path programs = goldens.resolve("programs");
    if (!Files.isDirectory(programs)) {
      return null;
    }
    try (Stream<Path> files = Files.walk(programs)) {
      int count = (int) files.filter(file -> file.toString().endsWith(".py")).count();
      Map<String, String> known = new TreeMap<>();
      Path list = goldens.resolve("known-differences.txt");
      List<String> lines = Files.exists(list) ? Files.readAllLines(list, StandardCharsets.UTF_8) : List.of();
      for (String line : lines) {
        String entry = line.strip();
        if (!entry.isEmpty() && !entry.startsWith("#")) {
          int space = entry.indexOf(' ');
          known.put(space < 0 ? entry : entry.substring(0, space), space < 0 ? "" : entry.substring(space + 1).strip());
        }
      }
      return new PysparkGoldens(count, known);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  int programs() {
    return programs;
  }

  int passing() {
    return programs - knownDifferences.size();
  }

  String markdown() {
    StringBuilder text = new StringBuilder();
    text.append("## Golden PySpark programs\n\n")
        .append("User-style PySpark programs (`python/goldens/programs`: DataFrame operations, functions by family, joins,\n")
        .append("windows, aggregations, nulls, types, `spark.sql`, pandas, Python UDFs, readers and writers, catalog, errors)\n")
        .append("whose output real PySpark 4.2.0 (classic, local mode) recorded (`python/bin/goldens-record`), run on Ember\n")
        .append("through `ember.session()` by the default Python tests (`python/tests/test_goldens.py`). A program listed as a\n")
        .append("known difference (`python/goldens/known-differences.txt`) is checked to still differ.\n\n")
        .append("| programs | same output as PySpark classic on Ember | known differences |\n|---:|---:|---:|\n")
        .append("| ").append(programs).append(" | ").append(passing()).append(" / ").append(programs).append(" (")
        .append(programs == 0 ? 0 : passing() * 100 / programs).append("%) | ").append(knownDifferences.size())
        .append(" |\n\n");
    if (!knownDifferences.isEmpty()) {
      text.append("| program | why it differs on Ember |\n|---|---|\n");
      knownDifferences.forEach((name, reason) -> text.append("| ").append(name).append(" | ").append(reason)
          .append(" |\n"));
      text.append('\n');
    }
    return text.toString();
  }
}
