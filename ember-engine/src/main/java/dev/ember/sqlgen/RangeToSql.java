package dev.ember.sqlgen;

import dev.ember.plan.resolved.RangeScan;
import dev.ember.plan.types.AtomicType;
import dev.ember.sqlgen.tree.SqlColumn;
import dev.ember.sqlgen.tree.SqlFrom;
import dev.ember.sqlgen.tree.SqlLiteral;
import dev.ember.sqlgen.tree.SqlSelect;
import dev.ember.sqlgen.tree.SqlSelect.SelectItem;
import dev.ember.sqlgen.tree.SqlStar;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Supplier;

/**
 * {@code spark.range(start, end, step)} as DuckDB's {@code range} table function. DuckDB reads that function on one
 * thread, so everything above it (casts, filters, user code) ran on one core where Spark splits the range into
 * partitions, one task each; a range of {@link #SPLIT_ROWS} rows or more becomes {@code UNION ALL} of as many
 * consecutive parts as the machine has cores, each read by a thread of its own, in the range's order (DuckDB keeps
 * a union's order of rows, as it keeps insertion order).
 */
final class RangeToSql {
  /** The rows from which a range is read in parts: below, a part costs more than it saves. */
  static final long SPLIT_ROWS = 1L << 18;
  private static final int PARTS = Math.max(1, Runtime.getRuntime().availableProcessors());

  private RangeToSql() {
  }

  static SqlSelect select(RangeScan range, Supplier<String> aliases) {
    List<long[]> parts = parts(range.start(), range.end(), range.step(), PARTS);
    SelectItem id = new SelectItem(new SqlColumn("range"), ColumnNames.of(range.id()));
    if (parts.size() < 2) {
      return SqlSelect.from(List.of(id), function(range.start(), range.end(), range.step(), aliases));
    }
    List<SqlSelect> sides = new ArrayList<>();
    for (long[] part : parts) {
      sides.add(SqlSelect.from(List.of(id), function(part[0], part[1], range.step(), aliases)));
    }
    return SqlSelect.from(List.of(new SelectItem(new SqlStar(), null)),
        new SqlFrom.SetOperation(sides, SqlFrom.SetOperator.UNION, true, aliases.get()));
  }

  /**
   * The {@code [start, end)} bounds of {@code count} consecutive parts of the range, of as many elements each (the
   * first ones one more), or one part when the range is small or its bounds would leave a long's range.
   */
  static List<long[]> parts(long start, long end, long step, int count) {
    long elements = elements(start, end, step);
    if (count < 2 || elements < SPLIT_ROWS) {
      return List.of(new long[] {start, end});
    }
    List<long[]> parts = new ArrayList<>();
    long first = start;
    try {
      for (int i = 0; i < count; i++) {
        long size = elements / count + (i < elements % count ? 1 : 0);
        long last = i == count - 1 ? end : Math.addExact(first, Math.multiplyExact(size, step));
        parts.add(new long[] {first, last});
        first = last;
      }
    } catch (ArithmeticException outsideLongs) {
      return List.of(new long[] {start, end});
    }
    return parts;
  }

  /** The number of values of the range (0 when empty), or -1 when it does not fit a long. */
  private static long elements(long start, long end, long step) {
    if (step == 0 || (step > 0 ? start >= end : start <= end)) {
      return 0;
    }
    java.math.BigInteger span = java.math.BigInteger.valueOf(end).subtract(java.math.BigInteger.valueOf(start));
    java.math.BigInteger[] quotient = span.divideAndRemainder(java.math.BigInteger.valueOf(step));
    java.math.BigInteger count = quotient[0].add(quotient[1].signum() == 0 ? java.math.BigInteger.ZERO
        : java.math.BigInteger.ONE);
    return count.bitLength() < 63 ? count.longValueExact() : -1;
  }

  private static SqlFrom function(long start, long end, long step, Supplier<String> aliases) {
    return new SqlFrom.TableFunction("range", List.of(new SqlLiteral(start, AtomicType.LONG),
        new SqlLiteral(end, AtomicType.LONG), new SqlLiteral(step, AtomicType.LONG)), List.of(), aliases.get(),
        List.of("range"));
  }
}
