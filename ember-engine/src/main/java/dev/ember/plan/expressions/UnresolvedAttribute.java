package dev.ember.plan.expressions;

import java.util.List;
import java.util.OptionalLong;

/**
 * A column name such as {@code id} or {@code t.id}, optionally tied to the plan it must come from
 * ({@code df.col("id")} carries the plan id of {@code df}). {@code metadataColumn}: {@code df.metadataColumn("_metadata")},
 * which names a file source's hidden metadata column even where a data column has the same name.
 */
public record UnresolvedAttribute(List<String> nameParts, OptionalLong planId, boolean metadataColumn)
    implements Expression {
  public UnresolvedAttribute {
    nameParts = List.copyOf(nameParts);
    if (nameParts.isEmpty()) {
      throw new IllegalArgumentException("empty attribute name");
    }
  }

  public UnresolvedAttribute(List<String> nameParts, OptionalLong planId) {
    this(nameParts, planId, false);
  }

  public static UnresolvedAttribute of(String... nameParts) {
    return new UnresolvedAttribute(List.of(nameParts), OptionalLong.empty());
  }

  /** The name as Spark prints it in messages: parts joined with dots, each quoted when needed. */
  public String quotedName() {
    return Identifiers.quoteNameParts(nameParts);
  }
}
