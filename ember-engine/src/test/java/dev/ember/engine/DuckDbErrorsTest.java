package dev.ember.engine;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ember.plan.errors.EmberException;
import org.junit.jupiter.api.Test;

class DuckDbErrorsTest {

  @Test
  void aStringTooWideForItsDecimalIsOutOfRangeAsInSpark() {
    EmberException error = DuckDbErrors.translate(
        "Conversion Error: Could not convert string \"12345.678\" to DECIMAL(4,1)", "SELECT 1");
    assertThat(error.errorClass()).isEqualTo("NUMERIC_VALUE_OUT_OF_RANGE.WITH_SUGGESTION");
    assertThat(error.messageParameters()).containsEntry("value", "12345.678").containsEntry("precision", "4")
        .containsEntry("scale", "1");
  }

  @Test
  void aNumberThatRoundsPastItsDecimalIsOutOfRange() {
    EmberException error = DuckDbErrors.translate(
        "Conversion Error: Could not convert string \"999.96\" to DECIMAL(4,1)", "SELECT 1");
    assertThat(error.errorClass()).isEqualTo("NUMERIC_VALUE_OUT_OF_RANGE.WITH_SUGGESTION");
  }

  @Test
  void aMalformedStringIsStillInvalidInput() {
    EmberException error = DuckDbErrors.translate(
        "Conversion Error: Could not convert string \"abc\" to DECIMAL(4,1)", "SELECT 1");
    assertThat(error.errorClass()).isEqualTo("CAST_INVALID_INPUT");
    EmberException integral = DuckDbErrors.translate(
        "Conversion Error: Could not convert string '12345' to INT8", "SELECT 1");
    assertThat(integral.errorClass()).isEqualTo("CAST_INVALID_INPUT");
  }
}
