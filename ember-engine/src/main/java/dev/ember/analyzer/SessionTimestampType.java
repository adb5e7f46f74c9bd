package dev.ember.analyzer;

import dev.ember.plan.resolved.BoundCast;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.types.AtomicType;
import java.util.Set;

/**
 * {@code spark.sql.timestampType=TIMESTAMP_NTZ}: the functions that make the session's default TIMESTAMP
 * (to_timestamp, try_to_timestamp, make_timestamp, try_make_timestamp) make a TIMESTAMP_NTZ instead; to_timestamp
 * is then bound as to_timestamp_ntz (which takes no number: Spark reads one as text).
 */
final class SessionTimestampType {
  private static final Set<String> FUNCTIONS = Set.of("try_to_timestamp", "make_timestamp",
      "try_make_timestamp");

  private SessionTimestampType() {
  }

  /**
   * The definition binding a call of {@code definition}: Spark's {@code to_timestamp} is {@code to_timestamp_ntz}
   * then (the session's TIMESTAMP is its {@code dataType}, which decides which inputs it takes).
   */
  static FunctionDefinition binding(boolean withoutTimeZone, FunctionDefinition definition) {
    return withoutTimeZone && definition.name().equals("to_timestamp")
        ? FunctionRegistry.lookup("to_timestamp_ntz").orElse(definition) : definition;
  }

  /** The bound call of {@code function}, making a TIMESTAMP_NTZ where it made a TIMESTAMP. */
  static BoundExpression withoutTimeZone(String function, BoundExpression bound) {
    if (!FUNCTIONS.contains(function) || bound.dataType() != AtomicType.TIMESTAMP) {
      return bound;
    }
    // Spark 4.2's make_timestamp(date[, time[, zone]]) forms make a TIMESTAMP whatever the setting
    boolean ofDate = function.endsWith("make_timestamp") && !(bound instanceof Call call
        && call.function().equals("make_timestamp"));
    if (ofDate) {
      return bound;
    }
    if (bound instanceof Call call) {
      return new Call(call.function(), call.arguments(), AtomicType.TIMESTAMP_NTZ, call.nullable());
    }
    if (bound instanceof BoundCast cast) {
      BoundExpression child = cast.child() instanceof BoundCast inner && inner.dataType() == AtomicType.TIMESTAMP
          ? inner.child() : cast.child();
      return new BoundCast(child, AtomicType.TIMESTAMP_NTZ, cast.tryCast());
    }
    return bound;
  }
}
