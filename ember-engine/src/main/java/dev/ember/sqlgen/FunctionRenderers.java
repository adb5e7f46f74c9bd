package dev.ember.sqlgen;

import dev.ember.plan.errors.RaisedError;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.types.DecimalType;
import dev.ember.sqlgen.tree.SqlCall;
import dev.ember.sqlgen.tree.SqlCase;
import dev.ember.sqlgen.tree.SqlCast;
import dev.ember.sqlgen.tree.SqlExpression;
import dev.ember.sqlgen.tree.SqlLiteral;
import dev.ember.sqlgen.tree.SqlOperator;
import dev.ember.plan.types.AtomicType;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * How each resolved Spark function is written in DuckDB SQL: one row per function, keyed by the
 * canonical name the analyzer puts in {@link Call}.
 */
final class FunctionRenderers {
  /** Renders a call whose arguments are already rendered. */
  @FunctionalInterface
  interface Renderer {
    SqlExpression render(Call call, List<SqlExpression> arguments);
  }

  private static final Map<String, Renderer> RENDERERS = build();

  private FunctionRenderers() {
  }

  static Optional<Renderer> lookup(String function) {
    return Optional.ofNullable(RENDERERS.get(function));
  }

  private static Map<String, Renderer> build() {
    Map<String, Renderer> renderers = new HashMap<>();
    renderers.put("add", wideDecimalSafe("add", decimalSafe(infix("+")), true));
    renderers.put("subtract", wideDecimalSafe("subtract", decimalSafe(infix("-")), true));
    Renderer exactProduct = decimalSafe((call, args) -> SqlOperator.infix("*", hugeWhenNeeded(call, args.get(0)),
        args.get(1)));
    Renderer product = wideDecimalSafe("multiply", exactProduct, true);
    renderers.put("multiply", (call, args) -> ValueBounds.current().productFitsIn64Bits(call)
        ? SqlOperator.infix("*", args.get(0), args.get(1)) : product.render(call, args));
    renderers.put("try_divide", wideDecimalSafe("divide", (call, args) -> resultCast(call, nullWhenZero(args.get(1),
        division(call, args))), false));
    renderers.put("try_remainder", (call, args) -> resultCast(call, nullWhenZero(args.get(1),
        SqlOperator.infix("%", args.get(0), args.get(1)))));
    renderers.put("divide", wideDecimalSafe("divide", (call, args) -> resultCast(call, guardZero(args.get(1),
        division(call, args))), true));
    renderers.put("remainder", (call, args) -> resultCast(call, guardZero(args.get(1),
        SqlOperator.infix("%", args.get(0), args.get(1)), RaisedError.REMAINDER_BY_ZERO)));
    renderers.put("negative", (call, args) -> call.dataType().isAnsiInterval() ? IntervalRenderers.negate(call, args)
        : SqlOperator.prefix("-", args.get(0)));
    renderers.put("abs", (call, args) -> SqlCall.of("abs", args.get(0)));
    renderers.put("equal", infix("="));
    renderers.put("equal_null_safe", infix("IS NOT DISTINCT FROM"));
    renderers.put("less_than", infix("<"));
    renderers.put("less_than_or_equal", infix("<="));
    renderers.put("greater_than", infix(">"));
    renderers.put("greater_than_or_equal", infix(">="));
    renderers.put("and", infix("AND"));
    renderers.put("or", infix("OR"));
    renderers.put("not", (call, args) -> SqlOperator.prefix("NOT", args.get(0)));
    renderers.put("is_null", (call, args) -> SqlOperator.postfix("IS NULL", args.get(0)));
    renderers.put("is_not_null", (call, args) -> SqlOperator.postfix("IS NOT NULL", args.get(0)));
    renderers.put("upper", (call, args) -> CaseMappings.render("upper", args));
    renderers.put("lower", (call, args) -> CaseMappings.render("lower", args));
    renderers.put("coalesce", (call, args) -> new SqlCall("coalesce", args, false));
    renderers.put("size", (call, args) -> new SqlCast(SqlCall.of(
        call.argument(0).dataType() instanceof dev.ember.plan.types.MapType ? "cardinality" : "len", args.get(0)),
        "INTEGER", false));
    renderers.put("sort_array", FunctionRenderers::sortArray);
    AggregateRenderers.register(renderers);
    MomentRenderers.register(renderers);
    PercentileRenderers.register(renderers);
    DistributionRenderers.register(renderers);
    TryAggregateRenderers.register(renderers);
    ListAggRenderers.register(renderers);
    BitmapRenderers.register(renderers);
    renderers.put("unpivot_unnest", (call, args) -> SqlCall.of("unnest", new dev.ember.sqlgen.tree.SqlList(args)));
    ConditionalRenderers.register(renderers);
    MathRenderers.register(renderers);
    TrigonometricRenderers.register(renderers);
    NumericRenderers.register(renderers);
    LegacyIntegralCasts.register(renderers);
    TextToIntegralCasts.register(renderers);
    TryArithmeticRenderers.register(renderers);
    WrappingArithmeticRenderers.register(renderers);
    RadixRenderers.register(renderers);
    NumberTextRenderers.register(renderers);
    CryptoRenderers.register(renderers);
    SentenceRenderers.register(renderers);
    BitwiseRenderers.register(renderers);
    UrlRenderers.register(renderers);
    StringRenderers.register(renderers);
    WindowRenderers.register(renderers);
    DatetimeRenderers.register(renderers);
    IntervalRenderers.register(renderers);
    CollectionRenderers.register(renderers);
    LambdaRenderers.register(renderers);
    HashRenderers.register(renderers);
    JsonRenderers.register(renderers);
    VariantRenderers.register(renderers);
    XmlRenderers.register(renderers);
    JsonDocumentRenderers.register(renderers);
    CsvRenderers.register(renderers);
    XPathRenderers.register(renderers);
    InputFileColumn.register(renderers);
    VectorRenderers.register(renderers);
    GeospatialRenderers.register(renderers);
    DataSketchesRenderers.register(renderers);
    TupleSketchRenderers.register(renderers);
    KllSketchRenderers.register(renderers);
    MapSortRenderer.register(renderers);
    ApproxTopKRenderer.register(renderers);
    RowPositionRenderers.register(renderers);
    return Map.copyOf(renderers);
  }

  static Renderer infix(String operator) {
    return (call, args) -> SqlOperator.infix(operator, args.get(0), args.get(1));
  }

  /** DuckDB's decimal result types differ from Spark's: compute, then cast to Spark's type. */
  private static Renderer decimalSafe(Renderer renderer) {
    return (call, args) -> call.dataType() instanceof DecimalType
        ? resultCast(call, renderer.render(call, args)) : renderer.render(call, args);
  }

  /**
   * Decimal arithmetic whose exact result may pass 38 digits: {@code renderer}'s rows that DuckDB cannot compute are
   * computed by Spark's rules in Java ({@link WideDecimalArithmetic}); {@code ansi} fails on overflow, else NULL.
   */
  static Renderer wideDecimalSafe(String function, Renderer renderer, boolean ansi) {
    return (call, args) -> {
      if (!WideDecimalArithmetic.applies(call, function)) {
        return renderer.render(call, args);
      }
      if (WideDecimalArithmetic.javaOnly(call, function) || function.equals("divide") && !exactDivision(call)) {
        return WideDecimalArithmetic.inJava(call, function, args.get(0), args.get(1), ansi);
      }
      // DuckDB's try() takes no error(): a zero divisor gives NULL there, and Java raises Spark's error for it
      Renderer tried = function.equals("divide")
          ? (c, operands) -> resultCast(c, nullWhenZero(operands.get(1), division(c, operands))) : renderer;
      return WideDecimalArithmetic.guarded(call, function, args, operands -> tried.render(call, operands), ansi);
    };
  }

  /** Whether the decimals' quotient is computed exactly on 128-bit integers ({@link DecimalDivision}). */
  private static boolean exactDivision(Call call) {
    return call.dataType() instanceof DecimalType result && call.argument(0).dataType() instanceof DecimalType left
        && call.argument(1).dataType() instanceof DecimalType right && DecimalDivision.exact(left, right, result);
  }

  /**
   * DuckDB multiplies two decimals of at most 18 digits in 64 bits and fails when the product does
   * not fit, where Spark's wider result type holds it: the left operand then goes to 128 bits.
   */
  private static SqlExpression hugeWhenNeeded(Call call, SqlExpression left) {
    int digits = ValueBounds.MAX_64_BIT_DIGITS;
    if (call.dataType() instanceof DecimalType result && result.precision() > digits
        && call.argument(0).dataType() instanceof DecimalType leftType && leftType.precision() <= digits
        && call.argument(1).dataType() instanceof DecimalType rightType && rightType.precision() <= digits) {
      return new SqlCast(left, "DECIMAL(" + (digits + 1) + "," + leftType.scale() + ")", false);
    }
    return left;
  }


  /** Decimals divide exactly (DuckDB's {@code /} would give a double); other numbers with {@code /}. */
  private static SqlExpression division(Call call, List<SqlExpression> args) {
    if (call.dataType() instanceof DecimalType result && call.argument(0).dataType() instanceof DecimalType left
        && call.argument(1).dataType() instanceof DecimalType right) {
      Optional<SqlExpression> exact = DecimalDivision.quotient(args.get(0), left, args.get(1), right, result);
      if (exact.isPresent()) {
        return exact.get();
      }
    }
    return SqlOperator.infix("/", args.get(0), args.get(1));
  }

  static SqlExpression resultCast(Call call, SqlExpression expression) {
    return new SqlCast(expression, DuckDbTypes.of(call.dataType()), false);
  }

  /** Spark (ANSI) fails on a zero divisor where DuckDB would return NULL. */
  private static SqlExpression guardZero(SqlExpression divisor, SqlExpression division) {
    return guardZero(divisor, division, RaisedError.DIVIDE_BY_ZERO);
  }

  /** {@code CASE WHEN divisor = 0 THEN error(...) ELSE division END}. */
  /** Non-ANSI Spark: a zero divisor gives NULL. */
  private static SqlExpression nullWhenZero(SqlExpression divisor, SqlExpression division) {
    return new SqlCase(List.of(new SqlCase.When(SqlOperator.infix("=", divisor, new SqlLiteral(0, AtomicType.INTEGER)),
        new SqlLiteral(null, AtomicType.NULL))), division);
  }

  static SqlExpression guardZero(SqlExpression divisor, SqlExpression division, RaisedError error) {
    return new SqlCase(List.of(new SqlCase.When(SqlOperator.infix("=", divisor, new SqlLiteral(0, AtomicType.INTEGER)),
        raise(error, "INTEGER"))), division);
  }

  /** DuckDB's {@code error(marker)}, typed so that it fits any CASE branch. */
  static SqlExpression raise(RaisedError error, String duckDbType, String... arguments) {
    return new SqlCast(SqlCall.of("error", new SqlLiteral(error.marker(arguments), AtomicType.STRING)), duckDbType,
        false);
  }

  /** sort_array(a[, ascending]): ascending puts nulls first, descending last. */
  private static SqlExpression sortArray(Call call, List<SqlExpression> args) {
    boolean ascending = call.arguments().size() < 2
        || !(call.argument(1) instanceof dev.ember.plan.expressions.Literal flag) || !Boolean.FALSE.equals(flag.value());
    return SqlCall.of("list_sort", args.get(0), new SqlLiteral(ascending ? "ASC" : "DESC", AtomicType.STRING),
        new SqlLiteral(ascending ? "NULLS FIRST" : "NULLS LAST", AtomicType.STRING));
  }
}
