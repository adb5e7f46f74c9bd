package dev.ember.engine;

import java.time.DateTimeException;
import java.time.ZoneId;
import java.util.Optional;

/** Spark's {@code DateTimeUtils.getZoneId}: a one-digit hour or minute offset gains a zero; short ids like PST are known. */
public final class SparkZoneIds {
  private SparkZoneIds() {
  }

  /** The zone Spark reads from the text, or empty where Spark refuses it. */
  public static Optional<ZoneId> parse(String text) {
    String formatted = text.replaceFirst("(\\+|\\-)(\\d):", "$10$2:").replaceFirst("(\\+|\\-)(\\d\\d):(\\d)$", "$1$2:0$3");
    try {
      return Optional.of(ZoneId.of(formatted, ZoneId.SHORT_IDS));
    } catch (DateTimeException unknown) {
      return Optional.empty();
    }
  }
}
