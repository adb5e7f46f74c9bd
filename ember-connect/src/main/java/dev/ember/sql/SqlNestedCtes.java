package dev.ember.sql;

import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import dev.ember.plan.logical.LogicalPlan;
import java.util.Deque;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.catalyst.parser.SqlBaseParser;

/**
 * {@code spark.sql.legacy.ctePrecedencePolicy=EXCEPTION}: a WITH at the start of a nested query (a CTE's definition,
 * a subquery in an expression) may not name a CTE as an outer one in scope — Spark's AMBIGUOUS_ALIAS_IN_NESTED_CTE.
 */
final class SqlNestedCtes {
  private SqlNestedCtes() {
  }

  static void requireNoClash(SqlBaseParser.CtesContext ctes, Deque<Map<String, LogicalPlan>> outer) {
    for (SqlBaseParser.NamedQueryContext named : ctes.namedQuery()) {
      String name = named.name.getText();
      if (outer.stream().anyMatch(scope -> scope.containsKey(name.toLowerCase(Locale.ROOT)))) {
        throw new EmberException(ErrorKind.ANALYSIS, "AMBIGUOUS_ALIAS_IN_NESTED_CTE", "42KD0", "Name `" + name
            + "` is ambiguous in nested CTE. Please set \"spark.sql.legacy.ctePrecedencePolicy\" to \"CORRECTED\" so "
            + "that name defined in inner CTE takes precedence. If set it to \"LEGACY\", outer CTE definitions will "
            + "take precedence. See 'https://spark.apache.org/docs/latest/sql-migration-guide.html#query-engine'.",
            Map.of("name", "`" + name + "`", "config", "\"spark.sql.legacy.ctePrecedencePolicy\"",
                "docroot", "https://spark.apache.org/docs/latest"));
      }
    }
  }
}
