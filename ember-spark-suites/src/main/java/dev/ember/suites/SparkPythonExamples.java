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
 * Spark's Python SQL examples ({@code examples/src/main/python/sql} of the {@code pyspark} 4.2.0 package) as a
 * section of the report and a row of its totals: {@code python/examples/expected/<example>.out} holds what each
 * printed on real Spark Connect 4.2.0, ending with {@code EXIT <code>} and, for a failure, {@code ERROR <exception>}
 * (python/bin/spark-examples-record); an example that fails there is not applicable. {@code
 * python/tests/test_spark_examples.py} (the default Python tests) runs each unchanged on Ember: the same output unless
 * {@code known-differences.txt} lists it ({@code <example> <kind> <reason>}, kind {@code order}: the same rows in
 * another order, checked to give the same rows, or {@code differs}, checked to still differ); so the figures follow
 * from the files.
 */
final class SparkPythonExamples {
  static final String TITLE = "Spark's Python SQL examples";

  /** An example's outcome on Spark Connect: {@code reason} is empty when it ran to its end (applicable). */
  private record Example(String name, String reason) {
    boolean applicable() {
      return reason.isEmpty();
    }
  }

  private record Difference(String kind, String reason) {
  }

  private final List<Example> examples;
  private final Map<String, Difference> knownDifferences;

  private SparkPythonExamples(List<Example> examples, Map<String, Difference> knownDifferences) {
    this.examples = examples;
    this.knownDifferences = knownDifferences;
  }

  /** The examples recorded under {@code examples/expected}; null without that directory. */
  static SparkPythonExamples read(Path examples) {
    Path expected = examples.resolve("expected");
    if (!Files.isDirectory(expected)) {
      return null;
    }
    try (Stream<Path> files = Files.walk(expected)) {
      List<Example> recorded = files.filter(file -> file.toString().endsWith(".out")).sorted()
          .map(file -> example(expected, file)).toList();
      Map<String, Difference> known = new TreeMap<>();
      Path list = examples.resolve("known-differences.txt");
      for (String line : Files.exists(list) ? Files.readAllLines(list, StandardCharsets.UTF_8) : List.<String>of()) {
        String[] fields = line.strip().split("\\s+", 3);
        if (!line.isBlank() && !line.strip().startsWith("#")) {
          known.put(fields[0], new Difference(fields.length > 1 ? fields[1] : "", fields.length > 2 ? fields[2] : ""));
        }
      }
      return new SparkPythonExamples(recorded, known);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static Example example(Path expected, Path file) {
    String name = expected.relativize(file).toString().replace('\\', '/').replaceFirst("\\.out$", "");
    try {
      List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
      String exit = lines.stream().filter(line -> line.startsWith("EXIT ")).reduce((first, last) -> last).orElse("");
      String error = lines.stream().filter(line -> line.startsWith("ERROR ")).reduce((first, last) -> last)
          .map(line -> line.substring("ERROR ".length())).orElse("");
      if (exit.equals("EXIT 0")) {
        return new Example(name, "");
      }
      return new Example(name, error.isEmpty() ? "exits with its usage (" + exit.toLowerCase()
          + "): needs command-line arguments (a server to read from or write to)" : "`" + error + "`");
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  int examples() {
    return examples.size();
  }

  int applicable() {
    return (int) examples.stream().filter(Example::applicable).count();
  }

  /** The applicable examples that give Spark Connect's output on Ember (those not listed as known differences). */
  int sameOutput() {
    return (int) examples.stream().filter(example -> example.applicable()
        && !knownDifferences.containsKey(example.name())).count();
  }

  int sameRowsInAnotherOrder() {
    return (int) examples.stream().filter(example -> example.applicable() && "order".equals(
        knownDifferences.getOrDefault(example.name(), new Difference("", "")).kind())).count();
  }

  /** The row of the README's totals. */
  String totalsRow() {
    return "| " + TITLE + " | " + examples() + " | " + applicable() + " | " + sameOutput() + " / " + applicable()
        + " (" + (applicable() == 0 ? 0 : sameOutput() * 100 / applicable()) + "%) |\n";
  }

  String markdown() {
    StringBuilder text = new StringBuilder();
    text.append("## ").append(TITLE).append("\n\n")
        .append("Spark's examples `examples/src/main/python/sql/*.py` and `sql/streaming/*.py`, read from the full\n")
        .append("`pyspark` 4.2.0 package and run unchanged as scripts (`SPARK_REMOTE` names the server; NumPy's and\n")
        .append("Python's random generators seeded), their output recorded on real Spark Connect 4.2.0\n")
        .append("(`python/bin/spark-examples-record`) and compared on Ember by the default Python tests\n")
        .append("(`python/tests/test_spark_examples.py`). One that fails on Spark Connect is not applicable (it is\n")
        .append("still run: Ember must fail the same way). A known difference (`python/examples/known-differences.txt`)\n")
        .append("is checked as listed: the same rows in another order, or still different.\n\n")
        .append("| examples | run on Spark Connect | same output on Ember | same rows in another order |\n")
        .append("|---:|---:|---:|---:|\n")
        .append("| ").append(examples()).append(" | ").append(applicable()).append(" | ").append(sameOutput())
        .append(" / ").append(applicable()).append(" | ").append(sameRowsInAnotherOrder()).append(" |\n\n")
        .append("| example | on Spark Connect | on Ember |\n|---|---|---|\n");
    for (Example example : examples) {
      Difference difference = knownDifferences.get(example.name());
      String onEmber;
      if (difference == null) {
        onEmber = example.applicable() ? "same output" : "the same failure";
      } else {
        onEmber = ("order".equals(difference.kind()) ? "same rows in another order: " : "differs: ")
            + difference.reason();
      }
      text.append("| ").append(example.name()).append(" | ")
          .append(example.applicable() ? "runs" : "not applicable: " + example.reason()).append(" | ")
          .append(onEmber.replace("|", "\\|")).append(" |\n");
    }
    return text.append('\n').toString();
  }
}
