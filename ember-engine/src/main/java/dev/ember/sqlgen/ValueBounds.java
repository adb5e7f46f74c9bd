package dev.ember.sqlgen;

import dev.ember.plan.expressions.Literal;
import dev.ember.plan.resolved.Aggregation;
import dev.ember.plan.resolved.Attribute;
import dev.ember.plan.resolved.BoundCast;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.resolved.ColumnReference;
import dev.ember.plan.resolved.FileScan;
import dev.ember.plan.resolved.NamedExpression;
import dev.ember.plan.resolved.Projection;
import dev.ember.plan.resolved.ResolvedPlan;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import dev.ember.plan.types.DecimalType;
import java.math.BigDecimal;
import java.math.RoundingMode;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;

/**
 * How large values can get, as far as the files' statistics tell: the largest absolute value of
 * columns read from Parquet, carried through projections and simple arithmetic. It lets a product of
 * decimals that cannot exceed 18 digits use DuckDB's 64-bit multiply (which still checks for overflow)
 * instead of 128-bit arithmetic; unknown values keep the exact 128-bit path.
 */
final class ValueBounds {
  private static final ThreadLocal<ValueBounds> CURRENT = ThreadLocal.withInitial(ValueBounds::new);
  /** The most digits DuckDB keeps in a 64-bit decimal. */
  static final int MAX_64_BIT_DIGITS = 18;

  private final Map<Long, BigDecimal> magnitudes = new HashMap<>();

  private ValueBounds() {
  }

  /** Runs {@code generation} with the bounds of {@code plan} as {@link #current()}. */
  static <T> T within(ResolvedPlan plan, Supplier<T> generation) {
    ValueBounds outer = CURRENT.get();
    ValueBounds bounds = new ValueBounds();
    bounds.collect(plan);
    CURRENT.set(bounds);
    try {
      return generation.get();
    } finally {
      CURRENT.set(outer);
    }
  }

  static ValueBounds current() {
    return CURRENT.get();
  }

  /** Whether {@code multiply(a, b)} of decimals, at Spark's result scale, fits in 18 digits. */
  boolean productFitsIn64Bits(Call multiply) {
    if (!(multiply.dataType() instanceof DecimalType result)
        || !(multiply.argument(0).dataType() instanceof DecimalType left)
        || !(multiply.argument(1).dataType() instanceof DecimalType right)
        || result.scale() != left.scale() + right.scale() || result.scale() > MAX_64_BIT_DIGITS) {
      return false;
    }
    Optional<BigDecimal> product = magnitude(multiply);
    return product.isPresent() && product.get().compareTo(BigDecimal.TEN.pow(MAX_64_BIT_DIGITS - result.scale())) < 0;
  }

  Optional<BigDecimal> magnitude(BoundExpression expression) {
    if (expression instanceof ColumnReference reference) {
      return Optional.ofNullable(magnitudes.get(reference.attribute().id()));
    }
    if (expression instanceof Literal literal && literal.value() instanceof Number number && numeric(literal.dataType())) {
      return Optional.of(new BigDecimal(number.toString()).abs());
    }
    if (expression instanceof BoundCast cast && numeric(cast.child().dataType()) && numeric(cast.dataType())) {
      // a cast to fewer decimal places may round up by less than one
      return magnitude(cast.child()).map(value -> value.add(BigDecimal.ONE));
    }
    if (expression instanceof Call call) {
      return callMagnitude(call);
    }
    return Optional.empty();
  }

  private Optional<BigDecimal> callMagnitude(Call call) {
    List<BoundExpression> arguments = call.arguments();
    switch (call.function()) {
      case "add":
      case "subtract":
        return both(arguments, BigDecimal::add);
      case "multiply":
        return both(arguments, BigDecimal::multiply);
      case "negative":
      case "abs":
      case "min":
      case "max":
        return arguments.size() == 1 ? magnitude(arguments.get(0)) : Optional.empty();
      default:
        return Optional.empty();
    }
  }

  private Optional<BigDecimal> both(List<BoundExpression> arguments,
      java.util.function.BinaryOperator<BigDecimal> combine) {
    Optional<BigDecimal> left = magnitude(arguments.get(0));
    Optional<BigDecimal> right = magnitude(arguments.get(1));
    return left.isPresent() && right.isPresent() ? Optional.of(combine.apply(left.get(), right.get())) : Optional.empty();
  }

  private void collect(ResolvedPlan plan) {
    for (ResolvedPlan child : PlanChildren.of(plan)) {
      collect(child);
    }
    if (plan instanceof FileScan scan) {
      for (int i = 0; i < scan.sourceColumns().size(); i++) {
        Attribute attribute = scan.output().get(i);
        BigDecimal magnitude = scan.magnitudes().get(scan.sourceColumns().get(i));
        if (magnitude != null && numeric(attribute.dataType())) {
          magnitudes.put(attribute.id(), magnitude.setScale(0, RoundingMode.CEILING).add(BigDecimal.ONE));
        }
      }
    } else if (plan instanceof Projection projection) {
      remember(projection.columns());
    } else if (plan instanceof Aggregation aggregation) {
      remember(aggregation.columns());
    }
  }

  private void remember(List<NamedExpression> columns) {
    for (NamedExpression column : columns) {
      magnitude(column.expression()).ifPresent(value -> magnitudes.put(column.attribute().id(), value));
    }
  }

  /** Integral and decimal types: their values are exact numbers. */
  private static boolean numeric(DataType type) {
    return type instanceof DecimalType || (type instanceof AtomicType atomic && atomic.integral());
  }
}
