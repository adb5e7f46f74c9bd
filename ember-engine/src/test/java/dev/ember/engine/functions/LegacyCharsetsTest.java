package dev.ember.engine.functions;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.junit.jupiter.api.Test;

/** encode / decode under Spark's legacy charset confs (string-functions.sql's answers). */
class LegacyCharsetsTest {
  @Test
  void javaCharsetsTakeAnyCharsetTheJvmKnows() {
    assertThat(LegacyCharsets.encode("hello", "WINDOWS-1252", true, false)).isEqualTo("68656C6C6F");
    assertThat(LegacyCharsets.decode("68656C6C6F", "WINDOWS-1252", true, false)).isEqualTo("hello");
    assertThatThrownBy(() -> LegacyCharsets.encode("hello", "WINDOWS-1252", false, true))
        .hasMessageContaining("INVALID_CHARSET");
    assertThatThrownBy(() -> LegacyCharsets.encode("hello", "Windows-xxx", true, false))
        .hasMessageContaining("INVALID_CHARSET");
  }

  @Test
  void theLegacyErrorActionReplacesWhatTheCharsetCannotHold() {
    assertThat(LegacyCharsets.encode("渭城", "US-ASCII", false, true)).isEqualTo("3F3F");
    assertThat(LegacyCharsets.decode("E58A9D", "US-ASCII", false, true)).isEqualTo("\uFFFD\uFFFD\uFFFD");
    assertThatThrownBy(() -> LegacyCharsets.encode("渭城", "US-ASCII", true, false))
        .hasMessageContaining("MALFORMED_CHARACTER_CODING");
  }
}
