package dev.ember.analyzer;

import dev.ember.plan.expressions.Literal;
import dev.ember.plan.resolved.BoundCast;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import dev.ember.plan.types.DayTimeIntervalType;
import dev.ember.plan.types.YearMonthIntervalType;
import java.time.Duration;
import java.time.LocalDateTime;
import java.time.Period;
import java.util.ArrayList;
import java.util.List;

/**
 * Spark 4.2's {@code time_bucket(bucket_size, ts[, origin])}: the start of the bucket of a day-time or year-month
 * interval's length holding {@code ts}, on a grid through {@code origin} (the wall clock 1970-01-01 00:00:00 by
 * default). The size and origin must be constant, the size positive, the origin of the timestamp's flavor. The call
 * is {@code time_bucket(size, ts, origin)}, the default origin a TIMESTAMP_NTZ wall clock.
 */
final class TimeBucketFunction {
  private static final String EPOCH = "'1970-01-01 00:00:00'";

  private TimeBucketFunction() {
  }

  static List<FunctionDefinition> definitions() {
    return List.of(new FunctionDefinition("time_bucket", 2, 3, false, TimeBucketFunction::bind,
        new FunctionDefinition.Namer() {
          @Override
          public String name(List<String> argumentNames, boolean distinct) {
            return "time_bucket(" + String.join(", ", argumentNames) + ")";
          }

          @Override
          public String name(List<String> argumentNames, List<BoundExpression> arguments, boolean distinct) {
            List<String> names = new ArrayList<>(argumentNames);
            if (names.size() == 2) {
              names.add((arguments.get(1).dataType() == AtomicType.TIMESTAMP_NTZ ? "TIMESTAMP_NTZ " : "TIMESTAMP ")
                  + EPOCH);
            }
            return name(names, distinct);
          }
        }));
  }

  private static BoundExpression bind(String pretty, List<BoundExpression> arguments, List<String> sql) {
    String name = pretty;
    BoundExpression size = arguments.get(0);
    DataType sizeType = size.dataType();
    if (!(sizeType instanceof DayTimeIntervalType || sizeType instanceof YearMonthIntervalType
        || sizeType == AtomicType.NULL)) {
      throw InputChecks.unexpectedType(name, 0, sql.get(0), sizeType,
          "(\"INTERVAL DAY TO SECOND\" or \"INTERVAL YEAR TO MONTH\")");
    }
    BoundExpression time = timestamp(name, arguments, sql, 1);
    BoundExpression origin = arguments.size() > 2 ? timestamp(name, arguments, sql, 2) : null;
    DataType type = time.dataType() != AtomicType.NULL ? time.dataType()
        : origin != null && origin.dataType() != AtomicType.NULL ? origin.dataType() : AtomicType.TIMESTAMP;
    if (origin != null && time.dataType() != AtomicType.NULL && origin.dataType() != AtomicType.NULL
        && origin.dataType() != time.dataType()) {
      throw InputChecks.unexpectedType(name, 2, sql.get(2), origin.dataType(),
          dev.ember.plan.errors.SparkErrors.toSqlType(type));
    }
    if (!constant(size)) {
      throw ConstantArguments.nonFoldable(name, "bucketSize", sizeType, sql.get(0));
    }
    if (origin != null && !constant(origin)) {
      throw ConstantArguments.nonFoldable(name, "origin", origin.dataType(), sql.get(2));
    }
    java.util.Optional<Long> amount = amount(size);
    if (amount.filter(value -> value <= 0).isPresent()) {
      Object value = sizeType instanceof YearMonthIntervalType ? Period.ofMonths(amount.get().intValue())
          : Duration.ofNanos(amount.get() * 1000);
      throw ConstantArguments.outOfRange(name, "`bucketSize`", "(0, inf)",
          LiteralNames.pretty(new Literal(value, sizeType)));
    }
    BoundExpression start = origin != null ? origin
        : new Literal(LocalDateTime.of(1970, 1, 1, 0, 0), AtomicType.TIMESTAMP_NTZ);
    List<BoundExpression> inputs = List.of(size, TypeCoercion.castTo(time, type),
        origin == null || origin.dataType() != AtomicType.NULL ? start : TypeCoercion.castTo(origin, type));
    return new Call("time_bucket", inputs, type, DatetimeInputs.anyNullable(inputs));
  }

  private static BoundExpression timestamp(String name, List<BoundExpression> arguments, List<String> sql,
      int index) {
    DataType type = arguments.get(index).dataType();
    if (type != AtomicType.TIMESTAMP && type != AtomicType.TIMESTAMP_NTZ && type != AtomicType.NULL) {
      throw InputChecks.unexpectedType(name, index, sql.get(index), type, "(\"TIMESTAMP\" or \"TIMESTAMP_NTZ\")");
    }
    return arguments.get(index);
  }

  /** A constant interval's microseconds or months (literals, their sums and differences); empty for NULL. */
  private static java.util.Optional<Long> amount(BoundExpression size) {
    if (size instanceof Literal literal) {
      return literal.value() instanceof Duration duration ? java.util.Optional.of(duration.toNanos() / 1000)
          : literal.value() instanceof Period period ? java.util.Optional.of(period.toTotalMonths())
          : java.util.Optional.empty();
    }
    if (size instanceof BoundCast cast) {
      return amount(cast.child());
    }
    if (size instanceof Call call && (call.function().equals("interval_add")
        || call.function().equals("interval_subtract"))) {
      java.util.Optional<Long> left = amount(call.argument(0));
      java.util.Optional<Long> right = amount(call.argument(1));
      if (left.isPresent() && right.isPresent()) {
        return java.util.Optional.of(call.function().equals("interval_add") ? left.get() + right.get()
            : left.get() - right.get());
      }
    }
    return java.util.Optional.empty();
  }

  /** Whether the value is known when the query is analysed: literals and calls and casts of them. */
  private static boolean constant(BoundExpression expression) {
    if (expression instanceof Literal) {
      return true;
    }
    if (expression instanceof BoundCast cast) {
      return constant(cast.child());
    }
    return expression instanceof Call call && call.arguments().stream().allMatch(TimeBucketFunction::constant);
  }
}
