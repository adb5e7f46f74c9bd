package dev.ember.plan.expressions;

import java.util.List;
import java.util.Optional;

/**
 * {@code Column.withField(path, value)} and {@code Column.dropFields(path)} (Spark's UpdateFields), carried as calls of
 * names no SQL text or Connect client can spell: the struct, the field path as written (dots between nested
 * names, backticks around a name with dots) and, for withField, the value.
 */
public final class FieldUpdates {
  /** Not function names Spark's grammar can produce (they have spaces). */
  public static final String WITH_FIELD = "<struct> with field";
  public static final String DROP_FIELD = "<struct> drop field";

  private FieldUpdates() {
  }

  public static UnresolvedFunction withField(Expression struct, String path, Expression value) {
    return new UnresolvedFunction(WITH_FIELD, List.of(struct, Literal.of(path), value), false);
  }

  public static UnresolvedFunction dropField(Expression struct, String path) {
    return new UnresolvedFunction(DROP_FIELD, List.of(struct, Literal.of(path)), false);
  }

  /** The update an expression is, if it is one. */
  public static Optional<Update> update(Expression expression) {
    if (expression instanceof UnresolvedFunction call
        && (call.name().equals(WITH_FIELD) || call.name().equals(DROP_FIELD))) {
      return Optional.of(new Update(call.arguments().get(0), (String) ((Literal) call.arguments().get(1)).value(),
          call.name().equals(WITH_FIELD) ? Optional.of(call.arguments().get(2)) : Optional.empty()));
    }
    return Optional.empty();
  }

  /** One update: the struct, the field path, and the value (none: the field is dropped). */
  public record Update(Expression struct, String path, Optional<Expression> value) {
  }
}
