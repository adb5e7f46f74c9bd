package dev.ember.analyzer;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ember.plan.types.ArrayType;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DecimalType;
import dev.ember.plan.types.MapType;
import org.junit.jupiter.api.Test;

class UpCastsTest {
  @Test
  void widerNumbersDatesToTimestampsAndAnythingToTextUpCast() {
    assertThat(UpCasts.canUpCast(AtomicType.INTEGER, AtomicType.LONG)).isTrue();
    assertThat(UpCasts.canUpCast(AtomicType.INTEGER, new DecimalType(10, 0))).isTrue();
    assertThat(UpCasts.canUpCast(new DecimalType(5, 2), new DecimalType(7, 2))).isTrue();
    assertThat(UpCasts.canUpCast(AtomicType.DATE, AtomicType.TIMESTAMP)).isTrue();
    assertThat(UpCasts.canUpCast(AtomicType.LONG, AtomicType.STRING)).isTrue();
    assertThat(UpCasts.canUpCast(AtomicType.NULL, new MapType(AtomicType.STRING, AtomicType.STRING, true))).isTrue();
    assertThat(UpCasts.canUpCast(new ArrayType(AtomicType.INTEGER, false), new ArrayType(AtomicType.LONG, true)))
        .isTrue();
  }

  @Test
  void narrowerNumbersTextToNumbersAndLostNullabilityDoNot() {
    assertThat(UpCasts.canUpCast(AtomicType.LONG, AtomicType.INTEGER)).isFalse();
    assertThat(UpCasts.canUpCast(AtomicType.STRING, AtomicType.INTEGER)).isFalse();
    assertThat(UpCasts.canUpCast(AtomicType.LONG, new DecimalType(10, 0))).isFalse();
    assertThat(UpCasts.canUpCast(new DecimalType(10, 2), AtomicType.INTEGER)).isFalse();
    assertThat(UpCasts.canUpCast(new ArrayType(AtomicType.INTEGER, true), new ArrayType(AtomicType.INTEGER, false)))
        .isFalse();
    assertThat(UpCasts.canUpCast(new MapType(AtomicType.STRING, AtomicType.STRING, true), AtomicType.INTEGER))
        .isFalse();
  }
}
