package dev.ember.engine.functions;

import com.univocity.parsers.csv.CsvParser;
import com.univocity.parsers.csv.CsvParserSettings;
import com.univocity.parsers.csv.UnescapedQuoteHandling;
import java.util.Locale;
import java.util.Map;

/**
 * Spark's CSV reader options ({@code CSVOptions}, keys in lower case) as univocity's parser settings, configured as
 * Spark's {@code CSVOptions.asParserSettings} configures them, so that a record splits into Spark's fields.
 */
public final class SparkCsvSettings {
  private SparkCsvSettings() {
  }

  /** A parser configured by {@code options}. */
  static CsvParser parser(Map<String, String> options) {
    CsvParserSettings settings = new CsvParserSettings();
    settings.getFormat().setDelimiter(delimiter(options));
    settings.getFormat().setQuote(character(options.get("quote"), '"'));
    settings.getFormat().setQuoteEscape(character(options.get("escape"), '\\'));
    String quoteEscaping = options.get("chartoescapequoteescaping");
    if (quoteEscaping != null && quoteEscaping.length() == 1) {
      settings.getFormat().setCharToEscapeQuoteEscaping(quoteEscaping.charAt(0));
    }
    String lineSeparator = options.get("linesep");
    if (lineSeparator != null && !lineSeparator.isEmpty()) {
      settings.getFormat().setLineSeparator(lineSeparator);
      settings.setNormalizeLineEndingsWithinQuotes(!multiLine(options));
    }
    String comment = options.get("comment");
    if (comment != null && comment.length() == 1) {
      settings.getFormat().setComment(comment.charAt(0));
    } else {
      settings.setCommentProcessingEnabled(false);
    }
    settings.setIgnoreLeadingWhitespaces(flag(options, "ignoreleadingwhitespace"));
    settings.setIgnoreTrailingWhitespaces(flag(options, "ignoretrailingwhitespace"));
    settings.setReadInputOnSeparateThread(false);
    settings.setMaxColumns(Integer.parseInt(options.getOrDefault("maxcolumns", "20480")));
    settings.setNullValue(options.getOrDefault("nullvalue", ""));
    settings.setEmptyValue(options.getOrDefault("emptyvalue", ""));
    settings.setMaxCharsPerColumn(Integer.parseInt(options.getOrDefault("maxcharspercolumn", "-1")));
    settings.setUnescapedQuoteHandling(UnescapedQuoteHandling.valueOf(
        options.getOrDefault("unescapedquotehandling", "STOP_AT_DELIMITER").toUpperCase(Locale.ROOT)));
    settings.setLineSeparatorDetectionEnabled((lineSeparator == null || lineSeparator.isEmpty()) && multiLine(options));
    settings.setErrorContentLength(1000);
    return new CsvParser(settings);
  }

  static boolean multiLine(Map<String, String> options) {
    return flag(options, "multiline");
  }

  static boolean flag(Map<String, String> options, String key) {
    return Boolean.parseBoolean(options.getOrDefault(key, "false"));
  }

  /** The comment character, when the options set one ({@code '\0'} otherwise). */
  static char comment(Map<String, String> options) {
    String comment = options.get("comment");
    return comment != null && comment.length() == 1 ? comment.charAt(0) : '\0';
  }

  /** Spark's {@code getChar}: the default when absent, {@code '\0'} (none) when empty. */
  private static char character(String value, char fallback) {
    if (value == null) {
      return fallback;
    }
    return value.isEmpty() ? '\0' : value.charAt(0);
  }

  /** The separator the options ask for ({@code sep} or {@code delimiter}); empty, univocity refuses it. */
  public static String delimiter(Map<String, String> options) {
    return delimiter(options.getOrDefault("sep", options.getOrDefault("delimiter", ",")));
  }

  /** Spark's {@code CSVExprUtils.toDelimiterStr}: backslash escapes read as the characters they name. */
  private static String delimiter(String text) {
    StringBuilder delimiter = new StringBuilder();
    int index = 0;
    while (index < text.length()) {
      char current = text.charAt(index);
      if (current == '\\' && index + 1 < text.length()) {
        if (text.startsWith("\\u0000", index)) {
          delimiter.append('\0');
          index += 6;
          continue;
        }
        char next = text.charAt(index + 1);
        delimiter.append(switch (next) {
          case 't' -> '\t';
          case 'r' -> '\r';
          case 'b' -> '\b';
          case 'f' -> '\f';
          default -> next;
        });
        index += 2;
      } else {
        delimiter.append(current);
        index++;
      }
    }
    return delimiter.toString();
  }
}
