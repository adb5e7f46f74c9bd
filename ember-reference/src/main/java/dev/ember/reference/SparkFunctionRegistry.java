package dev.ember.reference;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.catalog.Function;

/**
 * Writes Spark 4.2.0's built-in functions as {@code spark.catalog().listFunctions()} describes them in a session
 * without functions of its own: one line per function, {@code name TAB className TAB description}, in Spark's
 * order; a tab, newline or backslash of a description is written {@code \t}, {@code \n}, {@code \\}, a missing
 * value {@code \N}.
 */
final class SparkFunctionRegistry {
  private SparkFunctionRegistry() {
  }

  static void write(SparkSession spark, Path file) throws Exception {
    List<String> lines = new ArrayList<>();
    for (Function function : spark.newSession().catalog().listFunctions("default").collectAsList()) {
      if (!function.isTemporary()) {
        continue;
      }
      lines.add(escape(function.name()) + "\t" + escape(function.className()) + "\t"
          + escape(function.description()));
    }
    Files.writeString(file, String.join("\n", lines) + "\n", StandardCharsets.UTF_8);
    System.out.println("wrote " + lines.size() + " built-in functions to " + file);
  }

  private static String escape(String text) {
    if (text == null) {
      return "\\N";
    }
    return text.replace("\\", "\\\\").replace("\t", "\\t").replace("\n", "\\n").replace("\r", "\\r");
  }
}
