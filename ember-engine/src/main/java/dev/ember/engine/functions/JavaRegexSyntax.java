package dev.ember.engine.functions;

import java.util.List;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.duckdb.DuckDBColumnType;

/**
 * {@code ember_regex_valid(pattern)}: whether java.util.regex (Spark's regular expressions) compiles a pattern that
 * comes from the data, so that one it refuses is Spark's INVALID_PARAMETER_VALUE.PATTERN rather than RE2's error.
 */
final class JavaRegexSyntax {
  static final JavaFunction VALID = JavaFunction.of("ember_regex_valid", List.of(DuckDBColumnType.VARCHAR),
      DuckDBColumnType.BOOLEAN, arguments -> arguments[0] == null ? null : valid((String) arguments[0]));

  private JavaRegexSyntax() {
  }

  static boolean valid(String pattern) {
    try {
      Pattern.compile(pattern);
      return true;
    } catch (PatternSyntaxException malformed) {
      return false;
    }
  }
}
