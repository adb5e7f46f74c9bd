package dev.ember.conformance;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.Dataset;
import scala.Console;
import scala.runtime.AbstractFunction0;
import scala.runtime.BoxedUnit;

/**
 * The text {@code Dataset.explain(mode)} prints (to Scala's console, as both Spark's classic and
 * Connect Datasets do), cut into its {@code == Section ==} parts, with attribute ids masked as
 * Spark's own SQL golden files mask them ({@code #x}).
 */
public final class ExplainSections {
  private static final Pattern HEADER = Pattern.compile("^== (.+) ==$", Pattern.MULTILINE);

  private ExplainSections() {
  }

  public static String capture(Dataset<?> dataset, String mode) {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (PrintStream out = new PrintStream(bytes, true, StandardCharsets.UTF_8)) {
      Console.withOut(out, new AbstractFunction0<BoxedUnit>() {
        @Override
        public BoxedUnit apply() {
          dataset.explain(mode);
          return BoxedUnit.UNIT;
        }
      });
    }
    return bytes.toString(StandardCharsets.UTF_8);
  }

  /** The section's text without its header and trailing blank lines, ids masked. */
  public static String section(String text, String title) {
    Matcher matcher = HEADER.matcher(text);
    while (matcher.find()) {
      if (matcher.group(1).equals(title)) {
        int start = matcher.end() + 1;
        int end = matcher.find() ? matcher.start() : text.length();
        return masked(text.substring(Math.min(start, end), end).stripTrailing());
      }
    }
    return "(no section " + title + ")";
  }

  /** The section titles in order, or the first line when the text has none. */
  public static List<String> headers(String text) {
    List<String> headers = new ArrayList<>();
    Matcher matcher = HEADER.matcher(text);
    while (matcher.find()) {
      headers.add(matcher.group(1));
    }
    if (headers.isEmpty()) {
      headers.add(text.lines().findFirst().orElse(""));
    }
    return headers;
  }

  /**
   * Spark's SQLQueryTestSuite masking (expression and plan ids vary from run to run), and the number of
   * splits of a range, which is the default parallelism of the machine Spark ran on.
   */
  static String masked(String text) {
    return text.replaceAll("#\\d+", "#x").replaceAll("plan_id=\\d+", "plan_id=x")
        .replaceAll("splits=Some\\(\\d+\\)", "splits=Some(n)");
  }
}
