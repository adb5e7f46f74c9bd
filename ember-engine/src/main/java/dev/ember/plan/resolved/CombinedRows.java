package dev.ember.plan.resolved;

import dev.ember.plan.logical.SetOperationType;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * A set operation over two inputs of the same column types, matched by position: UNION ALL keeps
 * every row, INTERSECT/EXCEPT compare whole rows (NULLs equal), as sets or, with {@code all}, as
 * multisets. The output is the left side's columns, with Spark's nullability.
 */
public record CombinedRows(ResolvedPlan left, ResolvedPlan right, SetOperationType type, boolean all)
    implements ResolvedPlan {
  public CombinedRows {
    Objects.requireNonNull(type, "type");
    if (left.output().size() != right.output().size()) {
      throw new IllegalArgumentException("set operation sides differ in width");
    }
  }

  @Override
  public List<Attribute> output() {
    List<Attribute> leftOutput = left.output();
    List<Attribute> rightOutput = right.output();
    List<Attribute> output = new ArrayList<>();
    for (int i = 0; i < leftOutput.size(); i++) {
      Attribute attribute = leftOutput.get(i);
      boolean rightNullable = rightOutput.get(i).nullable();
      boolean nullable = switch (type) {
        case UNION -> attribute.nullable() || rightNullable;
        case INTERSECT -> attribute.nullable() && rightNullable;
        case EXCEPT -> attribute.nullable();
      };
      output.add(nullable ? attribute.asNullable() : attribute.asNotNullable());
    }
    return output;
  }
}
