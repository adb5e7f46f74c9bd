package dev.ember.analyzer;

import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import dev.ember.plan.expressions.Literal;
import dev.ember.plan.resolved.Attribute;
import dev.ember.plan.resolved.NamedExpression;
import dev.ember.plan.resolved.Projection;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * {@code unionByName}: the right side's columns in the left side's order (matched by name), then
 * the right's unmatched columns. With {@code allowMissingColumns} a name missing on one side is a
 * NULL column of the other side's type there; without it a left name missing on the right fails.
 */
final class UnionByName {
  private final Analyzer analyzer;
  private final NameMatcher names;
  private final boolean allowMissingColumns;

  UnionByName(Analyzer analyzer, boolean allowMissingColumns) {
    this.analyzer = analyzer;
    this.names = analyzer.names();
    this.allowMissingColumns = allowMissingColumns;
  }

  Scope alignRight(Scope left, Scope right) {
    List<NamedExpression> columns = new ArrayList<>();
    Set<Long> matched = new HashSet<>();
    for (Attribute wanted : left.output()) {
      Optional<Attribute> match = find(right.output(), wanted.name());
      if (match.isPresent()) {
        matched.add(match.get().id());
        columns.add(ProjectResolver.passThrough(match.get()));
      } else if (allowMissingColumns) {
        columns.add(nullColumn(wanted));
      } else {
        String fieldNames = String.join(", ", right.output().stream().map(Attribute::name).toList());
        throw new EmberException(ErrorKind.ANALYSIS, "UNRESOLVED_COLUMN_AMONG_FIELD_NAMES", "42703",
            "Cannot resolve column name \"" + wanted.name() + "\" among (" + fieldNames + ").",
            Map.of("colName", wanted.name(), "fieldNames", fieldNames));
      }
    }
    unmatched(left, right).forEach(attribute -> columns.add(ProjectResolver.passThrough(attribute)));
    return right.withPlan(new Projection(right.plan(), columns));
  }

  /** With missing columns allowed: the left side extended by NULL columns for the right's unmatched names. */
  Scope extendLeft(Scope left, Scope right) {
    List<Attribute> missing = unmatched(left, right);
    if (!allowMissingColumns || missing.isEmpty()) {
      return left;
    }
    List<NamedExpression> columns = new ArrayList<>();
    left.output().forEach(attribute -> columns.add(ProjectResolver.passThrough(attribute)));
    missing.forEach(attribute -> columns.add(nullColumn(attribute)));
    return left.withPlan(new Projection(left.plan(), columns));
  }

  private List<Attribute> unmatched(Scope left, Scope right) {
    return right.output().stream()
        .filter(attribute -> find(left.output(), attribute.name()).isEmpty())
        .toList();
  }

  private NamedExpression nullColumn(Attribute like) {
    return new NamedExpression(Literal.nullOf(like.dataType()), analyzer.newAttribute(like.name(), like.dataType(), true));
  }

  private Optional<Attribute> find(List<Attribute> attributes, String name) {
    return attributes.stream().filter(attribute -> names.same(attribute.name(), name)).findFirst();
  }
}
