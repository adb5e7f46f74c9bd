package dev.ember.plan.resolved;

import dev.ember.plan.expressions.SubqueryExpression.Kind;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import java.util.List;
import java.util.Objects;

/**
 * A resolved subquery expression: {@code plan} may read the enclosing queries' columns through
 * {@link OuterReference}s ({@code outerReferences} lists them, empty when uncorrelated). A scalar subquery is its
 * one column's value (NULL without rows); EXISTS and IN are booleans, never NULL (Spark's existence joins), IN
 * comparing {@code values} (coerced to the subquery's column types).
 */
public record BoundSubquery(ResolvedPlan plan, Kind kind, List<BoundExpression> values,
    List<Attribute> outerReferences) implements BoundExpression {
  public BoundSubquery {
    Objects.requireNonNull(plan, "plan");
    Objects.requireNonNull(kind, "kind");
    values = List.copyOf(values);
    outerReferences = List.copyOf(outerReferences);
  }

  @Override
  public DataType dataType() {
    return kind == Kind.SCALAR ? plan.output().get(0).dataType() : AtomicType.BOOLEAN;
  }

  @Override
  public boolean nullable() {
    return switch (kind) {
      case SCALAR -> true;
      case EXISTS -> false;
      // never NULL in fact (Spark's existence join), but Spark's InSubquery is nullable when its columns are
      case IN -> values.stream().anyMatch(BoundExpression::nullable)
          || plan.output().stream().anyMatch(Attribute::nullable);
    };
  }
}
