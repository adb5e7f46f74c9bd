package dev.ember.sqlgen;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class SqlLayoutTest {
  @Test
  void clausesOnTheirOwnLinesAndSubqueriesIndented() {
    assertThat(SqlLayout.of("SELECT \"a\" FROM (SELECT 1 AS \"a\" FROM range(3) AS \"q1\") AS \"q2\" WHERE (\"a\" > 0)"))
        .isEqualTo("""
            SELECT "a"
            FROM (
              SELECT 1 AS "a"
              FROM range(3) AS "q1"
            ) AS "q2"
            WHERE ("a" > 0)""");
  }

  @Test
  void quotedTextIsCopiedUnchanged() {
    String sql = "SELECT ' FROM (SELECT x) WHERE ''it''' AS \"odd ( FROM \"\"name\"\"\"";
    assertThat(SqlLayout.of(sql)).isEqualTo(sql);
  }

  @Test
  void onlyWhitespaceChanges() {
    String sql = "WITH \"t\" AS (SELECT 1 AS \"x\") SELECT count(*) FROM \"t\" AS \"a\" GROUP BY \"x\" ORDER BY 1 LIMIT 5";
    assertThat(normalized(SqlLayout.of(sql))).isEqualTo(normalized(sql));
  }

  private static String normalized(String sql) {
    return sql.replaceAll("\\s+", " ").replace("( ", "(").replace(" )", ")");
  }
}
