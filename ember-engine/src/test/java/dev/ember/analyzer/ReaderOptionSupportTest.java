package dev.ember.analyzer;

import static org.assertj.core.api.Assertions.assertThatCode;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ember.plan.errors.EmberException;
import dev.ember.plan.resolved.FileFormat;
import java.util.Map;
import org.junit.jupiter.api.Test;

class ReaderOptionSupportTest {
  @Test
  void anOptionThatWouldChangeTheResultIsRefused() {
    assertThatThrownBy(() -> ReaderOptionSupport.check(FileFormat.CSV, Map.of("ignoreleadingwhitespace", "true")))
        .isInstanceOf(EmberException.class)
        .hasMessageContaining("UNSUPPORTED_CALL")
        .hasMessageContaining("option(\"ignoreleadingwhitespace\", \"true\")");
    assertThatThrownBy(() -> ReaderOptionSupport.check(FileFormat.PARQUET, Map.of("int96rebasemode", "LEGACY")))
        .isInstanceOf(EmberException.class);
  }

  @Test
  void defaultsHonouredAndUnknownOptionsPass() {
    assertThatCode(() -> ReaderOptionSupport.check(FileFormat.CSV, Map.of("ignoreleadingwhitespace", "false",
        "header", "true", "recursivefilelookup", "true", "nosuchoption", "x"))).doesNotThrowAnyException();
    assertThatCode(() -> ReaderOptionSupport.check(FileFormat.JSON, Map.of("mode", "permissive")))
        .doesNotThrowAnyException();
  }

  @Test
  void everyFormatHasItsOptions() {
    for (FileFormat format : FileFormat.values()) {
      assertThatCode(() -> ReaderOptionSupport.check(format, Map.of("mergeschema", "false", "nosuchoption", "x")))
          .doesNotThrowAnyException();
    }
    assertThatCode(() -> ReaderOptionSupport.check(FileFormat.ORC, Map.of("mergeschema", "true")))
        .doesNotThrowAnyException();
    assertThatCode(() -> ReaderOptionSupport.check(FileFormat.PARQUET, Map.of("mergeschema", "true")))
        .doesNotThrowAnyException();
  }
}
