package dev.ember.sqlgen;

import dev.ember.plan.errors.RaisedError;
import dev.ember.plan.errors.SparkErrors;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import dev.ember.plan.types.DecimalType;
import dev.ember.sqlgen.tree.SqlCall;
import dev.ember.sqlgen.tree.SqlCast;
import dev.ember.sqlgen.tree.SqlExpression;
import dev.ember.sqlgen.tree.SqlLiteral;
import dev.ember.sqlgen.tree.SqlOperator;
import java.util.Map;
import java.util.Optional;

/**
 * ANSI casts to an integral type that cannot hold the value (NaN, an infinity, a number out of
 * range): Spark's {@code CAST_OVERFLOW}, with the value written as Spark's {@code toSQLValue} writes it,
 * instead of DuckDB's conversion error.
 */
final class CastOverflow {
  private static final Map<AtomicType, long[]> BOUNDS = Map.of(
      AtomicType.BYTE, new long[] {Byte.MIN_VALUE, Byte.MAX_VALUE},
      AtomicType.SHORT, new long[] {Short.MIN_VALUE, Short.MAX_VALUE},
      AtomicType.INTEGER, new long[] {Integer.MIN_VALUE, Integer.MAX_VALUE},
      AtomicType.LONG, new long[] {Long.MIN_VALUE, Long.MAX_VALUE});

  private CastOverflow() {
  }

  /**
   * The cast guarded by a range check, when a value of {@code from} can overflow {@code to};
   * {@code truncated} is the operand already truncated toward zero, {@code cast} the plain cast.
   */
  static Optional<SqlExpression> guard(SqlExpression operand, SqlExpression truncated, DataType from, DataType to,
      SqlExpression cast) {
    if (!(to instanceof AtomicType target) || !BOUNDS.containsKey(target) || !canOverflow(from, target)) {
      return Optional.empty();
    }
    long[] bounds = BOUNDS.get(target);
    // as Spark: the truncated value compared with the bounds as doubles when the value is one
    // (Long.MaxValue as a double is 2^63, which Spark lets through and saturates)
    boolean fractional = from == AtomicType.FLOAT || from == AtomicType.DOUBLE;
    SqlExpression low = fractional ? new SqlLiteral((double) bounds[0], AtomicType.DOUBLE)
        : new SqlLiteral(bounds[0], AtomicType.LONG);
    SqlExpression high = fractional ? new SqlLiteral((double) bounds[1], AtomicType.DOUBLE)
        : new SqlLiteral(bounds[1], AtomicType.LONG);
    SqlExpression inRange = SqlOperator.infix("AND", SqlOperator.infix(">=", truncated, low),
        SqlOperator.infix("<=", truncated, high));
    if (fractional && target == AtomicType.LONG) {
      cast = DatetimeSql.when(SqlOperator.infix(">=", truncated, high), new SqlLiteral(Long.MAX_VALUE, AtomicType.LONG),
          cast);
    }
    return Optional.of(DatetimeSql.when(SqlOperator.prefix("NOT", inRange), overflow(operand, from, to), cast));
  }

  /** {@code cast}, or CAST_OVERFLOW of {@code operand} when {@code value} (an integer) lies outside [low, high]. */
  static SqlExpression outOfRange(SqlExpression operand, DataType from, DataType to, SqlExpression value, long low,
      long high, SqlExpression cast) {
    SqlExpression inRange = SqlOperator.infix("AND", SqlOperator.infix(">=", value, new SqlLiteral(low, AtomicType.LONG)),
        SqlOperator.infix("<=", value, new SqlLiteral(high, AtomicType.LONG)));
    return DatetimeSql.when(SqlOperator.prefix("NOT", inRange), overflow(operand, from, to), cast);
  }

  private static SqlExpression overflow(SqlExpression operand, DataType from, DataType to) {
    return DatetimeSql.raise(RaisedError.CAST_OVERFLOW, to, value(operand, from),
        new SqlLiteral(SparkErrors.toSqlType(from), AtomicType.STRING),
        new SqlLiteral(SparkErrors.toSqlType(to), AtomicType.STRING));
  }

  /**
   * An ANSI cast of a float or double to a timestamp: Spark multiplies the seconds by 10^6 and casts the product to a
   * bigint exactly, so a finite value beyond its range is CAST_OVERFLOW of that product (DuckDB's to_timestamp fails
   * on it). NaN and the infinities keep {@code cast}.
   */
  static SqlExpression fractionalSecondsToTimestamp(SqlExpression seconds, DataType from, SqlExpression cast) {
    if (from != AtomicType.FLOAT && from != AtomicType.DOUBLE) {
      return cast;
    }
    SqlExpression micros = SqlOperator.infix("*", new SqlCast(seconds, "DOUBLE", false),
        new SqlLiteral(1_000_000.0, AtomicType.DOUBLE));
    SqlExpression outOfRange = SqlOperator.infix("AND", SqlCall.of("isfinite", micros), SqlOperator.infix("OR",
        SqlOperator.infix("<", micros, new SqlLiteral((double) Long.MIN_VALUE, AtomicType.DOUBLE)),
        SqlOperator.infix(">=", micros, new SqlLiteral((double) Long.MAX_VALUE, AtomicType.DOUBLE))));
    SqlExpression raise = DatetimeSql.raise(RaisedError.CAST_OVERFLOW, AtomicType.TIMESTAMP,
        value(micros, AtomicType.DOUBLE), new SqlLiteral(SparkErrors.toSqlType(AtomicType.DOUBLE), AtomicType.STRING),
        new SqlLiteral(SparkErrors.toSqlType(AtomicType.LONG), AtomicType.STRING));
    return DatetimeSql.when(outOfRange, raise, cast);
  }

  private static boolean canOverflow(DataType from, AtomicType to) {
    if (from == AtomicType.FLOAT || from == AtomicType.DOUBLE || from instanceof DecimalType || from.isAnsiInterval()) {
      return true;
    }
    return from instanceof AtomicType source && BOUNDS.containsKey(source)
        && BOUNDS.get(source)[1] > BOUNDS.get(to)[1];
  }

  /**
   * Spark's toSQLValue: NaN and infinities by name, 1.0E20D, 1.0E20 (float), 5000000000L, 300S, 12.5BD, an interval
   * as its literal.
   */
  private static SqlExpression value(SqlExpression operand, DataType from) {
    if (from.isAnsiInterval()) {
      return IntervalText.of(operand, from);
    }
    if (from == AtomicType.FLOAT || from == AtomicType.DOUBLE) {
      SqlExpression text = FloatingText.of(operand);
      SqlExpression finite = from == AtomicType.DOUBLE ? SqlCall.of("concat", text, new SqlLiteral("D", AtomicType.STRING))
          : text;
      return DatetimeSql.when(SqlCall.of("isfinite", operand), finite, text);
    }
    String suffix = from instanceof DecimalType ? "BD" : from == AtomicType.LONG ? "L" : from == AtomicType.SHORT ? "S"
        : from == AtomicType.BYTE ? "Y" : "";
    return SqlCall.of("concat", operand, new SqlLiteral(suffix, AtomicType.STRING));
  }
}
