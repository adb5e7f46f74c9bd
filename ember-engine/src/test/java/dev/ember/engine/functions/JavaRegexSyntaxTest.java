package dev.ember.engine.functions;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class JavaRegexSyntaxTest {
  @Test
  void javaUtilRegexDecidesWhichPatternsAreValid() {
    assertThat(JavaRegexSyntax.valid("(\\d+)-(\\d+)")).isTrue();
    assertThat(JavaRegexSyntax.valid("(?=[^ ]*[a-z])[^ ]+")).isTrue(); // look-ahead: Java's, not RE2's
    assertThat(JavaRegexSyntax.valid("], [")).isFalse();
    assertThat(JavaRegexSyntax.valid(") ?")).isFalse();
  }
}
