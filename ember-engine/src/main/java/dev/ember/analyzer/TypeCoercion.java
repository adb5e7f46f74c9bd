package dev.ember.analyzer;

import dev.ember.plan.resolved.BoundCast;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import dev.ember.plan.types.DecimalType;
import java.util.List;
import java.util.Optional;

/** Spark's ANSI implicit casts: the common type of two operands and the casts that reach it. */
final class TypeCoercion {
  private TypeCoercion() {
  }

  /** Wraps {@code expression} in a cast unless it already has {@code type}. */
  static BoundExpression castTo(BoundExpression expression, DataType type) {
    if (expression.dataType().equals(type)) {
      return expression;
    }
    if (expression instanceof dev.ember.plan.expressions.Literal literal && literal.value() == null) {
      return dev.ember.plan.expressions.Literal.nullOf(type);
    }
    if (!ansi() && expression.dataType() == AtomicType.STRING) {
      // without ANSI an implicit cast of text is Spark's legacy cast: NULL for text that is no value of the type
      return LenientArithmetic.cast(expression, type);
    }
    return new BoundCast(expression, type, false);
  }

  /** The common type when the types are equal, one is NULL, or both are numbers. */
  private static Optional<DataType> equalNullOrNumeric(DataType left, DataType right) {
    if (left.equals(right) || right == AtomicType.NULL) {
      return Optional.of(left);
    }
    if (left == AtomicType.NULL) {
      return Optional.of(right);
    }
    if (left.isNumeric() && right.isNumeric()) {
      return Optional.of(widerNumeric(left, right));
    }
    // Spark: GEOMETRY (or GEOGRAPHY) values of two SRIDs meet as GEOMETRY(ANY) (GEOGRAPHY(ANY))
    if (left instanceof dev.ember.plan.types.SpatialType a && right instanceof dev.ember.plan.types.SpatialType b
        && a.geography() == b.geography()) {
      return Optional.of(new dev.ember.plan.types.SpatialType(a.geography(), dev.ember.plan.types.SpatialType.MIXED_SRID));
    }
    return Optional.empty();
  }

  /**
   * Spark's {@code AnsiTypeCoercion.findTightestCommonType}: equal types, NULL beside any, an integral type beside a
   * decimal that holds it, two non-decimal numbers (an integer beside a float is a double), two datetimes, ANSI
   * intervals of one family, and arrays, maps and structs of such; no common type otherwise.
   */
  static Optional<DataType> tightestCommonType(DataType left, DataType right) {
    if (left.equals(right) || right == AtomicType.NULL) {
      return Optional.of(left);
    }
    if (left == AtomicType.NULL) {
      return Optional.of(right);
    }
    if (left instanceof DecimalType || right instanceof DecimalType) {
      if (left instanceof DecimalType decimal && right instanceof AtomicType atomic && atomic.integral()) {
        return widerDecimal(decimal, DecimalType.forIntegral(atomic)).equals(decimal) ? Optional.of(left)
            : Optional.empty();
      }
      if (right instanceof DecimalType decimal && left instanceof AtomicType atomic && atomic.integral()) {
        return widerDecimal(decimal, DecimalType.forIntegral(atomic)).equals(decimal) ? Optional.of(right)
            : Optional.empty();
      }
      return Optional.empty();
    }
    if (left.isNumeric() && right.isNumeric()) {
      DataType wider = widerNumeric(left, right);
      return Optional.of(wider == AtomicType.FLOAT ? AtomicType.DOUBLE : wider);
    }
    if (isDatetime(left) && isDatetime(right)) {
      return Optional.of(widerDatetime(left, right));
    }
    if (left.isAnsiInterval() || right.isAnsiInterval()) {
      return widerInterval(left, right);
    }
    return ComplexTypeCoercion.common(left, right, TypeCoercion::tightestCommonType);
  }

  /** The type both sides of a comparison or arithmetic operator are cast to, if any. */
  static Optional<DataType> commonType(DataType left, DataType right) {
    Optional<DataType> plain = equalNullOrNumeric(left, right);
    if (plain.isPresent()) {
      return plain;
    }
    // ANSI: a string compared with another simple type is cast to that type (never to an array, map or struct).
    // (nor to an ANSI interval: Spark finds no common type for a string and an interval)
    if (left == AtomicType.STRING && right != AtomicType.BINARY && !isComplex(right) && !right.isAnsiInterval()) {
      return Optional.of(right);
    }
    if (right == AtomicType.STRING && left != AtomicType.BINARY && !isComplex(left) && !left.isAnsiInterval()) {
      return Optional.of(left);
    }
    if (isDatetime(left) && isDatetime(right)) {
      return Optional.of(widerDatetime(left, right));
    }
    return widerInterval(left, right);
  }

  /** Spark widens ANSI intervals of one family to the fields both span (interval hour vs minute: hour to minute). */
  private static Optional<DataType> widerInterval(DataType left, DataType right) {
    if (left instanceof dev.ember.plan.types.DayTimeIntervalType a
        && right instanceof dev.ember.plan.types.DayTimeIntervalType b) {
      return Optional.of(new dev.ember.plan.types.DayTimeIntervalType(Math.min(a.startField(), b.startField()),
          Math.max(a.endField(), b.endField())));
    }
    if (left instanceof dev.ember.plan.types.YearMonthIntervalType a
        && right instanceof dev.ember.plan.types.YearMonthIntervalType b) {
      return Optional.of(new dev.ember.plan.types.YearMonthIntervalType(Math.min(a.startField(), b.startField()),
          Math.max(a.endField(), b.endField())));
    }
    return Optional.empty();
  }

  private static boolean isComplex(DataType type) {
    return type instanceof dev.ember.plan.types.ArrayType || type instanceof dev.ember.plan.types.MapType
        || type instanceof dev.ember.plan.types.StructType;
  }

  /** Dates and timestamps meet at a timestamp (with a time zone if either has one). */
  private static DataType widerDatetime(DataType left, DataType right) {
    return left == AtomicType.TIMESTAMP || right == AtomicType.TIMESTAMP ? AtomicType.TIMESTAMP
        : AtomicType.TIMESTAMP_NTZ;
  }

  /**
   * Spark's ANSI {@code findWiderTypeForTwo}, used where values of two types meet in one column
   * (set operations): numeric widening, strings promoted to the other atomic type (bigint beside
   * integers, double beside fractional numbers), dates to timestamps.
   */
  static Optional<DataType> widerType(DataType left, DataType right) {
    Optional<DataType> plain = equalNullOrNumeric(left, right);
    if (plain.isPresent()) {
      return plain;
    }
    if (isDatetime(left) && isDatetime(right)) {
      return Optional.of(widerDatetime(left, right));
    }
    Optional<DataType> interval = widerInterval(left, right);
    if (interval.isPresent()) {
      return interval;
    }
    if (left == AtomicType.STRING) {
      return widerForString(right);
    }
    if (right == AtomicType.STRING) {
      return widerForString(left);
    }
    return ComplexTypeCoercion.common(left, right, TypeCoercion::widerType);
  }

  private static Optional<DataType> widerForString(DataType other) {
    if (other instanceof AtomicType atomic && atomic.integral()) {
      return Optional.of(AtomicType.LONG);
    }
    if (other.isNumeric()) {
      return Optional.of(AtomicType.DOUBLE);
    }
    return other instanceof AtomicType ? Optional.of(other) : Optional.empty();
  }

  /**
   * The type a string operand is implicitly cast to next to {@code other} in arithmetic (ANSI):
   * bigint beside integers, double beside fractional numbers. Non-strings keep their type.
   */
  static DataType numericForString(DataType type, DataType other) {
    if (type != AtomicType.STRING) {
      return type;
    }
    if (other instanceof AtomicType atomic && atomic.integral()) {
      return AtomicType.LONG;
    }
    return AtomicType.DOUBLE;
  }

  /**
   * Spark's {@code findWiderCommonType} (ANSI) over every type, for CASE, IN, coalesce: numbers
   * widen, datetimes meet at a timestamp, and with {@code stringPromotion} a string beside an
   * integral type becomes bigint, beside a fractional type double, beside another atomic type
   * that type. Empty if some pair has no common type.
   */
  static Optional<DataType> widerType(List<DataType> types, boolean stringPromotion) {
    DataType result = AtomicType.NULL;
    for (DataType type : types) {
      Optional<DataType> wider = widerType(result, type, stringPromotion);
      if (wider.isEmpty()) {
        return wider;
      }
      result = wider.get();
    }
    return Optional.of(result);
  }

  static Optional<DataType> widerType(DataType left, DataType right, boolean stringPromotion) {
    Optional<DataType> plain = equalNullOrNumeric(left, right);
    if (plain.isPresent()) {
      return plain;
    }
    if (isDatetime(left) && isDatetime(right)) {
      return commonType(left, right);
    }
    Optional<DataType> interval = widerInterval(left, right);
    if (interval.isPresent()) {
      return interval;
    }
    if (stringPromotion && (left == AtomicType.STRING || right == AtomicType.STRING)) {
      DataType other = left == AtomicType.STRING ? right : left;
      if (other instanceof AtomicType atomic && atomic.integral()) {
        return Optional.of(AtomicType.LONG);
      }
      if (other.isNumeric()) {
        return Optional.of(AtomicType.DOUBLE);
      }
      if (other instanceof AtomicType) {
        return Optional.of(other);
      }
    }
    return ComplexTypeCoercion.common(left, right, (a, b) -> widerType(a, b, stringPromotion));
  }

  /** Casts every expression to {@code type}. */
  static List<BoundExpression> castAll(List<BoundExpression> expressions, DataType type) {
    return expressions.stream().map(expression -> castTo(expression, type)).toList();
  }

  /**
   * ANSI implicit cast of a function input to string: any atomic type except binary is accepted
   * (numbers, booleans, datetimes are written as text). Empty if the type cannot be cast.
   */
  static Optional<BoundExpression> implicitString(BoundExpression expression) {
    DataType type = expression.dataType();
    if (type == AtomicType.STRING) {
      return Optional.of(expression);
    }
    // Spark casts a binary implicitly too (its bytes read as UTF-8 text): btrim(encode(s, 'utf-8')) is a string.
    if (type == AtomicType.NULL || type.isNumeric() || type == AtomicType.BOOLEAN || type == AtomicType.BINARY
        || isDatetime(type) || type instanceof dev.ember.plan.types.TimeType) {
      return Optional.of(castTo(expression, AtomicType.STRING));
    }
    return Optional.empty();
  }

  static boolean isDatetime(DataType type) {
    return type == AtomicType.DATE || type == AtomicType.TIMESTAMP || type == AtomicType.TIMESTAMP_NTZ;
  }

  /**
   * Whether the analysis under way on this thread follows ANSI coercion ({@code spark.sql.ansi.enabled}), set by
   * {@link Analyzer#analyze} for the coercion rules that differ between Spark's two type-coercion objects.
   */
  private static final ThreadLocal<Boolean> ANSI = ThreadLocal.withInitial(() -> true);

  /** Whether the analysis under way follows ANSI coercion. */
  static boolean ansi() {
    return ANSI.get();
  }

  /** Runs an analysis with ANSI or legacy coercion, restoring the outer analysis's mode afterwards. */
  static <T> T withAnsi(boolean ansi, java.util.function.Supplier<T> analysis) {
    Boolean outer = ANSI.get();
    ANSI.set(ansi);
    try {
      return analysis.get();
    } finally {
      ANSI.set(outer);
    }
  }

  /**
   * Spark's numeric precedence: byte < short < int < long < decimal < float < double; with ANSI coercion an integer
   * beside a float widens to double (Spark's AnsiTypeCoercion: a float's mantissa does not hold every integer).
   */
  static DataType widerNumeric(DataType left, DataType right) {
    if (left == AtomicType.DOUBLE || right == AtomicType.DOUBLE) {
      return AtomicType.DOUBLE;
    }
    if (left == AtomicType.FLOAT || right == AtomicType.FLOAT) {
      boolean bothFloat = left == right;
      return left instanceof DecimalType || right instanceof DecimalType || (!bothFloat && ANSI.get())
          ? AtomicType.DOUBLE : AtomicType.FLOAT;
    }
    if (left instanceof DecimalType || right instanceof DecimalType) {
      return widerDecimal(asDecimal(left), asDecimal(right));
    }
    return integralRank((AtomicType) left) >= integralRank((AtomicType) right) ? left : right;
  }

  /**
   * The decimal type an operand of decimal arithmetic is read as: an integral literal takes the
   * fewest digits that hold it (Spark's literalPickMinimumPrecision), other operands their exact type.
   */
  static DecimalType decimalOperand(BoundExpression operand, DataType common) {
    DataType type = operand.dataType() == AtomicType.NULL ? common : operand.dataType();
    if (operand instanceof dev.ember.plan.expressions.Literal literal && literal.value() instanceof Number number
        && type instanceof AtomicType atomic && atomic.integral()) {
      int digits = Long.toString(Math.abs(number.longValue())).length();
      return new DecimalType(Math.max(digits, 1), 0);
    }
    return asDecimal(type);
  }

  static DecimalType asDecimal(DataType type) {
    return type instanceof DecimalType decimal ? decimal : DecimalType.forIntegral((AtomicType) type);
  }

  /** Spark's DecimalPrecision.widerDecimalType. */
  static DecimalType widerDecimal(DecimalType a, DecimalType b) {
    int scale = Math.max(a.scale(), b.scale());
    int range = Math.max(a.precision() - a.scale(), b.precision() - b.scale());
    return DecimalType.bounded(range + scale, scale);
  }

  private static int integralRank(AtomicType type) {
    return switch (type) {
      case BYTE -> 1;
      case SHORT -> 2;
      case INTEGER -> 3;
      case LONG -> 4;
      default -> throw new IllegalArgumentException("not integral: " + type);
    };
  }
}
