package dev.ember.sql;

import dev.ember.plan.expressions.UnresolvedRegex;
import java.util.List;
import java.util.OptionalLong;
import org.antlr.v4.runtime.ParserRuleContext;
import org.apache.spark.sql.catalyst.parser.SqlBaseParser;

/**
 * Spark's quoted regex column names ({@code spark.sql.parser.quotedRegexColumnNames}): inside a select-list item, a
 * back-quoted name holding anything but letters, digits and underscores ({@code `(a|b)?+.+`}, {@code t.`(key)?+.+`})
 * selects every column whose name the regular expression matches, as {@code Dataset.colRegex} does.
 */
final class SqlColumnRegexes {
  private SqlColumnRegexes() {
  }

  /** Whether the column reference is such a regex: back-quoted, not a plain identifier, in a select-list item. */
  static boolean applies(SqlBaseParser.ColumnReferenceContext column) {
    return applies(column, column.identifier());
  }

  static boolean applies(ParserRuleContext context, SqlBaseParser.IdentifierContext name) {
    String written = name.getStart().getText();
    return written.length() > 2 && written.startsWith("`") && written.endsWith("`")
        && isRegex(written.substring(1, written.length() - 1)) && inSelectItem(context);
  }

  /** The regex of a back-quoted name, over the columns of {@code target} (a table alias) or of every input. */
  static UnresolvedRegex regex(String quoted, List<String> target) {
    String pattern = quoted.substring(1, quoted.length() - 1).replace("``", "`");
    return new UnresolvedRegex(pattern, target, OptionalLong.empty());
  }

  private static boolean isRegex(String pattern) {
    return pattern.chars().anyMatch(c -> !Character.isLetterOrDigit(c) && c != '_');
  }

  private static boolean inSelectItem(ParserRuleContext context) {
    for (ParserRuleContext parent = context.getParent(); parent != null; parent = parent.getParent()) {
      if (parent instanceof SqlBaseParser.NamedExpressionContext) {
        return true;
      }
    }
    return false;
  }
}
