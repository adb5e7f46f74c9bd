package dev.ember.analyzer;

import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.Call;
import java.util.Map;

/**
 * With {@code spark.sql.ansi.enabled=false}, division, remainder and pmod by zero give NULL instead of
 * failing, decimal arithmetic beyond its result type gives NULL, integer arithmetic wraps around on overflow as on the JVM, and so do the divisions inside moment statistics (corr of a constant column); conv's
 * overflow reads as all ones instead of failing; text that does not match its datetime pattern, an impossible make_date or make_timestamp, and next_day's unknown day of
 * the week read as NULL.
 */
final class LenientArithmetic {
  private static final Map<String, String> LENIENT = Map.of(
      "divide", "try_divide",
      "remainder", "try_remainder",
      "pmod", "try_pmod",
      // an index outside the values reads as NULL
      "elt", "lenient_elt",
      // text that does not match its datetime pattern reads as NULL
      "parse_timestamp", "try_parse_timestamp",
      "parse_date", "try_parse_date",
      // a day of the week Spark does not know reads as NULL
      "next_day", "lenient_next_day");
  /** Integer arithmetic that wraps around instead of failing on overflow. */
  private static final Map<String, String> WRAPPING = Map.of(
      "add", "wrapping_add", "subtract", "wrapping_subtract", "multiply", "wrapping_multiply",
      "negative", "wrapping_negative", "abs", "wrapping_abs", "round", "wrapping_round", "bround", "wrapping_bround");

  /** Decimal arithmetic that gives NULL instead of failing on overflow. */
  private static final Map<String, String> DECIMAL_NULL_ON_OVERFLOW = Map.of(
      "add", "try_add", "subtract", "try_subtract", "multiply", "try_multiply");

  /** Interval functions whose implicit casts (strings read as numbers or timestamps, seconds as decimals) give NULL. */
  private static final java.util.Set<String> IMPLICIT_CASTS = java.util.Set.of("interval_multiply", "interval_divide",
      "timestamp_add_micros", "timestamp_add_calendar", "make_interval", "make_dt_interval", "make_ym_interval");

  private LenientArithmetic() {
  }

  /**
   * A cast without ANSI: a number (a decimal too) to a byte, short, int or long converts as Java does (never NULL,
   * {@code legacy_integral_cast}); an interval to or from a number fails on overflow as with ANSI; other failing
   * casts give NULL.
   */
  static BoundExpression cast(BoundExpression child, dev.ember.plan.types.DataType target) {
    if (child.dataType().isAnsiInterval() && target.isNumeric() || child.dataType().isNumeric() && target.isAnsiInterval()
        || target == dev.ember.plan.types.AtomicType.BINARY && child.dataType() instanceof dev.ember.plan.types.AtomicType
        atomic && atomic.integral()) {
      // Spark's IntervalUtils conversions fail on overflow whatever the ANSI mode; an integer's bytes never fail
      return new dev.ember.plan.resolved.BoundCast(child, target, false);
    }
    if (child.dataType() == dev.ember.plan.types.AtomicType.STRING
        && target instanceof dev.ember.plan.types.AtomicType to && to.integral()) {
      // Spark reads a string with a fraction as its whole part
      return new Call("legacy_text_integral_cast", java.util.List.of(child), target, true);
    }
    if (child.dataType() instanceof dev.ember.plan.types.AtomicType from && (from.integral() || from.fractional())
        && target instanceof dev.ember.plan.types.AtomicType to && to.integral() && from != to) {
      // Spark's Cast.forceNullable: a fractional number may not fit
      return new Call("legacy_integral_cast", java.util.List.of(child), target, child.nullable() || from.fractional());
    }
    if (child.dataType() instanceof dev.ember.plan.types.DecimalType
        && target instanceof dev.ember.plan.types.AtomicType to && to.integral()) {
      return new Call("legacy_integral_cast", java.util.List.of(child), target, true);
    }
    if (child.dataType() instanceof dev.ember.plan.types.AtomicType from
        && (from.integral() || from == dev.ember.plan.types.AtomicType.FLOAT)
        && (target == dev.ember.plan.types.AtomicType.FLOAT || target == dev.ember.plan.types.AtomicType.DOUBLE)) {
      // an integer (or a float) as a floating-point number never fails: the cast keeps its input's nullability
      return new dev.ember.plan.resolved.BoundCast(child, target, false);
    }
    return new dev.ember.plan.resolved.BoundCast(child, target, true);
  }

  static BoundExpression lenient(BoundExpression bound) {
    if (bound instanceof dev.ember.plan.resolved.BoundCast cast && !cast.tryCast()
        && cast.child() instanceof Call call && IMPLICIT_CASTS.contains(call.function())) {
      // a string added to a day-time interval: the sum (of the string read as a timestamp) cast back to a string
      return new dev.ember.plan.resolved.BoundCast(lenient(call), cast.dataType(), false);
    }
    if (bound instanceof Call call && IMPLICIT_CASTS.contains(call.function())) {
      java.util.List<BoundExpression> arguments = call.arguments().stream()
          .map(argument -> argument instanceof dev.ember.plan.resolved.BoundCast cast && !cast.tryCast()
              ? cast(cast.child(), cast.dataType()) : argument)
          .toList();
      return new Call(call.function(), arguments, call.dataType(), call.nullable() || !arguments.equals(
          call.arguments()));
    }
    if (bound instanceof Call call && LENIENT.containsKey(call.function())) {
      return new Call(LENIENT.get(call.function()), call.arguments(), call.dataType(), true);
    }
    if (bound instanceof Call call && call.function().equals("unix_timestamp")
        && call.argument(0) instanceof Call parse && LENIENT.containsKey(parse.function())) {
      return new Call(call.function(), java.util.List.of(lenient(parse)), call.dataType(), true);
    }
    if (bound instanceof Call call && DECIMAL_NULL_ON_OVERFLOW.containsKey(call.function())
        && call.dataType() instanceof dev.ember.plan.types.DecimalType && call.arguments().size() == 2) {
      // a decimal beyond the result type gives NULL (Spark's CheckOverflow without ANSI), as try_add does
      return new Call(DECIMAL_NULL_ON_OVERFLOW.get(call.function()), call.arguments(), call.dataType(), true);
    }
    if (bound instanceof Call call && WRAPPING.containsKey(call.function())
        && call.dataType() instanceof dev.ember.plan.types.AtomicType type && type.integral()) {
      return new Call(WRAPPING.get(call.function()), call.arguments(), call.dataType(), call.nullable());
    }
    if (bound instanceof Call call && MomentFunctions.STATISTICS.contains(call.function())) {
      return MomentFunctions.withoutAnsi(call);
    }
    if (bound instanceof Call call && call.function().equals("element_at")) {
      // an index out of bounds gives NULL instead of failing (an index of 0 still fails)
      return new Call("try_element_at", call.arguments(), call.dataType(),
          CollectionFunctions.elementAtNullable(call.argument(0), call.argument(1), false));
    }
    if (bound instanceof dev.ember.plan.resolved.ElementAccess access
        && access.child().dataType() instanceof dev.ember.plan.types.ArrayType) {
      // array[index]: NULL out of bounds (Spark's GetArrayItem without failOnError)
      return new Call("get", java.util.List.of(access.child(), access.key()), access.dataType(), true);
    }
    if (bound instanceof Call call && call.function().equals("make_timestamp")) {
      // an impossible field gives NULL instead of failing
      java.util.List<BoundExpression> arguments = new java.util.ArrayList<>(call.arguments());
      arguments.set(arguments.size() - 1, dev.ember.plan.expressions.Literal.of(false));
      return new Call(call.function(), arguments, call.dataType(), true);
    }
    if (bound instanceof Call call && call.function().equals("make_date")) {
      return new Call("lenient_make_date", call.arguments(), call.dataType(), true);
    }
    if (bound instanceof Call call && call.function().equals("conv")) {
      java.util.List<BoundExpression> arguments = new java.util.ArrayList<>(call.arguments());
      arguments.set(arguments.size() - 1, dev.ember.plan.expressions.Literal.of(false));
      return new Call(call.function(), arguments, call.dataType(), call.nullable());
    }
    return bound;
  }
}
