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

  @Test
  void duckDbOutOfMemoryIsSparksUnableToAcquireMemory() {
    EmberException error = DuckDbErrors.translate("Out of Memory Error: failed to allocate data of size 16.0 MiB "
        + "(48.1 MiB/61.0 MiB used)", "SELECT 1");
    assertThat(error.errorClass()).isEqualTo("UNABLE_TO_ACQUIRE_MEMORY");
    assertThat(error.sqlState()).isEqualTo("53200");
    assertThat(error.messageParameters()).containsEntry("requestedBytes", "16777216")
        .containsEntry("receivedBytes", "0");
    assertThat(error.getMessage())
        .isEqualTo("[UNABLE_TO_ACQUIRE_MEMORY] Unable to acquire 16777216 bytes of memory, got 0. SQLSTATE: 53200")
        .doesNotContain("DuckDB");
    EmberException unsized = DuckDbErrors.translate("Out of Memory Error: Allocation failure", "SELECT 1");
    assertThat(unsized.errorClass()).isEqualTo("UNABLE_TO_ACQUIRE_MEMORY");
  }
}
