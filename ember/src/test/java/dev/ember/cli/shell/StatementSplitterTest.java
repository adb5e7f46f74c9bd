package dev.ember.cli.shell;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Semicolons split statements as in spark-sql: not inside quotes or comments, not after a backslash. */
class StatementSplitterTest {
  @Test
  void splitsAtSemicolonsOutsideQuotesAndComments() {
    assertThat(StatementSplitter.split("SELECT 1; SELECT ';' AS s, \"a;b\", `c;d`;\nSELECT 3"))
        .containsExactly("SELECT 1", "SELECT ';' AS s, \"a;b\", `c;d`", "SELECT 3");
    assertThat(StatementSplitter.split("SELECT 1 -- a; comment\n, 2; /* x; /* nested; */ y; */ SELECT 4;"))
        .containsExactly("SELECT 1 -- a; comment\n, 2", "/* x; /* nested; */ y; */ SELECT 4");
    assertThat(StatementSplitter.split("SELECT 'it\\'s;' AS s; SELECT concat('a', '\\;')"))
        .containsExactly("SELECT 'it\\'s;' AS s", "SELECT concat('a', '\\;')");
  }

  @Test
  void dropsEmptyAndCommentOnlyStatementsAndKeepsEscapedSemicolons() {
    assertThat(StatementSplitter.split(";; -- only a comment;\n  ;")).isEmpty();
    assertThat(StatementSplitter.split("SELECT 'a' || 'b'\\; ;")).containsExactly("SELECT 'a' || 'b';");
  }

  @Test
  void aLineEndsAStatementWhenItEndsWithASemicolon() {
    assertThat(StatementSplitter.endsStatement("SELECT 1;  ")).isTrue();
    assertThat(StatementSplitter.endsStatement("SELECT 1")).isFalse();
    assertThat(StatementSplitter.endsStatement("SELECT 1\\;")).isFalse();
  }
}
