package dev.ember.plan.expressions;

import java.util.Objects;

/** {@code col.getField("f")}, {@code col.getItem(0)}, {@code col.getItem("key")}: a part of a struct, array or map. */
public record ExtractValue(Expression child, Expression extraction) implements Expression {
  public ExtractValue {
    Objects.requireNonNull(child, "child");
    Objects.requireNonNull(extraction, "extraction");
  }
}
