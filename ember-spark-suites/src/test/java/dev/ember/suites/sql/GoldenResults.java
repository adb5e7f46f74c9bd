package dev.ember.suites.sql;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A {@code .sql.out} file: per query its SQL, schema ({@code struct<...>}) and output — rows as Spark's
 * {@code HiveResult} strings, or an exception class and the error's JSON ({@code errorClass},
 * {@code sqlState}), which is what is compared rather than the message.
 */
final class GoldenResults {
  private static final Pattern ERROR_CLASS = Pattern.compile("\"errorClass\" : \"([^\"]*)\"");
  private static final Pattern SQL_STATE = Pattern.compile("\"sqlState\" : \"([^\"]*)\"");

  private GoldenResults() {
  }

  /** One query's expected result. */
  record Expected(String sql, String schema, String output) {
    boolean isError() {
      return schema.equals("struct<>") && !output.isEmpty() && output.lines().findFirst()
          .map(line -> line.matches("[a-zA-Z_$][\\w$.]*(Exception|Error)")).orElse(false);
    }

    String exceptionClass() {
      return output.lines().findFirst().orElse("");
    }

    Optional<String> errorClass() {
      Matcher matcher = ERROR_CLASS.matcher(output);
      return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }

    Optional<String> sqlState() {
      Matcher matcher = SQL_STATE.matcher(output);
      return matcher.find() ? Optional.of(matcher.group(1)) : Optional.empty();
    }
  }

  /** The queries of a results file, in order. */
  static List<Expected> parse(String text) {
    String[] segments = text.split("-- !query.*\n", -1);
    List<Expected> expected = new ArrayList<>();
    for (int i = 1; i + 2 < segments.length; i += 3) {
      expected.add(new Expected(segments[i].trim(), segments[i + 1].trim(), segments[i + 2].trim()));
    }
    return expected;
  }
}
