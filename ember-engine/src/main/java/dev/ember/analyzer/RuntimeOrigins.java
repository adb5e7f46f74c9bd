package dev.ember.analyzer;

import dev.ember.plan.errors.EmberException;
import dev.ember.plan.origin.SqlOrigin;
import dev.ember.plan.resolved.BoundCast;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.resolved.ElementAccess;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DecimalType;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * Where a query's SQL text wrote the expressions that can fail while it runs, by the errors they raise — Spark's
 * {@code SupportQueryContext} expressions (arithmetic, casts, array indexing) keep their origin and name it in the
 * error. DuckDB's failure does not say which expression failed: the error takes the origin of the one expression of
 * the query that can raise it, and none when several can (rather than a wrong one).
 */
public final class RuntimeOrigins {
  private static final List<String> ARITHMETIC = List.of("ARITHMETIC_OVERFLOW", "INTERVAL_ARITHMETIC_OVERFLOW");
  private static final List<String> DIVISION = List.of("DIVIDE_BY_ZERO", "REMAINDER_BY_ZERO",
      "INTERVAL_DIVIDED_BY_ZERO", "ARITHMETIC_OVERFLOW");
  /** Decimal arithmetic beyond its result type (Spark's CheckOverflow); a decimal division also by zero. */
  private static final List<String> DECIMAL_ARITHMETIC = List.of("NUMERIC_VALUE_OUT_OF_RANGE.WITH_SUGGESTION");
  private static final List<String> DECIMAL_DIVISION = List.of("DIVIDE_BY_ZERO",
      "NUMERIC_VALUE_OUT_OF_RANGE.WITH_SUGGESTION");
  private static final List<String> CAST_FROM_STRING = List.of("CAST_INVALID_INPUT");
  private static final List<String> CAST = List.of("CAST_OVERFLOW", "NUMERIC_VALUE_OUT_OF_RANGE.WITH_SUGGESTION");
  private static final List<String> INDEX = List.of("INVALID_ARRAY_INDEX", "INVALID_ARRAY_INDEX_IN_ELEMENT_AT");

  private final Map<String, Set<SqlOrigin>> byCondition = new HashMap<>();
  private int correlatedScalarSubqueries;
  private int uncorrelatedScalarSubqueries;

  /** Notes where {@code expression} was written when it is one that can fail at run time. */
  void note(BoundExpression expression, SqlOrigin origin) {
    for (String condition : conditions(expression)) {
      byCondition.computeIfAbsent(condition, key -> new LinkedHashSet<>()).add(origin);
    }
  }

  /** Notes a scalar subquery of the query that may find more than one row, correlated or not. */
  void noteScalarSubquery(boolean correlated) {
    if (correlated) {
      correlatedScalarSubqueries++;
    } else {
      uncorrelatedScalarSubqueries++;
    }
  }

  /**
   * The error of the query's run with the origin of the one expression that raises it, if one does; a scalar
   * subquery's SCALAR_SUBQUERY_TOO_MANY_ROWS as Spark raises it for a correlated one when only correlated ones can
   * find more than one row.
   */
  public EmberException attach(EmberException error) {
    if ("SCALAR_SUBQUERY_TOO_MANY_ROWS".equals(error.errorClass()) && correlatedScalarSubqueries > 0
        && uncorrelatedScalarSubqueries == 0) {
      return dev.ember.plan.errors.SparkErrors.scalarSubqueryTooManyRows(true);
    }
    Set<SqlOrigin> origins = error.errorClass() == null ? null : byCondition.get(error.errorClass());
    return origins == null || origins.size() != 1 ? error : error.withQueryContext(origins.iterator().next());
  }

  private static List<String> conditions(BoundExpression expression) {
    if (expression instanceof Call call) {
      if (call.dataType() instanceof DecimalType result && call.arguments().size() == 2
          && call.argument(0).dataType() instanceof DecimalType a && call.argument(1).dataType() instanceof DecimalType b
          && List.of("add", "subtract", "multiply", "divide").contains(call.function())) {
        boolean overflows = DecimalPrecision.mayOverflow(call.function(), a, b, result);
        return call.function().equals("divide") ? (overflows ? DECIMAL_DIVISION : DIVISION)
            : overflows ? DECIMAL_ARITHMETIC : List.of();
      }
      return switch (call.function()) {
        case "add", "subtract", "multiply" -> ARITHMETIC;
        case "divide" -> DIVISION;
        case "negative", "abs", "round", "bround" -> ARITHMETIC;
        case "div", "remainder", "pmod" -> DIVISION;
        default -> List.of();
      };
    }
    if (expression instanceof BoundCast cast) {
      // a cast to a string never fails; from a string it fails on text that is no value of the type
      // (nor does Spark name a cast between an interval and an integer: IntervalUtils raises its overflow)
      return cast.tryCast() || cast.dataType() == AtomicType.STRING || cast.dataType().isAnsiInterval()
          || cast.child().dataType().isAnsiInterval() && !(cast.dataType() instanceof DecimalType) ? List.of()
          : cast.child().dataType() == AtomicType.STRING ? CAST_FROM_STRING : CAST;
    }
    return expression instanceof ElementAccess ? INDEX : List.of();
  }
}
