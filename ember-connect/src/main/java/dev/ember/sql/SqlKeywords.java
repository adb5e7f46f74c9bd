package dev.ember.sql;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.regex.Pattern;
import java.util.stream.IntStream;
import org.apache.spark.sql.catalyst.parser.SqlBaseLexer;

/**
 * {@code sql_keywords()}: as Spark's SQLKeywordUtils, every token of the lexer written as a word ({@code 'ADD'}), in
 * alphabetical order, reserved when the parser (with the session's {@code spark.sql.ansi.enforceReservedKeywords})
 * cannot read it as a table name: (keyword, reserved) in order. Worked out once for each setting.
 */
public final class SqlKeywords {
  private static final Pattern WORD = Pattern.compile("'([A-Z_]+)'");
  private static final List<String> KEYWORDS = IntStream.range(0, SqlBaseLexer.VOCABULARY.getMaxTokenType())
      .mapToObj(SqlBaseLexer.VOCABULARY::getLiteralName).filter(Objects::nonNull)
      .map(WORD::matcher).filter(java.util.regex.Matcher::matches).map(matcher -> matcher.group(1)).sorted().toList();
  private static volatile List<Map.Entry<String, Boolean>> lenient;
  private static volatile List<Map.Entry<String, Boolean>> enforced;

  private SqlKeywords() {
  }

  public static List<Map.Entry<String, Boolean>> of(boolean enforceReservedKeywords) {
    if (enforceReservedKeywords) {
      if (enforced == null) {
        enforced = classify(true);
      }
      return enforced;
    }
    if (lenient == null) {
      lenient = classify(false);
    }
    return lenient;
  }

  private static List<Map.Entry<String, Boolean>> classify(boolean enforceReservedKeywords) {
    SqlParserOptions options = new SqlParserOptions(false, false, false, false, false, enforceReservedKeywords,
        false, false, false);
    return KEYWORDS.stream()
        .map(keyword -> Map.entry(keyword, !SqlParser.namesTable(keyword, options))).toList();
  }
}
