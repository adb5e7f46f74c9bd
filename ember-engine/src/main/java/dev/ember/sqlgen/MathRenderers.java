package dev.ember.sqlgen;

import dev.ember.plan.errors.RaisedError;
import dev.ember.plan.expressions.Literal;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import dev.ember.plan.types.DecimalType;
import dev.ember.sqlgen.FunctionRenderers.Renderer;
import dev.ember.sqlgen.tree.SqlCall;
import dev.ember.sqlgen.tree.SqlCase;
import dev.ember.sqlgen.tree.SqlCast;
import dev.ember.sqlgen.tree.SqlExpression;
import dev.ember.sqlgen.tree.SqlLiteral;
import dev.ember.sqlgen.tree.SqlOperator;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;

/** DuckDB renderings of Spark's math functions, with Spark's rounding, NaN and NULL rules spelled out. */
final class MathRenderers {
  private static final SqlLiteral ZERO = new SqlLiteral(0, AtomicType.INTEGER);
  /** 2^63 as a double: doubles at or beyond it do not fit a bigint, which Java saturates. */
  private static final SqlLiteral TWO_POW_63 = new SqlLiteral(9.223372036854775807E18, AtomicType.DOUBLE);

  private MathRenderers() {
  }

  static void register(Map<String, Renderer> renderers) {
    renderers.put("round", (call, args) -> round(call, args, "round"));
    renderers.put("bround", (call, args) -> round(call, args, "round_even"));
    renderers.put("floor", (call, args) -> floorCeil(call, args.get(0), "floor"));
    renderers.put("ceil", (call, args) -> floorCeil(call, args.get(0), "ceil"));
    renderers.put("floor_scale", (call, args) -> scaledFloorCeil(call, args, true));
    renderers.put("ceil_scale", (call, args) -> scaledFloorCeil(call, args, false));
    renderers.put("sqrt", (call, args) -> SqlCall.of("sqrt", args.get(0)));
    renderers.put("exp", (call, args) -> SqlCall.of("exp", args.get(0)));
    renderers.put("ln", (call, args) -> positiveOnly(args.get(0), SqlCall.of("ln", args.get(0))));
    renderers.put("log10", (call, args) -> positiveOnly(args.get(0), SqlCall.of("log10", args.get(0))));
    renderers.put("log2", (call, args) -> positiveOnly(args.get(0), SqlCall.of("log2", args.get(0))));
    // Spark: log(base, x) is NULL unless both are positive, and is ln(x) / ln(base) (so log(1, x) is Infinity).
    renderers.put("log", (call, args) -> positiveOnly(args.get(0), positiveOnly(args.get(1),
        SqlOperator.infix("/", SqlCall.of("ln", args.get(1)), SqlCall.of("ln", args.get(0))))));
    renderers.put("power", (call, args) -> SqlCall.of("pow", args.get(0), args.get(1)));
    renderers.put("signum", (call, args) -> signum(args.get(0)));
    renderers.put("pmod", (call, args) -> pmod(call, args, true));
    renderers.put("try_pmod", (call, args) -> pmod(call, args, false));
  }

  /** An integer rounded to a negative scale, exactly (a HUGEINT, which may lie beyond the integer's type). */
  static SqlExpression integralRounded(Call call, SqlExpression value, String function) {
    return new SqlCast(SqlCall.of(function, new SqlCast(value, "DECIMAL(20,0)", false),
        new SqlLiteral(scale(call), AtomicType.INTEGER)), "HUGEINT", false);
  }

  private static long[] integralBounds(AtomicType type) {
    return switch (type) {
      case BYTE -> new long[] {Byte.MIN_VALUE, Byte.MAX_VALUE};
      case SHORT -> new long[] {Short.MIN_VALUE, Short.MAX_VALUE};
      case INTEGER -> new long[] {Integer.MIN_VALUE, Integer.MAX_VALUE};
      default -> new long[] {Long.MIN_VALUE, Long.MAX_VALUE};
    };
  }

  private static int scale(Call call) {
    return (Integer) ((Literal) call.argument(1)).value();
  }

  /**
   * Spark rounds the decimal text of a double (BigDecimal(d).setScale): 2.675 rounds to 2.68. DuckDB
   * rounds the binary value, so doubles go through a decimal read from their shortest text. Beyond
   * 1e16 every double is an integer and only negative scales change it.
   */
  private static SqlExpression round(Call call, List<SqlExpression> args, String function) {
    int scale = scale(call);
    DataType type = call.dataType();
    SqlExpression value = args.get(0);
    SqlLiteral digits = new SqlLiteral(scale, AtomicType.INTEGER);
    if (type instanceof DecimalType) {
      return FunctionRenderers.resultCast(call, SqlCall.of(function, value, digits));
    }
    if (type instanceof AtomicType atomic && atomic.integral()) {
      if (scale >= 0) {
        return value;
      }
      // ANSI: a rounded value beyond the type (round(127y, -1)) is Spark's ARITHMETIC_OVERFLOW
      long[] bounds = integralBounds(atomic);
      return SqlLet.bind(integralRounded(call, value, function), rounded -> DatetimeSql.when(SqlOperator.prefix("NOT",
          SqlOperator.infix("AND", SqlOperator.infix(">=", rounded, new SqlLiteral(bounds[0], AtomicType.LONG)),
              SqlOperator.infix("<=", rounded, new SqlLiteral(bounds[1], AtomicType.LONG)))),
          DatetimeSql.raise(dev.ember.plan.errors.RaisedError.ARITHMETIC_OVERFLOW, type, DatetimeSql.text("Overflow")),
          new SqlCast(rounded, DuckDbTypes.of(type), false)));
    }
    SqlExpression asDouble = type == AtomicType.FLOAT ? new SqlCast(value, "DOUBLE", false) : value;
    SqlExpression exact = new SqlCast(SqlCall.of(function,
        new SqlCast(new SqlCast(asDouble, "VARCHAR", false), "DECIMAL(38,22)", false), digits), "DOUBLE", false);
    SqlExpression large = scale >= 0 ? asDouble : SqlCall.of(function, asDouble, digits);
    SqlExpression rounded = new SqlCase(List.of(
        new SqlCase.When(SqlOperator.infix("OR", SqlCall.of("isnan", asDouble), SqlCall.of("isinf", asDouble)),
            asDouble),
        new SqlCase.When(SqlOperator.infix(">=", SqlCall.of("abs", asDouble), new SqlLiteral(1.0E16, AtomicType.DOUBLE)),
            large)), exact);
    return type == AtomicType.FLOAT ? new SqlCast(rounded, "FLOAT", false) : rounded;
  }

  /** floor/ceil to a bigint: NaN gives 0 and out-of-range values saturate, as Java's double-to-long. */
  private static SqlExpression floorCeil(Call call, SqlExpression value, String function) {
    if (call.dataType() instanceof DecimalType) {
      return FunctionRenderers.resultCast(call, SqlCall.of(function, value));
    }
    if (call.argument(0).dataType() != AtomicType.DOUBLE) {
      return value;
    }
    return new SqlCase(List.of(
        new SqlCase.When(SqlCall.of("isnan", value), new SqlLiteral(0L, AtomicType.LONG)),
        new SqlCase.When(SqlOperator.infix(">=", value, TWO_POW_63), new SqlLiteral(Long.MAX_VALUE, AtomicType.LONG)),
        new SqlCase.When(SqlOperator.infix("<=", value, SqlOperator.prefix("-", TWO_POW_63)),
            new SqlLiteral(Long.MIN_VALUE, AtomicType.LONG))),
        new SqlCast(SqlCall.of(function, value), "BIGINT", false));
  }

  /** floor(x, d) / ceil(x, d) on a decimal: round half up, then step one unit back if it went the wrong way. */
  private static SqlExpression scaledFloorCeil(Call call, List<SqlExpression> args, boolean floor) {
    int scale = scale(call);
    SqlExpression value = args.get(0);
    SqlExpression rounded = SqlCall.of("round", value, new SqlLiteral(scale, AtomicType.INTEGER));
    BigDecimal unit = BigDecimal.ONE.scaleByPowerOfTen(-scale);
    unit = unit.setScale(Math.max(unit.scale(), 0));
    SqlLiteral step = new SqlLiteral(unit, new DecimalType(Math.max(unit.precision(), unit.scale() + 1), unit.scale()));
    SqlExpression result = new SqlCase(List.of(new SqlCase.When(
        SqlOperator.infix(floor ? ">" : "<", rounded, value),
        SqlOperator.infix(floor ? "-" : "+", rounded, step))), rounded);
    return FunctionRenderers.resultCast(call, result);
  }

  /** NULL unless {@code value > 0} (NaN passes through, as in Spark). */
  private static SqlExpression positiveOnly(SqlExpression value, SqlExpression result) {
    return new SqlCase(List.of(new SqlCase.When(SqlOperator.infix("<=", value, ZERO),
        new SqlLiteral(null, AtomicType.DOUBLE))), result);
  }

  /** Java's Math.signum: NaN and signed zeros are returned as they are. */
  private static SqlExpression signum(SqlExpression value) {
    SqlLiteral one = new SqlLiteral(1.0, AtomicType.DOUBLE);
    return new SqlCase(List.of(
        new SqlCase.When(SqlCall.of("isnan", value), value),
        new SqlCase.When(SqlOperator.infix(">", value, ZERO), one),
        new SqlCase.When(SqlOperator.infix("<", value, ZERO), SqlOperator.prefix("-", one))), value);
  }

  /** Spark's pmod: {@code r = a % n; r < 0 ? (r + n) % n : r}; a zero divisor raises REMAINDER_BY_ZERO. */
  /** pmod; a zero divisor raises REMAINDER_BY_ZERO ({@code ansi}) or gives NULL. */
  private static SqlExpression pmod(Call call, List<SqlExpression> args, boolean ansi) {
    SqlExpression dividend = args.get(0);
    SqlExpression divisor = args.get(1);
    // nullif: DuckDB folds constant subexpressions first and would raise its own division error.
    SqlExpression remainder = SqlOperator.infix("%", dividend, SqlCall.of("nullif", divisor, ZERO));
    SqlExpression positive = new SqlCase(List.of(new SqlCase.When(SqlOperator.infix("<", remainder, ZERO),
        SqlOperator.infix("%", SqlOperator.infix("+", remainder, divisor), divisor))), remainder);
    SqlExpression guarded = ansi ? FunctionRenderers.guardZero(divisor, positive, RaisedError.REMAINDER_BY_ZERO)
        : positive;
    return call.dataType() instanceof DecimalType ? FunctionRenderers.resultCast(call, guarded) : guarded;
  }
}
