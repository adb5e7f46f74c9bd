package dev.ember.engine.functions;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDateTime;
import java.time.ZoneOffset;
import org.junit.jupiter.api.Test;

/** SimpleDateFormat as Spark's legacy parser policy reads and writes datetimes (datetime-legacy.sql's answers). */
class LegacyDatetimeFormattingTest {
  private static final String ZONE = "America/Los_Angeles";

  private static long micros(String local) {
    LocalDateTime time = LocalDateTime.parse(local);
    return time.toEpochSecond(ZoneOffset.UTC) * 1_000_000L + time.getNano() / 1_000L;
  }

  @Test
  void parsesStrictlyToLocalMicros() {
    assertThat(LegacyDatetimeFormatting.parse("31-365", "dd-DDD", ZONE)).isEqualTo(micros("1970-12-31T00:00"));
    assertThat(LegacyDatetimeFormatting.parse("009999", "yyyyyy", ZONE)).isEqualTo(micros("9999-01-01T00:00"));
    assertThat(LegacyDatetimeFormatting.parse("2019-10-06T10:11:12'12", "yyyy-MM-dd'T'HH:mm:ss''SSSS", ZONE))
        .isEqualTo(micros("2019-10-06T10:11:12.012"));
    // not lenient: no February 29 in 1970, no 12345 milliseconds
    assertThat(LegacyDatetimeFormatting.parse("02-29", "MM-dd", ZONE)).isNull();
    assertThat(LegacyDatetimeFormatting.parse("2019-10-06S10:11:12.12345", "yyyy-MM-dd'S'HH:mm:ss.SSSSSS", ZONE))
        .isNull();
  }

  @Test
  void writesMillisecondsAndTheHybridCalendar() {
    long instant = micros("2023-08-18T09:13:14.123456");
    assertThat(LegacyDatetimeFormatting.format(instant, "yyyy-MM-dd HH:mm:ss.SSSSSSZ", ZONE))
        .isEqualTo("2023-08-18 02:13:14.000123-0700");
    // 1582-05-31 19:40:35.123 in Los Angeles (java.time: local mean time, -07:52:58) keeps its fields, written in the
    // Julian calendar with the zone's standard offset, as Spark writes it
    long old = micros("1582-06-01T03:33:33.123");
    assertThat(LegacyDatetimeFormatting.format(old, "yyyy-MM-dd HH:mm:ss.SSS E F Z", ZONE))
        .isEqualTo("1582-05-31 19:40:35.123 Thu 5 -0800");
  }
}
