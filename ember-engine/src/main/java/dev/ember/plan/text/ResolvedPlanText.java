package dev.ember.plan.text;

import dev.ember.plan.logical.JoinType;
import dev.ember.plan.resolved.Aggregation;
import dev.ember.plan.resolved.Attribute;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.CachedScan;
import dev.ember.plan.resolved.ColumnReference;
import dev.ember.plan.resolved.CombinedRows;
import dev.ember.plan.resolved.DistinctRows;
import dev.ember.plan.resolved.FileScan;
import dev.ember.plan.resolved.FirstRowPerKey;
import dev.ember.plan.resolved.GeneratedRows;
import dev.ember.plan.resolved.GroupingKind;
import dev.ember.plan.resolved.JoinRows;
import dev.ember.plan.resolved.LimitRows;
import dev.ember.plan.resolved.LocalRows;
import dev.ember.plan.resolved.NamedExpression;
import dev.ember.plan.resolved.OffsetRows;
import dev.ember.plan.resolved.Ordering;
import dev.ember.plan.resolved.Projection;
import dev.ember.plan.resolved.RangeScan;
import dev.ember.plan.resolved.ResolvedPlan;
import dev.ember.plan.resolved.SampledRows;
import dev.ember.plan.resolved.Selection;
import dev.ember.plan.resolved.TailRows;
import dev.ember.plan.resolved.WindowCall;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/** An analyzed plan as Spark's analyzed logical plan tree: Spark's operator names, arguments and expression text. */
public final class ResolvedPlanText {
  private final ExpressionText expressions;

  public ResolvedPlanText(ExpressionText expressions) {
    this.expressions = expressions;
  }

  /** Spark's first line of the analyzed plan: each output column's name and type. */
  public static String schemaLine(ResolvedPlan plan) {
    return plan.output().stream().map(attribute -> attribute.name() + ": " + attribute.dataType().simpleString())
        .collect(Collectors.joining(", "));
  }

  public PlanTree tree(ResolvedPlan plan) {
    if (plan instanceof RangeScan range) {
      return PlanTree.leaf("Range (" + range.start() + ", " + range.end() + ", step=" + range.step()
          + ", splits=Some(1))");
    }
    if (plan instanceof LocalRows local) {
      return PlanTree.leaf("LocalRelation " + (local.data().rowCount() == 0 ? "<empty>, " : "")
          + attributes(local.output(), ", "));
    }
    if (plan instanceof FileScan scan) {
      return PlanTree.leaf("Relation " + attributes(scan.output(), ",") + " "
          + scan.format().name().toLowerCase(Locale.ROOT));
    }
    if (plan instanceof CachedScan cached) {
      return PlanTree.leaf("InMemoryRelation " + attributes(cached.output(), ", "));
    }
    if (plan instanceof Projection projection) {
      return projection(projection);
    }
    if (plan instanceof Selection selection) {
      return PlanTree.of("Filter " + expressions.of(selection.condition()), tree(selection.input()));
    }
    if (plan instanceof Ordering ordering) {
      return PlanTree.of("Sort [" + ordering.orders().stream().map(expressions::sortOrder)
          .collect(Collectors.joining(", ")) + "], " + ordering.global(), tree(ordering.input()));
    }
    if (plan instanceof LimitRows limit) {
      return PlanTree.of("GlobalLimit " + limit.limit(),
          PlanTree.of("LocalLimit " + limit.limit(), tree(limit.input())));
    }
    if (plan instanceof OffsetRows offset) {
      return PlanTree.of("Offset " + offset.offset(), tree(offset.input()));
    }
    if (plan instanceof TailRows tail) {
      return PlanTree.of("Tail " + tail.limit(), tree(tail.input()));
    }
    if (plan instanceof Aggregation aggregation) {
      return aggregation(aggregation);
    }
    if (plan instanceof JoinRows join) {
      return PlanTree.of("Join " + joinType(join.type())
          + join.condition().map(condition -> ", " + expressions.of(condition)).orElse(""),
          tree(join.left()), tree(join.right()));
    }
    if (plan instanceof CombinedRows combined) {
      return PlanTree.of(combined(combined), tree(combined.left()), tree(combined.right()));
    }
    if (plan instanceof DistinctRows distinct) {
      return PlanTree.of("Deduplicate " + attributes(distinct.input().output(), ", "),
          tree(distinct.input()));
    }
    if (plan instanceof FirstRowPerKey first) {
      return PlanTree.of("Deduplicate " + attributes(first.keys(), ", "), tree(first.input()));
    }
    if (plan instanceof SampledRows sample) {
      return PlanTree.of("Sample " + sample.lowerBound() + ", " + sample.upperBound() + ", false, "
          + sample.seed() + ", Bernoulli", tree(sample.input()));
    }
    if (plan instanceof dev.ember.plan.resolved.UserCodeRows rows) {
      return PlanTree.of("MapPartitions " + attributes(rows.output(), ", "), tree(rows.input()));
    }
    if (plan instanceof GeneratedRows generated) {
      return PlanTree.of("Generate " + expressions.of(generated.generator()) + ", "
          + generated.generator().outer() + ", " + attributes(generated.generated(), ", "), tree(generated.input()));
    }
    throw new IllegalStateException("unexpected plan " + plan.getClass().getSimpleName());
  }

  /**
   * A projection; its window functions are computed by a Window node below it, as in Spark. A projection
   * that only gives its input's columns a new qualifier is Spark's SubqueryAlias; one that only drops the
   * trailing columns of the projection below it (the hidden columns of a join's USING keys) prints as that
   * projection without them, which is how Spark's plan holds hidden columns.
   */
  private PlanTree projection(Projection projection) {
    if (passesThrough(projection) && projection.input() instanceof Projection inner
        && droppedTrailing(projection.output(), inner.output())) {
      return projection(new Projection(inner.input(), inner.columns().subList(0, projection.columns().size())));
    }
    List<java.util.List<String>> qualifiers = projection.output().stream().map(Attribute::qualifier).distinct().toList();
    if (passesThrough(projection) && qualifiers.size() == 1 && !qualifiers.get(0).isEmpty()
        && !projection.input().output().equals(projection.output())) {
      return PlanTree.of("SubqueryAlias " + String.join(".", qualifiers.get(0)), tree(projection.input()));
    }
    List<NamedExpression> windows = projection.columns().stream()
        .filter(column -> column.expression() instanceof WindowCall).toList();
    String line = "Project " + projection.columns().stream().map(column -> column.expression() instanceof WindowCall
        ? ExpressionText.attribute(column.attribute()) : expressions.named(column))
        .collect(Collectors.joining(", ", "[", "]"));
    if (windows.isEmpty()) {
      return PlanTree.of(line, tree(projection.input()));
    }
    WindowCall first = (WindowCall) windows.get(0).expression();
    String window = "Window " + windows.stream().map(expressions::named).collect(Collectors.joining(", ", "[", "]"))
        + (first.partitionBy().isEmpty() ? "" : ", [" + expressions.list(first.partitionBy()) + "]")
        + (first.orderBy().isEmpty() ? "" : ", [" + first.orderBy().stream().map(expressions::sortOrder)
            .collect(Collectors.joining(", ")) + "]");
    return PlanTree.of(line, PlanTree.of(window, tree(projection.input())));
  }

  private static boolean passesThrough(Projection projection) {
    return projection.columns().stream().allMatch(column -> column.expression() instanceof ColumnReference reference
        && reference.attribute().id() == column.attribute().id());
  }

  private static boolean droppedTrailing(List<Attribute> outer, List<Attribute> inner) {
    if (outer.size() >= inner.size()) {
      return false;
    }
    for (int index = 0; index < outer.size(); index++) {
      if (outer.get(index).id() != inner.get(index).id()) {
        return false;
      }
    }
    return true;
  }

  private PlanTree aggregation(Aggregation aggregation) {
    List<BoundExpression> groupings = aggregation.groupings();
    String keys = expressions.list(groupings);
    if (aggregation.kind() == GroupingKind.GROUPING_SETS) {
      keys = "grouping sets(" + aggregation.groupingSets().stream().map(set -> set.stream()
          .map(groupings::get).map(expressions::of).collect(Collectors.joining(", ", "(", ")")))
          .collect(Collectors.joining(", ")) + ")";
    } else if (aggregation.kind() != GroupingKind.GROUP_BY) {
      keys = aggregation.kind().name().toLowerCase(Locale.ROOT) + "(" + keys + ")";
    }
    String columns = aggregation.columns().stream().map(expressions::named).collect(Collectors.joining(", ", "[", "]"));
    return PlanTree.of("Aggregate " + (groupings.isEmpty() && aggregation.kind() == GroupingKind.GROUP_BY ? ""
        : "[" + keys + "], ") + columns, tree(aggregation.input()));
  }

  private static String combined(CombinedRows combined) {
    return switch (combined.type()) {
      case UNION -> combined.all() ? "Union false, false" : "Distinct";
      case INTERSECT -> combined.all() ? "Intersect All true" : "Intersect false";
      case EXCEPT -> combined.all() ? "Except All true" : "Except false";
    };
  }

  private static String joinType(JoinType type) {
    return switch (type) {
      case INNER -> "Inner";
      case LEFT_OUTER -> "LeftOuter";
      case RIGHT_OUTER -> "RightOuter";
      case FULL_OUTER -> "FullOuter";
      case LEFT_SEMI -> "LeftSemi";
      case LEFT_ANTI -> "LeftAnti";
      case CROSS -> "Cross";
    };
  }

  private static String attributes(List<Attribute> attributes, String separator) {
    return attributes.stream().map(ExpressionText::attribute).collect(Collectors.joining(separator, "[", "]"));
  }
}
