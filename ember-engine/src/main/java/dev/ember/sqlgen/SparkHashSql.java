package dev.ember.sqlgen;

import static dev.ember.sqlgen.Murmur3Sql.low32;
import static dev.ember.sqlgen.Murmur3Sql.number;

import dev.ember.plan.types.ArrayType;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import dev.ember.plan.types.DayTimeIntervalType;
import dev.ember.plan.types.DecimalType;
import dev.ember.plan.types.YearMonthIntervalType;
import dev.ember.plan.types.StructField;
import dev.ember.plan.types.StructType;
import dev.ember.sqlgen.tree.SqlCall;
import dev.ember.sqlgen.tree.SqlCase;
import dev.ember.sqlgen.tree.SqlCast;
import dev.ember.sqlgen.tree.SqlColumn;
import dev.ember.sqlgen.tree.SqlExpression;
import dev.ember.sqlgen.tree.SqlLambda;
import dev.ember.sqlgen.tree.SqlLiteral;
import dev.ember.sqlgen.tree.SqlOperator;
import java.math.BigInteger;
import java.util.List;

/**
 * Spark's HashExpression: each column's value hashed with the previous hash as seed (NULLs leave
 * it unchanged), by type: ints, dates and booleans as 32-bit words, longs, timestamps and
 * decimals up to 18 digits as 64-bit words, floats by their IEEE bits (-0.0 as 0.0), strings and
 * binaries by bytes, arrays and structs element by element.
 */
final class SparkHashSql {
  /** One hash function's primitives (Murmur3 x86_32, XXH64). */
  interface Algorithm {
    SqlExpression hashInt(SqlExpression unsigned32, SqlExpression seed);

    SqlExpression hashLong(SqlExpression signed64, SqlExpression seed);

    SqlExpression hashBytes(SqlExpression blob, SqlExpression seed);
  }

  private SparkHashSql() {
  }

  static SqlExpression hash(Algorithm algorithm, SqlExpression seed, List<DataType> types, List<SqlExpression> values) {
    SqlExpression hash = seed;
    for (int i = 0; i < values.size(); i++) {
      hash = hashValue(algorithm, values.get(i), types.get(i), hash);
    }
    return hash;
  }

  private static SqlExpression hashValue(Algorithm algorithm, SqlExpression value, DataType type, SqlExpression seed) {
    return SqlLet.bind(seed, bound -> new SqlCase(List.of(new SqlCase.When(SqlOperator.postfix("IS NULL", value),
        bound)), hashNonNull(algorithm, value, type, bound)));
  }

  private static SqlExpression hashNonNull(Algorithm algorithm, SqlExpression value, DataType type, SqlExpression seed) {
    if (type instanceof DecimalType decimal) {
      SqlExpression unscaled = new SqlCast(SqlOperator.infix("*", value,
          new SqlLiteral(BigInteger.TEN.pow(decimal.scale()).longValueExact(), AtomicType.LONG)), "BIGINT", false);
      return algorithm.hashLong(unscaled, seed);
    }
    if (type instanceof ArrayType array) {
      return SqlCall.of("list_reduce", value, new SqlLambda(List.of("h#", "e#"),
          hashValue(algorithm, new SqlColumn("e#"), array.elementType(), new SqlColumn("h#"))), seed);
    }
    if (type instanceof StructType struct) {
      SqlExpression hash = seed;
      for (StructField field : struct.fields()) {
        hash = hashValue(algorithm, SqlCall.of("struct_extract", value, new SqlLiteral(field.name(), AtomicType.STRING)),
            field.dataType(), hash);
      }
      return hash;
    }
    if (type instanceof DayTimeIntervalType) {
      return algorithm.hashLong(value, seed);
    }
    if (type instanceof YearMonthIntervalType) {
      return algorithm.hashInt(low32(value), seed);
    }
    if (type instanceof dev.ember.plan.types.TimeType) {
      // Spark hashes a TIME's nanoseconds of the day
      return algorithm.hashLong(SqlOperator.infix("*", TimeCasts.micros(value),
          new SqlLiteral(1_000L, AtomicType.LONG)), seed);
    }
    AtomicType atomic = (AtomicType) type;
    return switch (atomic) {
      case BOOLEAN -> algorithm.hashInt(new SqlCase(List.of(new SqlCase.When(value, number(1))), number(0)), seed);
      case BYTE, SHORT, INTEGER -> algorithm.hashInt(low32(value), seed);
      case DATE -> algorithm.hashInt(low32(SqlOperator.infix("-", value, new SqlLiteral(java.time.LocalDate.EPOCH,
          AtomicType.DATE))), seed);
      case LONG -> algorithm.hashLong(value, seed);
      case TIMESTAMP, TIMESTAMP_NTZ -> algorithm.hashLong(SqlCall.of("epoch_us", value), seed);
      case FLOAT -> algorithm.hashInt(FloatingBits.floatBits(value), seed);
      case DOUBLE -> algorithm.hashLong(FloatingBits.doubleBits(value), seed);
      case STRING -> algorithm.hashBytes(SqlCall.of("encode", value), seed);
      case BINARY -> algorithm.hashBytes(value, seed);
      case NULL -> seed;
      case CALENDAR_INTERVAL -> throw new IllegalArgumentException("Spark cannot hash a calendar interval");
    };
  }
}
