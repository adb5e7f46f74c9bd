package dev.ember.plan.expressions;

import java.util.List;
import java.util.OptionalLong;

/**
 * A column name such as {@code id} or {@code t.id}, optionally tied to the plan it must come from
 * ({@code df.col("id")} carries the plan id of {@code df}).
 */
public record UnresolvedAttribute(List<String> nameParts, OptionalLong planId) implements Expression {
  public UnresolvedAttribute {
    nameParts = List.copyOf(nameParts);
    if (nameParts.isEmpty()) {
      throw new IllegalArgumentException("empty attribute name");
    }
  }

  public static UnresolvedAttribute of(String... nameParts) {
    return new UnresolvedAttribute(List.of(nameParts), OptionalLong.empty());
  }

  /** The name as Spark prints it in messages: parts joined with dots, each quoted when needed. */
  public String quotedName() {
    return Identifiers.quoteNameParts(nameParts);
  }
}
