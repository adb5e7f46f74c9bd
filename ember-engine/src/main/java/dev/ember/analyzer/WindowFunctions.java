package dev.ember.analyzer;

import dev.ember.plan.errors.SparkErrors;
import dev.ember.plan.expressions.Literal;
import dev.ember.plan.expressions.WindowFrame.FrameType;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.resolved.ResolvedFrame;
import dev.ember.plan.resolved.ResolvedFrame.Bound;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * Spark's window-only functions (ranking, lag/lead, nth_value): result types, output names and
 * the frame each one imposes. They need an OVER clause and an ordered window.
 */
final class WindowFunctions {
  private static final Set<String> RANKING = Set.of("row_number", "rank", "dense_rank", "percent_rank", "ntile");
  private static final Set<String> WINDOW_ONLY = Set.of("row_number", "rank", "dense_rank", "percent_rank", "ntile",
      "cume_dist", "lag", "lead", "nth_value");

  private WindowFunctions() {
  }

  /** Functions that exist only over a window (by their definition name). */
  static boolean isWindowOnly(String definitionName) {
    return WINDOW_ONLY.contains(definitionName);
  }

  static List<FunctionDefinition> definitions() {
    return List.of(
        ranking("row_number", "row_number()", AtomicType.INTEGER),
        ranking("rank", "RANK()", AtomicType.INTEGER),
        ranking("dense_rank", "DENSE_RANK()", AtomicType.INTEGER),
        ranking("percent_rank", "PERCENT_RANK()", AtomicType.DOUBLE),
        ranking("cume_dist", "cume_dist()", AtomicType.DOUBLE),
        new FunctionDefinition("ntile", 1, 1, false, WindowFunctions::ntile, FunctionDefinition.prefix("ntile")),
        offset("lag"),
        offset("lead"),
        new FunctionDefinition("nth_value", 2, 3, false, WindowFunctions::nthValue,
            (names, distinct) -> "nth_value(" + names.get(0) + ", " + names.get(1) + ")"));
  }

  /**
   * The frame a window function imposes (ranking functions count rows up to the current one,
   * lag/lead look at exactly one row), or empty when it takes the window's frame.
   */
  static Optional<ResolvedFrame> requiredFrame(Call function) {
    String name = function.function();
    if (RANKING.contains(name)) {
      return Optional.of(ResolvedFrame.ROWS_TO_CURRENT);
    }
    if (name.equals("cume_dist")) {
      return Optional.of(ResolvedFrame.RANGE_TO_CURRENT);
    }
    if (isOffset(name)) {
      long offset = ((Number) ((Literal) function.argument(1)).value()).longValue();
      Bound bound = Bound.offset(name.startsWith("lag") ? -offset : offset);
      return Optional.of(new ResolvedFrame(FrameType.ROWS, bound, bound));
    }
    return Optional.empty();
  }

  static boolean isOffset(String callName) {
    return callName.startsWith("lag") || callName.startsWith("lead");
  }

  /** Whether a resolved call is a window-only function (its call name may carry an ignore-nulls suffix). */
  static boolean isWindowCall(String callName) {
    return WINDOW_ONLY.contains(callName.replace("_ignore_nulls", ""));
  }

  /** Spark's pretty name in WINDOW_FUNCTION_FRAME_NOT_ORDERED ({@code wf_name}). */
  static String prettyName(Call function) {
    return function.function().replace("_ignore_nulls", "");
  }

  private static FunctionDefinition ranking(String name, String prettyName, DataType type) {
    return new FunctionDefinition(name, 0, 0, false,
        (pretty, arguments, sql) -> new Call(name, List.of(), type, false), (names, distinct) -> prettyName);
  }

  private static BoundExpression ntile(String pretty, List<BoundExpression> arguments, List<String> sql) {
    BoundExpression buckets = arguments.get(0);
    if (!(buckets instanceof Literal literal) || !(literal.value() instanceof Integer count)) {
      throw ArithmeticFunctions.unexpectedInputType(pretty, buckets.dataType(), "\"INT\"");
    }
    if (count <= 0) {
      throw SparkErrors.dataTypeMismatch("VALUE_OUT_OF_RANGE", "\"" + pretty + "\"",
          "The buckets must be between (0, 2147483647] (current value = " + count + ").",
          Map.of("exprName", "buckets", "valueRange", "(0, 2147483647]", "currentValue", count.toString()));
    }
    return new Call("ntile", List.of(literal), AtomicType.INTEGER, false);
  }

  /** lag/lead(input[, offset[, default[, ignoreNulls]]]); the name shows input, offset and default. */
  private static FunctionDefinition offset(String name) {
    return new FunctionDefinition(name, 1, 4, false, (pretty, arguments, sql) -> {
      BoundExpression input = arguments.get(0);
      Literal offset = arguments.size() > 1 ? requireInteger(pretty, arguments.get(1)) : Literal.of(1);
      BoundExpression fallback = arguments.size() > 2 ? arguments.get(2) : Literal.nullOf(AtomicType.NULL);
      if (!fallback.dataType().equals(input.dataType())) {
        fallback = TypeCoercion.castTo(fallback, input.dataType());
      }
      boolean ignoreNulls = arguments.size() > 3 && isTrue(arguments.get(3));
      // NULL only where the input or the default can be (Spark's FrameLessOffsetWindowFunction.nullable)
      return new Call(ignoreNulls ? name + "_ignore_nulls" : name, List.of(input, offset, fallback),
          input.dataType(), input.nullable() || fallback.nullable());
    }, (names, distinct) -> name + "(" + names.get(0) + ", " + (names.size() > 1 ? names.get(1) : "1") + ", "
        + (names.size() > 2 ? names.get(2) : "NULL") + ")");
  }

  private static BoundExpression nthValue(String pretty, List<BoundExpression> arguments, List<String> sql) {
    BoundExpression input = arguments.get(0);
    Literal n = requireInteger(pretty, arguments.get(1));
    boolean ignoreNulls = arguments.size() > 2 && isTrue(arguments.get(2));
    return new Call(ignoreNulls ? "nth_value_ignore_nulls" : "nth_value", List.of(input, n), input.dataType(), true);
  }

  private static Literal requireInteger(String pretty, BoundExpression argument) {
    if (argument instanceof Literal literal && literal.value() instanceof Integer) {
      return literal;
    }
    // a signed constant ((+ 3), (- 3)) folds as Spark folds it
    if (argument instanceof Call call && call.arguments().size() == 1
        && (call.function().equals("positive") || call.function().equals("negative"))) {
      Literal value = requireInteger(pretty, call.argument(0));
      return call.function().equals("positive") ? value : Literal.of(Math.negateExact((Integer) value.value()));
    }
    throw ArithmeticFunctions.unexpectedInputType(pretty, argument.dataType(), "\"INT\"");
  }

  private static boolean isTrue(BoundExpression flag) {
    return flag instanceof Literal literal && Boolean.TRUE.equals(literal.value());
  }
}
