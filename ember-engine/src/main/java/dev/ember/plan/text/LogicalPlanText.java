package dev.ember.plan.text;

import dev.ember.plan.expressions.Expression;
import dev.ember.plan.expressions.Literal;
import dev.ember.plan.logical.Aggregate;
import dev.ember.plan.logical.CheckpointedRelation;
import dev.ember.plan.logical.CollectMetrics;
import dev.ember.plan.logical.DataSourceRead;
import dev.ember.plan.logical.Deduplicate;
import dev.ember.plan.logical.Drop;
import dev.ember.plan.logical.Filter;
import dev.ember.plan.logical.Hint;
import dev.ember.plan.logical.Join;
import dev.ember.plan.logical.JoinType;
import dev.ember.plan.logical.JoinWith;
import dev.ember.plan.logical.Limit;
import dev.ember.plan.logical.LocalRelation;
import dev.ember.plan.logical.LogicalPlan;
import dev.ember.plan.logical.NaFunction;
import dev.ember.plan.logical.Offset;
import dev.ember.plan.logical.ParseStrings;
import dev.ember.plan.logical.PivotAggregate;
import dev.ember.plan.logical.PlanIdTag;
import dev.ember.plan.logical.Project;
import dev.ember.plan.logical.Range;
import dev.ember.plan.logical.Repartition;
import dev.ember.plan.logical.Sample;
import dev.ember.plan.logical.SetOperation;
import dev.ember.plan.logical.Sort;
import dev.ember.plan.logical.StatisticsSummary;
import dev.ember.plan.logical.SubqueryAlias;
import dev.ember.plan.logical.Tail;
import dev.ember.plan.logical.ToDF;
import dev.ember.plan.logical.ToSchema;
import dev.ember.plan.logical.Unpivot;
import dev.ember.plan.logical.UnresolvedRelation;
import dev.ember.plan.logical.WithColumns;
import dev.ember.plan.logical.WithColumnsRenamed;
import dev.ember.plan.types.StructField;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Collectors;

/**
 * The plan as the client sent it (Spark's "Parsed Logical Plan"): Spark's operator names where Spark has
 * the operator, {@code '} before a node the analyzer has still to resolve, expressions as
 * {@link UnresolvedExpressionText} writes them. Operators only Ember's plan has keep Ember's names.
 */
public final class LogicalPlanText {
  private final UnresolvedExpressionText expressions;

  public LogicalPlanText(UnresolvedExpressionText expressions) {
    this.expressions = expressions;
  }

  public PlanTree tree(LogicalPlan plan) {
    if (plan instanceof PlanIdTag tag) {
      return tree(tag.input());
    }
    if (plan instanceof Range range) {
      return PlanTree.leaf("Range (" + range.start() + ", " + range.end() + ", step=" + range.step() + ", splits=Some(1))");
    }
    if (plan instanceof LocalRelation local) {
      return PlanTree.leaf("LocalRelation " + (local.data().rowCount() == 0 ? "<empty>, " : "")
          + local.schema().fields().stream().map(StructField::name).collect(Collectors.joining(", ", "[", "]")));
    }
    if (plan instanceof UnresolvedRelation relation) {
      return PlanTree.leaf("'UnresolvedRelation [" + String.join(", ", relation.nameParts()) + "], [], false");
    }
    if (plan instanceof DataSourceRead read) {
      return PlanTree.leaf("'UnresolvedDataSource " + read.format() + ", " + read.paths());
    }
    if (plan instanceof dev.ember.plan.logical.SessionTableRead read) {
      return PlanTree.leaf("SessionTableRead " + read.storage());
    }
    if (plan instanceof CheckpointedRelation checkpointed) {
      return PlanTree.leaf("CheckpointedRelation " + checkpointed.relationId());
    }
    return unary(plan);
  }

  private PlanTree unary(LogicalPlan plan) {
    if (plan instanceof Project project) {
      return node("Project " + outputs(project.expressions()), project.expressions(), project.input());
    }
    if (plan instanceof Filter filter) {
      return node("Filter " + expressions.of(filter.condition()), List.of(filter.condition()), filter.input());
    }
    if (plan instanceof Sort sort) {
      return node("Sort [" + expressions.list(sort.orders()) + "], " + sort.global(), sort.orders(), sort.input());
    }
    if (plan instanceof Limit limit) {
      return PlanTree.of("GlobalLimit " + limit.limit(), node("LocalLimit " + limit.limit(), List.of(), limit.input()));
    }
    if (plan instanceof Offset offset) {
      return node("Offset " + offset.offset(), List.of(), offset.input());
    }
    if (plan instanceof Tail tail) {
      return node("Tail " + tail.limit(), List.of(), tail.input());
    }
    if (plan instanceof Aggregate aggregate) {
      String keys = expressions.list(aggregate.groupings());
      return node("Aggregate " + (aggregate.groupings().isEmpty() ? "" : "[" + keys + "], ")
          + outputs(aggregate.aggregates()), concatenated(aggregate.groupings(), aggregate.aggregates()), aggregate.input());
    }
    if (plan instanceof dev.ember.plan.logical.Having having) {
      return node("'UnresolvedHaving " + expressions.of(having.condition()), List.of(having.condition()),
          having.input());
    }
    if (plan instanceof WithColumns with) {
      return node("Project [unresolvedstarwithcolumns(" + with.columns().stream()
          .map(column -> column.name() + ", " + expressions.of(column.child())).collect(Collectors.joining(", "))
          + ", None)]", with.columns(), with.input());
    }
    if (plan instanceof WithColumnsRenamed renamed) {
      return node("Project [unresolvedstarwithcolumnsrenames(" + renamed.renames().stream()
          .map(rename -> rename.from() + ", " + rename.to()).collect(Collectors.joining(", ")) + ")]",
          List.of(), renamed.input(), true);
    }
    if (plan instanceof Drop drop) {
      List<String> dropped = new ArrayList<>(drop.columnNames().stream().map(name -> "'" + name).toList());
      drop.columns().forEach(column -> dropped.add(expressions.of(column)));
      return node("DataFrameDropColumns [" + String.join(", ", dropped) + "]", List.of(), drop.input(), true);
    }
    if (plan instanceof SubqueryAlias alias) {
      return node("SubqueryAlias " + alias.alias(), List.of(), alias.input());
    }
    return other(plan);
  }

  private PlanTree other(LogicalPlan plan) {
    if (plan instanceof Join join) {
      String type = join.type().name().toLowerCase(Locale.ROOT).replace("_", "");
      String condition = join.usingColumns().isEmpty()
          ? join.condition().map(expression -> ", " + expressions.of(expression)).orElse("")
          : ", UsingJoin(" + type + ", [" + String.join(", ", join.usingColumns()) + "])";
      return binary("Join " + type + condition, join.condition().stream().toList(), join.left(), join.right(),
          !join.usingColumns().isEmpty());
    }
    if (plan instanceof JoinWith joinWith) {
      PlanTree join = tree(joinWith.join());
      return PlanTree.of("'JoinWith " + joinWith.leftStruct() + ", " + joinWith.rightStruct(), join);
    }
    if (plan instanceof dev.ember.plan.logical.NearestByJoin nearest) {
      String type = nearest.type() == JoinType.INNER ? "Inner" : "LeftOuter";
      return binary("NearestByJoin " + type + ", " + nearest.numResults() + ", " + expressions.of(nearest.ranking()) + ", "
          + (nearest.similarity() ? "NearestBySimilarity" : "NearestByDistance"), List.of(nearest.ranking()),
          nearest.left(), nearest.right(), false);
    }
    if (plan instanceof SetOperation operation) {
      String name = operation.type().name().charAt(0) + operation.type().name().substring(1).toLowerCase(Locale.ROOT);
      String arguments = switch (operation.type()) {
        case UNION -> operation.byName() + ", " + operation.allowMissingColumns();
        default -> Boolean.toString(operation.all());
      };
      return binary(name + " " + arguments, List.of(), operation.left(), operation.right(), operation.byName());
    }
    if (plan instanceof Deduplicate deduplicate) {
      return node("Deduplicate " + (deduplicate.allColumnsAreKeys() ? "[*]"
          : deduplicate.keyNames().stream().map(name -> "'" + name).collect(Collectors.joining(", ", "[", "]"))),
          List.of(), deduplicate.input(), true);
    }
    if (plan instanceof dev.ember.plan.logical.WithSqlOrigins sql) {
      return tree(sql.input());
    }
    if (plan instanceof dev.ember.plan.logical.DefaultCollation collated) {
      return tree(collated.input());
    }
    if (plan instanceof dev.ember.plan.logical.WithRelations with) {
      return node("WithRelations", List.of(), with.root(), true);
    }
    if (plan instanceof dev.ember.plan.logical.ReferencedRelation reference) {
      return PlanTree.leaf("'ReferencedRelation " + reference.planId());
    }
    if (plan instanceof dev.ember.plan.logical.EventTimeWatermark watermark) {
      return node("EventTimeWatermark '" + watermark.eventTime() + ", " + watermark.delayThreshold(), List.of(),
          watermark.input(), true);
    }
    if (plan instanceof dev.ember.plan.logical.StreamingOnly streamingOnly) {
      return node("DeduplicateWithinWatermark", List.of(), streamingOnly.input(), true);
    }
    if (plan instanceof dev.ember.plan.logical.MapPartitions map) {
      return node("MapPartitions", List.of(), map.input(), true);
    }
    if (plan instanceof dev.ember.plan.logical.ScriptTransform script) {
      return node("ScriptTransformation " + script.script(), List.of(), script.input(), true);
    }
    if (plan instanceof Hint hint) {
      return node("UnresolvedHint " + hint.name(), List.of(), hint.input(), true);
    }
    if (plan instanceof Repartition repartition) {
      return node(repartition.partitionExpressions().isEmpty() ? "Repartition"
          : "RepartitionByExpression [" + expressions.list(repartition.partitionExpressions()) + "]",
          repartition.partitionExpressions(), repartition.input());
    }
    if (plan instanceof Sample sample) {
      return node("Sample " + sample.lowerBound() + ", " + sample.upperBound() + ", " + sample.withReplacement() + ", "
          + sample.seed(), List.of(), sample.input());
    }
    if (plan instanceof dev.ember.plan.logical.Transpose transpose) {
      return node("UnresolvedTranspose [" + expressions.list(transpose.indexColumns()) + "]",
          transpose.indexColumns(), transpose.input());
    }
    if (plan instanceof PivotAggregate pivot) {
      return node("Pivot [" + expressions.list(pivot.groupings()) + "], " + expressions.of(pivot.pivotColumn()) + ", ["
          + expressions.list(pivot.values()) + "], [" + expressions.list(pivot.aggregates()) + "]",
          pivot.aggregates(), pivot.input(), true);
    }
    if (plan instanceof CollectMetrics metrics) {
      return node("CollectMetrics " + metrics.name() + ", [" + expressions.list(metrics.metrics()) + "], "
          + metrics.planId(), metrics.metrics(), metrics.input());
    }
    return emberOnly(plan);
  }

  /** Operators Spark's Connect planner rewrites into others before its analyzer: Ember keeps them until its own. */
  private PlanTree emberOnly(LogicalPlan plan) {
    if (plan instanceof ToDF toDF) {
      return node("ToDF [" + String.join(", ", toDF.columnNames()) + "]", List.of(), toDF.input(), true);
    }
    if (plan instanceof ToSchema toSchema) {
      return node("ToSchema " + toSchema.schema().simpleString(), List.of(), toSchema.input(), true);
    }
    if (plan instanceof NaFunction na) {
      return node(na.getClass().getSimpleName().replace("DropRows", "Drop") + "Na", List.of(), na.input(), true);
    }
    if (plan instanceof StatisticsSummary summary) {
      return node("StatisticsSummary " + summary.statistics() + ", " + summary.columns(), List.of(), summary.input(),
          true);
    }
    if (plan instanceof Unpivot unpivot) {
      return node("Unpivot [" + expressions.list(unpivot.ids()) + "], " + unpivot.values()
          .map(values -> "[" + expressions.list(values) + "]").orElse("[]") + ", " + unpivot.variableColumnName() + ", "
          + String.join(", ", unpivot.valueColumnNames()), unpivot.ids(), unpivot.input(), true);
    }
    if (plan instanceof ParseStrings parse) {
      return node("ParseStrings " + parse.format(), List.of(), parse.input(), true);
    }
    if (plan instanceof dev.ember.plan.logical.NaturalJoin join) {
      return binary("Join NaturalJoin(" + join.type().name().toLowerCase(Locale.ROOT).replace("_", "") + ")",
          List.of(), join.left(), join.right(), true);
    }
    if (plan instanceof dev.ember.plan.logical.LateralView view) {
      return node("Generate " + expressions.of(view.generator()) + ", " + view.outer() + ", "
          + view.tableAlias().orElse("") + ", " + view.columnAliases(), List.of(view.generator()), view.input(), true);
    }
    if (plan instanceof dev.ember.plan.logical.LateralJoin join) {
      return binary("LateralJoin " + join.type().name().toLowerCase(Locale.ROOT).replace("_", "")
          + join.condition().map(condition -> ", " + expressions.of(condition)).orElse(""),
          join.condition().stream().toList(), join.left(), join.right(), true);
    }
    throw new IllegalStateException("unexpected plan " + plan.getClass().getSimpleName());
  }

  private String outputs(List<? extends Expression> columns) {
    return columns.stream().map(expressions::outputColumn).collect(Collectors.joining(", ", "[", "]"));
  }

  private PlanTree node(String line, List<? extends Expression> own, LogicalPlan input) {
    return node(line, own, input, false);
  }

  private PlanTree node(String line, List<? extends Expression> own, LogicalPlan input, boolean unresolved) {
    PlanTree child = tree(input);
    return PlanTree.of(marked(line, unresolved || unresolved(own) || child.line().startsWith("'")), child);
  }

  private PlanTree binary(String line, List<? extends Expression> own, LogicalPlan left, LogicalPlan right,
      boolean unresolved) {
    PlanTree leftTree = tree(left);
    PlanTree rightTree = tree(right);
    boolean childUnresolved = leftTree.line().startsWith("'") || rightTree.line().startsWith("'");
    return PlanTree.of(marked(line, unresolved || unresolved(own) || childUnresolved), leftTree, rightTree);
  }

  private static String marked(String line, boolean unresolved) {
    return unresolved ? "'" + line : line;
  }

  /** Spark resolves a node once all its expressions are: here only literals are resolved before analysis. */
  private static boolean unresolved(List<? extends Expression> own) {
    return own.stream().anyMatch(expression -> !(expression instanceof Literal));
  }

  private static List<Expression> concatenated(List<Expression> first, List<Expression> second) {
    List<Expression> all = new ArrayList<>(first);
    all.addAll(second);
    return all;
  }
}
