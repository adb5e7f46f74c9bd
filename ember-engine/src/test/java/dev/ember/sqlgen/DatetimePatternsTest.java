package dev.ember.sqlgen;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ember.plan.errors.EmberException;
import java.util.List;
import org.junit.jupiter.api.Test;

class DatetimePatternsTest {
  /** The strftime text of a pattern without fractions of a second. */
  private static String format(String pattern) {
    List<DatetimePatterns.FormatPart> parts = DatetimePatterns.forFormatting(pattern);
    assertThat(parts).hasSize(1);
    return parts.get(0).strftime();
  }

  @Test
  void numericFieldsKeepTheirPaddingWhenFormatting() {
    assertThat(format("yyyy-MM-dd HH:mm:ss")).isEqualTo("%Y-%m-%d %H:%M:%S");
    assertThat(format("yy.M.d")).isEqualTo("%y.%-m.%-d");
    assertThat(format("h a")).isEqualTo("%-I %p");
    assertThat(format("D DDD")).isEqualTo("%-j %j");
  }

  @Test
  void parsingAcceptsOneOrTwoDigitsForEveryNumericField() {
    assertThat(DatetimePatterns.forParsing("d/M/yyyy H:m")).isEqualTo("%d/%m/%Y %H:%M");
    assertThat(DatetimePatterns.forParsing("dd/MM/yyyy hh:mm a")).isEqualTo("%d/%m/%Y %I:%M %p");
  }

  @Test
  void namesAndFractions() {
    assertThat(format("MMM MMMM EEE EEEE")).isEqualTo("%b %B %a %A");
    assertThat(DatetimePatterns.forFormatting("HH:mm:ss.SSS")).containsExactly(
        new DatetimePatterns.FormatPart("%H:%M:%S.", 0), new DatetimePatterns.FormatPart("", 3));
    assertThat(DatetimePatterns.forFormatting("S")).containsExactly(new DatetimePatterns.FormatPart("", 1));
    assertThat(DatetimePatterns.forParsing("HH:mm:ss.SSS")).isEqualTo("%H:%M:%S.%g");
    assertThat(DatetimePatterns.forParsing("ss.SSSSSS")).isEqualTo("%S.%f");
  }

  @Test
  void parsingRegexRequiresSparksFieldWidths() {
    assertThat(DatetimePatterns.parsingRegex("yyyy-MM-dd", false)).isEqualTo("^\\d{4,10}\\Q-\\E\\d{2}\\Q-\\E\\d{2}$");
    assertThat(DatetimePatterns.parsingRegex("d/M/yy", false)).isEqualTo("^\\d{1,2}\\Q/\\E\\d{1,2}\\Q/\\E\\d{2}$");
    assertThat(DatetimePatterns.parsingRegex("MMM 'of' a", false))
        .isEqualTo("^[A-Za-z]+\\Q \\E\\Qof\\E\\Q \\E[AaPp][Mm]$");
  }

  @Test
  void quotedTextAndPercentSignsStandForThemselves() {
    assertThat(format("yyyy-MM-dd'T'HH:mm")).isEqualTo("%Y-%m-%dT%H:%M");
    assertThat(format("'day' D 'of' yyyy")).isEqualTo("day %-j of %Y");
    assertThat(format("''yy''")).isEqualTo("'%y'");
    assertThat(format("d'%'")).isEqualTo("%-d%%");
    assertThat(format("100% d")).isEqualTo("100%% %-d");
  }

  @Test
  void lettersSparkRefusesGiveSparksErrors() {
    assertThatThrownBy(() -> format("yyyy-MM-dd A"))
        .isInstanceOf(EmberException.class)
        .hasFieldOrPropertyWithValue("errorClass", "INVALID_DATETIME_PATTERN.ILLEGAL_CHARACTER");
    assertThatThrownBy(() -> format("YYYY-ww"))
        .hasFieldOrPropertyWithValue("errorClass", "INCONSISTENT_BEHAVIOR_CROSS_VERSION.DATETIME_PATTERN_RECOGNITION");
    assertThatThrownBy(() -> DatetimePatterns.forParsing("yyyy b"))
        .hasFieldOrPropertyWithValue("errorClass", "INVALID_DATETIME_PATTERN.WITH_SUGGESTION");
    assertThatThrownBy(() -> format("yyyy 'open"))
        .hasFieldOrPropertyWithValue("errorClass", "INVALID_DATETIME_PATTERN.WITH_SUGGESTION");
  }

  @Test
  void lettersDuckDbCannotExpressAreUnsupportedNotPassedThrough() {
    assertThatThrownBy(() -> format("yyyy Q"))
        .hasFieldOrPropertyWithValue("errorClass", "UNSUPPORTED_CALL.WITHOUT_SUGGESTION");
    assertThatThrownBy(() -> DatetimePatterns.forFormatting("DD"))
        .hasFieldOrPropertyWithValue("errorClass", "UNSUPPORTED_CALL.WITHOUT_SUGGESTION");
    assertThatThrownBy(() -> DatetimePatterns.forParsing("ss.SS"))
        .hasFieldOrPropertyWithValue("errorClass", "UNSUPPORTED_CALL.WITHOUT_SUGGESTION");
  }

  @Test
  void tooManyLettersAreRefusedAsSparkRefusesThem() {
    assertThatThrownBy(() -> format("HHH"))
        .hasFieldOrPropertyWithValue("errorClass", "INCONSISTENT_BEHAVIOR_CROSS_VERSION.DATETIME_PATTERN_RECOGNITION");
    assertThatThrownBy(() -> format("qqqqq"))
        .hasFieldOrPropertyWithValue("errorClass", "INVALID_DATETIME_PATTERN.LENGTH");
    assertThatThrownBy(() -> format("xxxxxx"))
        .hasFieldOrPropertyWithValue("errorClass", "INVALID_DATETIME_PATTERN.WITH_SUGGESTION");
    assertThatThrownBy(() -> format("e"))
        .hasFieldOrPropertyWithValue("errorClass", "INCONSISTENT_BEHAVIOR_CROSS_VERSION.DATETIME_WEEK_BASED_PATTERN");
    // SimpleDateFormat (the legacy parser policy) takes any number of a letter
    assertThat(DatetimePatterns.forParsing("dd MMMMM yyyy", true)).isEqualTo("%d %B %Y");
  }

  @Test
  void aReaderReadsNothingWithAPatternNoFormatterTakesButFailsOnOneOnlyTheLegacyFormatterTakes() {
    assertThat(DatetimePatterns.valid("dd/MM/yyyy", true)).isTrue();
    assertThat(DatetimePatterns.valid("yyyy-qqqqqq", true)).isFalse();
    // from_json's timestampFormat: Spark's upgrade error; its timestampNTZFormat: no legacy check, nothing read
    assertThatThrownBy(() -> DatetimePatterns.valid("dd/MMMMM/yyyy", true))
        .hasFieldOrPropertyWithValue("errorClass", "INCONSISTENT_BEHAVIOR_CROSS_VERSION.DATETIME_PATTERN_RECOGNITION");
    assertThat(DatetimePatterns.valid("dd/MMMMM/yyyy", false)).isFalse();
  }

  @Test
  void optionalSectionsAreWrittenWhenFormatting() {
    assertThat(format("HH:mm[:ss]")).isEqualTo("%H:%M:%S");
  }
}
