package dev.ember.sqlgen;

import dev.ember.plan.resolved.Call;
import dev.ember.plan.types.ArrayType;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import dev.ember.plan.types.DecimalType;
import dev.ember.plan.types.StructType;
import dev.ember.sqlgen.tree.SqlCall;
import dev.ember.sqlgen.tree.SqlCast;
import dev.ember.sqlgen.tree.SqlColumn;
import dev.ember.sqlgen.tree.SqlExpression;
import dev.ember.sqlgen.tree.SqlFilteredAggregate;
import dev.ember.sqlgen.tree.SqlLambda;
import dev.ember.sqlgen.tree.SqlLiteral;
import dev.ember.sqlgen.tree.SqlOperator;
import dev.ember.sqlgen.tree.SqlOrderedAggregate;
import java.util.List;
import java.util.Map;

/**
 * {@code mode}: the value with the highest count; on a tie, the first in the order of Spark's hash map
 * (replayed by the engine's {@code ember_mode_index}, for one partition's input) or, with the deterministic
 * flag and for types whose hash the engine does not replay, the smallest ({@code histogram} of the
 * group's list, sorted by count then value). {@code histogram_numeric}: the group's
 * values in input order (a window's in frame order) handed to the engine's Java function
 * {@code ember_histogram_numeric}, whose bins come back as text read as a list of structs, x converted
 * to the input's type as Spark converts it (integral types truncated).
 */
final class DistributionRenderers {
  private static final String BINS = "STRUCT(x DOUBLE, y DOUBLE)[]";

  private DistributionRenderers() {
  }

  static void register(Map<String, FunctionRenderers.Renderer> renderers) {
    renderers.put("mode", DistributionRenderers::modeInHashOrder);
    renderers.put("mode_deterministic", (call, args) -> mode(args, false));
    renderers.put("mode_deterministic_desc", (call, args) -> mode(args, true));
    renderers.put("histogram_numeric", DistributionRenderers::histogram);
  }

  /**
   * Spark's choice among values of equal count: the first in its hash map's order, which the engine's
   * {@code ember_mode_index} replays for the types whose hash code it knows; the smallest otherwise.
   */
  private static SqlExpression modeInHashOrder(Call call, List<SqlExpression> args) {
    SqlExpression value = args.get(0);
    DataType type = call.dataType();
    String kind = hashKind(type);
    if (kind == null) {
      return mode(args, false);
    }
    SqlExpression key = value;
    if (type == AtomicType.DATE) {
      key = SqlOperator.infix("-", value, new SqlCast(new SqlLiteral("1970-01-01", AtomicType.STRING), "DATE", false));
    } else if (type == AtomicType.TIMESTAMP || type == AtomicType.TIMESTAMP_NTZ) {
      key = SqlCall.of("epoch_us", value);
    } else if (type == AtomicType.STRING) {
      key = SqlCall.of("hex", value);
    }
    SqlExpression present = SqlOperator.postfix("IS NOT NULL", value);
    SqlExpression keys = new SqlCast(inputOrdered(key, present), "VARCHAR", false);
    return SqlCall.of("list_extract", inputOrdered(value, present), SqlCall.of("ember_mode_index", keys,
        new SqlLiteral(kind, AtomicType.STRING)));
  }

  private static SqlExpression inputOrdered(SqlExpression value, SqlExpression condition) {
    return new SqlFilteredAggregate(new SqlOrderedAggregate(SqlCall.of("list", value),
        List.of(RowNumbering.inInputOrder(true))), condition);
  }

  /** How Spark hashes the internal value of a type: as an Integer, a Long, a Float, ... (null: not replayed). */
  private static String hashKind(DataType type) {
    if (type == AtomicType.BYTE || type == AtomicType.SHORT || type == AtomicType.INTEGER || type == AtomicType.DATE
        || type instanceof dev.ember.plan.types.YearMonthIntervalType) {
      return "int";
    }
    if (type == AtomicType.LONG || type == AtomicType.TIMESTAMP || type == AtomicType.TIMESTAMP_NTZ
        || type instanceof dev.ember.plan.types.DayTimeIntervalType) {
      return "long";
    }
    if (type == AtomicType.FLOAT) {
      return "float";
    }
    if (type == AtomicType.DOUBLE) {
      return "double";
    }
    if (type == AtomicType.BOOLEAN) {
      return "boolean";
    }
    return type == AtomicType.STRING ? "string" : null;
  }

  /** The most frequent value, the smallest of equally frequent ones (the largest when {@code largest}). */
  private static SqlExpression mode(List<SqlExpression> args, boolean largest) {
    SqlExpression value = args.get(0);
    SqlExpression counts = SqlCall.of("map_entries", SqlCall.of("list_aggregate",
        new SqlFilteredAggregate(SqlCall.of("list", value), SqlOperator.postfix("IS NOT NULL", value)),
        new SqlLiteral("histogram", AtomicType.STRING)));
    String entry = SqlLet.freshName();
    SqlExpression count = new SqlCast(field(new SqlColumn(entry), "value"), "BIGINT", false);
    SqlExpression pairs = SqlCall.of("list_transform", counts, new SqlLambda(entry,
        SqlCall.of("row", largest ? count : SqlOperator.prefix("-", count), field(new SqlColumn(entry), "key"))));
    SqlExpression ranked = largest ? SqlCall.of("list_sort", pairs, new SqlLiteral("DESC", AtomicType.STRING))
        : SqlCall.of("list_sort", pairs);
    return SqlCall.of("struct_extract", SqlCall.of("list_extract", ranked, new SqlLiteral(1, AtomicType.INTEGER)),
        new SqlLiteral(2, AtomicType.INTEGER));
  }

  private static SqlExpression histogram(Call call, List<SqlExpression> args) {
    SqlExpression value = args.get(0);
    SqlExpression values = new SqlFilteredAggregate(new SqlOrderedAggregate(
        SqlCall.of("list", asDouble(value, call.argument(0).dataType())), List.of(RowNumbering.inInputOrder(true))),
        SqlOperator.postfix("IS NOT NULL", value));
    SqlExpression bins = new SqlCast(SqlCall.of("ember_histogram_numeric", new SqlCast(values, "VARCHAR", false),
        args.get(1)), BINS, false);
    DataType x = ((StructType) ((ArrayType) call.dataType()).elementType()).fields().get(0).dataType();
    if (x == AtomicType.DOUBLE) {
      return bins;
    }
    String bin = SqlLet.freshName();
    SqlExpression typed = SqlCall.of("row", converted(field(new SqlColumn(bin), "x"), x),
        field(new SqlColumn(bin), "y"));
    return new SqlCast(SqlCall.of("list_transform", bins, new SqlLambda(bin, typed)), DuckDbTypes.of(call.dataType()),
        false);
  }

  /** A value as the number Spark's histogram reads: days of a date, microseconds of a timestamp. */
  private static SqlExpression asDouble(SqlExpression value, DataType type) {
    SqlExpression number = value;
    if (type == AtomicType.DATE) {
      number = SqlOperator.infix("-", value, new SqlCast(new SqlLiteral("1970-01-01", AtomicType.STRING), "DATE", false));
    } else if (type == AtomicType.TIMESTAMP || type == AtomicType.TIMESTAMP_NTZ) {
      number = SqlCall.of("epoch_us", value);
    }
    return new SqlCast(number, "DOUBLE", false);
  }

  /** Spark's conversion of a bin's double center to the input's type (whole numbers truncated). */
  private static SqlExpression converted(SqlExpression x, DataType type) {
    SqlExpression whole = SqlCall.of("trunc", x);
    if (type == AtomicType.DATE) {
      return new SqlCast(SqlOperator.infix("+", new SqlCast(new SqlLiteral("1970-01-01", AtomicType.STRING), "DATE",
          false), new SqlCast(whole, "INTEGER", false)), "DATE", false);
    }
    if (type == AtomicType.TIMESTAMP) {
      return DatetimeEpochRenderers.fromMicros(new SqlCast(whole, "BIGINT", false));
    }
    if (type == AtomicType.TIMESTAMP_NTZ) {
      return SqlOperator.infix("+", new SqlCast(new SqlLiteral("1970-01-01", AtomicType.STRING), "TIMESTAMP", false),
          SqlCall.of("to_microseconds", new SqlCast(whole, "BIGINT", false)));
    }
    if (type instanceof AtomicType atomic && atomic.integral() || type.isAnsiInterval()) {
      return new SqlCast(whole, DuckDbTypes.of(type), false);
    }
    if (type instanceof DecimalType || type == AtomicType.FLOAT) {
      return new SqlCast(x, DuckDbTypes.of(type), false);
    }
    return x;
  }

  private static SqlExpression field(SqlExpression struct, String name) {
    return SqlCall.of("struct_extract", struct, new SqlLiteral(name, AtomicType.STRING));
  }
}
