package dev.ember.engine;

import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import dev.ember.plan.usercode.RowFunction;
import java.util.Map;
import java.util.Optional;
import org.duckdb.DuckDBColumnType;

/**
 * How a function that {@linkplain RowFunction#dropsRows drops rows} (a typed filter and the map after it, in one call)
 * tells DuckDB which rows to drop: DuckDB's Java functions return one value, and NULL is a result the map may give,
 * so the result travels in a wider type whose one value outside the map's type marks a dropped row ({@link
 * #droppedText}); the SQL keeps the rows that are not it and casts the rest back. Results of other types have no
 * such carrier: their filter and map stay two functions.
 */
public final class DroppingCarriers {
  private static final Map<DataType, DuckDBColumnType> CARRIERS = Map.of(AtomicType.BOOLEAN, DuckDBColumnType.BIGINT,
      AtomicType.BYTE, DuckDBColumnType.BIGINT, AtomicType.SHORT, DuckDBColumnType.BIGINT, AtomicType.INTEGER,
      DuckDBColumnType.BIGINT, AtomicType.LONG, DuckDBColumnType.HUGEINT);

  private DroppingCarriers() {
  }

  /** The DuckDB type carrying results of {@code type} and the dropped mark; empty when there is none. */
  public static Optional<String> carrierType(DataType type) {
    return Optional.ofNullable(CARRIERS.get(type)).map(DuckDBColumnType::name);
  }

  /** The dropped mark in the carrier of {@code type}, as text to cast to the carrier. */
  public static String droppedText(DataType type) {
    return CARRIERS.get(type) == DuckDBColumnType.HUGEINT ? "18446744073709551616"
        : Long.toString(Long.MIN_VALUE);
  }

  static DuckDBColumnType columnType(DataType type) {
    DuckDBColumnType carrier = CARRIERS.get(type);
    if (carrier == null) {
      throw new IllegalArgumentException("no carrier for " + type.simpleString());
    }
    return carrier;
  }

  /** {@code value} (a result of a function that drops rows, or {@link RowFunction#DROPPED}) as its carrier holds it. */
  static Object carried(Object value) {
    if (value == null || value instanceof Long) {
      return value;
    }
    if (value == RowFunction.DROPPED) {
      return DROPPED;
    }
    if (value instanceof Boolean flag) {
      return flag ? 1L : 0L;
    }
    return ((Number) value).longValue();
  }

  /** The dropped mark as {@link #carried} gives it: written as the carrier's mark by {@link FlatVectorOutput}. */
  static final Object DROPPED = RowFunction.DROPPED;

  /** The carrier's mark for a BIGINT carrier (a HUGEINT carrier's is 2^64: low word 0, high word 1). */
  static final long BIGINT_DROPPED = Long.MIN_VALUE;
}
