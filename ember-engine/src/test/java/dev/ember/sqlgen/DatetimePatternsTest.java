package dev.ember.sqlgen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ember.plan.errors.EmberException;
import org.junit.jupiter.api.Test;

class DatetimePatternsTest {
  @Test
  void numericFieldsKeepTheirPaddingWhenFormatting() {
    assertThat(DatetimePatterns.forFormatting("yyyy-MM-dd HH:mm:ss")).isEqualTo("%Y-%m-%d %H:%M:%S");
    assertThat(DatetimePatterns.forFormatting("yy.M.d")).isEqualTo("%y.%-m.%-d");
    assertThat(DatetimePatterns.forFormatting("h a")).isEqualTo("%-I %p");
    assertThat(DatetimePatterns.forFormatting("D DDD")).isEqualTo("%-j %j");
  }

  @Test
  void parsingAcceptsOneOrTwoDigitsForEveryNumericField() {
    assertThat(DatetimePatterns.forParsing("d/M/yyyy H:m")).isEqualTo("%d/%m/%Y %H:%M");
    assertThat(DatetimePatterns.forParsing("dd/MM/yyyy hh:mm a")).isEqualTo("%d/%m/%Y %I:%M %p");
  }

  @Test
  void namesAndFractions() {
    assertThat(DatetimePatterns.forFormatting("MMM MMMM EEE EEEE")).isEqualTo("%b %B %a %A");
    assertThat(DatetimePatterns.forFormatting("HH:mm:ss.SSS")).isEqualTo("%H:%M:%S.%g");
    assertThat(DatetimePatterns.forFormatting("ss.SSSSSS")).isEqualTo("%S.%f");
  }

  @Test
  void quotedTextAndPercentSignsStandForThemselves() {
    assertThat(DatetimePatterns.forFormatting("yyyy-MM-dd'T'HH:mm")).isEqualTo("%Y-%m-%dT%H:%M");
    assertThat(DatetimePatterns.forFormatting("'day' D 'of' yyyy")).isEqualTo("day %-j of %Y");
    assertThat(DatetimePatterns.forFormatting("''yy''")).isEqualTo("'%y'");
    assertThat(DatetimePatterns.forFormatting("d'%'")).isEqualTo("%-d%%");
    assertThat(DatetimePatterns.forFormatting("100% d")).isEqualTo("100%% %-d");
  }

  @Test
  void lettersSparkRefusesGiveSparksErrors() {
    assertThatThrownBy(() -> DatetimePatterns.forFormatting("yyyy-MM-dd A"))
        .isInstanceOf(EmberException.class)
        .hasFieldOrPropertyWithValue("errorClass", "INVALID_DATETIME_PATTERN.ILLEGAL_CHARACTER");
    assertThatThrownBy(() -> DatetimePatterns.forFormatting("YYYY-ww"))
        .hasFieldOrPropertyWithValue("errorClass", "INCONSISTENT_BEHAVIOR_CROSS_VERSION.DATETIME_PATTERN_RECOGNITION");
    assertThatThrownBy(() -> DatetimePatterns.forParsing("yyyy b"))
        .hasFieldOrPropertyWithValue("errorClass", "INVALID_DATETIME_PATTERN.WITH_SUGGESTION");
    assertThatThrownBy(() -> DatetimePatterns.forFormatting("yyyy 'open"))
        .hasFieldOrPropertyWithValue("errorClass", "INVALID_DATETIME_PATTERN.WITH_SUGGESTION");
  }

  @Test
  void lettersDuckDbCannotExpressAreUnsupportedNotPassedThrough() {
    assertThatThrownBy(() -> DatetimePatterns.forFormatting("yyyy Q"))
        .hasFieldOrPropertyWithValue("errorClass", "UNSUPPORTED_CALL.WITHOUT_SUGGESTION");
    assertThatThrownBy(() -> DatetimePatterns.forFormatting("ss.SS"))
        .hasFieldOrPropertyWithValue("errorClass", "UNSUPPORTED_CALL.WITHOUT_SUGGESTION");
  }
}
