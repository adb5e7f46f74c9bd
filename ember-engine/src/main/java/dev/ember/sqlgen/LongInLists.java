package dev.ember.sqlgen;

import dev.ember.plan.expressions.Literal;
import dev.ember.plan.resolved.BoundCast;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.ArrayType;
import dev.ember.plan.types.DataType;
import dev.ember.plan.types.DecimalType;
import dev.ember.sqlgen.tree.SqlCall;
import dev.ember.sqlgen.tree.SqlCast;
import dev.ember.sqlgen.tree.SqlExpression;
import dev.ember.sqlgen.tree.SqlLiteral;
import dev.ember.sqlgen.tree.SqlOperator;
import dev.ember.sqlgen.tree.SqlParameter;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/**
 * {@code isin} with a long list of constants: the values travel as one string that DuckDB splits and casts to
 * the list's type, matched with a hash join, instead of an IN list of a million expressions that DuckDB parses,
 * binds and compares one by one. A NULL in the list makes a non-match NULL, as in Spark.
 */
final class LongInLists {
  /** From this many values a list goes as one string. */
  static final int THRESHOLD = 64;
  /**
   * From this many characters the values are bound as a parameter: DuckDB folds a literal into a constant
   * list in its plan, several times slower for a million values than reading the parameter when it runs.
   */
  private static final int PARAMETER_LENGTH = 16 * 1024;
  private static final Object NULL = new Object();
  private static final List<String> SEPARATORS = List.of(",", "\u0001", "\u0002", "\u0003", "\u0004", "\u001f");

  private LongInLists() {
  }

  /** The IN of {@code call} (value first, then the list) as one string, when every list value is a constant. */
  static Optional<SqlExpression> render(Call call, SqlExpression value) {
    List<BoundExpression> list = call.arguments().subList(1, call.arguments().size());
    DataType type = call.arguments().get(0).dataType();
    if (list.size() < THRESHOLD || !splittable(type)) {
      return Optional.empty();
    }
    List<String> texts = new ArrayList<>();
    boolean hasNull = false;
    for (BoundExpression element : list) {
      Optional<Object> constant = constant(element, type);
      if (constant.isEmpty()) {
        return Optional.empty();
      }
      if (constant.get() == NULL) {
        hasNull = true;
        continue;
      }
      Optional<String> text = text(constant.get());
      if (text.isEmpty()) {
        return Optional.empty();
      }
      texts.add(text.get());
    }
    Optional<String> separator = SEPARATORS.stream()
        .filter(candidate -> texts.stream().noneMatch(text -> text.contains(candidate))).findFirst();
    if (separator.isEmpty() || texts.isEmpty()) {
      return Optional.empty();
    }
    String joined = String.join(separator.get(), texts);
    SqlExpression text = joined.length() >= PARAMETER_LENGTH ? new SqlParameter(joined)
        : new SqlLiteral(joined, AtomicType.STRING);
    SqlExpression values = new SqlCast(SqlCall.of("string_split", text,
        new SqlLiteral(separator.get(), AtomicType.STRING)), DuckDbTypes.of(new ArrayType(type, false)), false);
    SqlExpression matched = SqlOperator.inListValue(value, values);
    return Optional.of(hasNull ? SqlOperator.infix("OR", matched, new SqlLiteral(null, AtomicType.BOOLEAN)) : matched);
  }

  private static boolean splittable(DataType type) {
    return type instanceof DecimalType || (type instanceof AtomicType atomic && (atomic.numeric()
        || atomic == AtomicType.STRING || atomic == AtomicType.DATE));
  }

  /** The element's value when it is a constant of the list's type (or an integer widened to it). */
  private static Optional<Object> constant(BoundExpression element, DataType type) {
    if (element instanceof Literal literal && literal.dataType().equals(type)) {
      return Optional.of(literal.value() == null ? NULL : literal.value());
    }
    if (element instanceof BoundCast cast && cast.child() instanceof Literal literal && !cast.tryCast()
        && literal.dataType() instanceof AtomicType from && from.integral()
        && type instanceof AtomicType to && to.integral()) {
      return Optional.of(literal.value() == null ? NULL : literal.value());
    }
    return Optional.empty();
  }

  /** Text DuckDB casts back to exactly the value. */
  private static Optional<String> text(Object value) {
    if (value instanceof Double number) {
      return Optional.of(number.isNaN() ? "NaN" : number.isInfinite() ? (number > 0 ? "Infinity" : "-Infinity")
          : Double.toString(number));
    }
    if (value instanceof Float number) {
      return Optional.of(number.isNaN() ? "NaN" : number.isInfinite() ? (number > 0 ? "Infinity" : "-Infinity")
          : Float.toString(number));
    }
    if (value instanceof BigDecimal decimal) {
      return Optional.of(decimal.toPlainString());
    }
    if (value instanceof LocalDate date) {
      return date.getYear() >= 1 && date.getYear() <= 9999 ? Optional.of(date.toString()) : Optional.empty();
    }
    if (value instanceof Number || value instanceof String) {
      return Optional.of(value.toString());
    }
    return Optional.empty();
  }
}
