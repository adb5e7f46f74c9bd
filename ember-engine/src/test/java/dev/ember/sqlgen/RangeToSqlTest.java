package dev.ember.sqlgen;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.stream.LongStream;
import org.junit.jupiter.api.Test;

class RangeToSqlTest {
  @Test
  void aLargeRangeIsSplitIntoConsecutivePartsOfTheSameValues() {
    assertSameValues(0, 1_000_003, 1, 4);
    assertSameValues(5, 3_000_000, 7, 3);
    assertSameValues(10, -3_000_000, -3, 2);
    assertSameValues(-1_000_000, 1_000_000, 1, 7);
  }

  @Test
  void smallEmptyAndEdgeRangesStayWhole() {
    assertThat(RangeToSql.parts(0, 1000, 1, 4)).hasSize(1);
    assertThat(RangeToSql.parts(5, 5, 1, 4)).hasSize(1);
    assertThat(RangeToSql.parts(0, 10_000_000, -1, 4)).hasSize(1);
    assertThat(RangeToSql.parts(0, 10_000_000, 1, 1)).hasSize(1);
    // more values than a long counts: one part, DuckDB's range reports it
    assertThat(RangeToSql.parts(Long.MIN_VALUE, Long.MAX_VALUE, 1, 2)).hasSize(1);
    assertSameValues(Long.MAX_VALUE - 2_000_000, Long.MAX_VALUE, 1, 2);
    assertSameValues(Long.MIN_VALUE + 5, Long.MIN_VALUE + 5 + 3_000_000L * 1000, 1000, 2);
  }

  @Test
  void aLargeRangeIsReadAsAUnionOfItsPartsInOrder() {
    dev.ember.plan.resolved.Attribute id = new dev.ember.plan.resolved.Attribute(1, "id",
        dev.ember.plan.types.AtomicType.LONG, false, List.of());
    String large = SqlGenerator.generate(new dev.ember.plan.resolved.RangeScan(0, 10_000_000, 1, id)).sql();
    String small = SqlGenerator.generate(new dev.ember.plan.resolved.RangeScan(0, 10_000, 1, id)).sql();
    int parts = Runtime.getRuntime().availableProcessors();
    assertThat(large.split("UNION ALL", -1)).hasSize(parts);
    assertThat(small).doesNotContain("UNION");
  }

  private static void assertSameValues(long start, long end, long step, int count) {
    List<long[]> parts = RangeToSql.parts(start, end, step, count);
    assertThat(parts).hasSize(count);
    LongStream whole = values(start, end, step);
    LongStream split = parts.stream().flatMapToLong(part -> values(part[0], part[1], step));
    assertThat(split.toArray()).isEqualTo(whole.toArray());
    for (long[] part : parts) {
      assertThat(Math.abs(values(part[0], part[1], step).count() - values(start, end, step).count() / count))
          .isLessThanOrEqualTo(1);
    }
  }

  /** Spark's range: start, start + step, ... while before end. */
  private static LongStream values(long start, long end, long step) {
    LongStream.Builder values = LongStream.builder();
    for (long value = start; step > 0 ? value < end : value > end; value += step) {
      values.add(value);
      if (step > 0 ? value > end - step : value < end - step) {
        break;
      }
    }
    return values.build();
  }
}
