package dev.ember.sqlgen;

import dev.ember.plan.resolved.Aggregation;
import dev.ember.plan.resolved.Attribute;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.BoundExpressions;
import dev.ember.plan.resolved.BoundSortOrder;
import dev.ember.plan.resolved.BoundSubquery;
import dev.ember.plan.resolved.ColumnReference;
import dev.ember.plan.resolved.CombinedRows;
import dev.ember.plan.resolved.DistinctRows;
import dev.ember.plan.resolved.FileFormat;
import dev.ember.plan.resolved.FileScan;
import dev.ember.plan.resolved.FirstRowPerKey;
import dev.ember.plan.resolved.GeneratedRows;
import dev.ember.plan.resolved.JoinRows;
import dev.ember.plan.resolved.LimitRows;
import dev.ember.plan.resolved.NamedExpression;
import dev.ember.plan.resolved.OffsetRows;
import dev.ember.plan.resolved.Ordering;
import dev.ember.plan.resolved.OuterReference;
import dev.ember.plan.resolved.Projection;
import dev.ember.plan.resolved.ResolvedPlan;
import dev.ember.plan.resolved.SampledRows;
import dev.ember.plan.resolved.Selection;
import dev.ember.plan.resolved.TailRows;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Spark's column pruning, before the SQL is written: a Parquet scan reads only the columns some operator above it
 * needs, and a projection computes only the columns its parent reads. DuckDB prunes the same columns when it plans
 * the statement, so the rows are the same; what changes is the size of the statement DuckDB parses and binds (a
 * TPC-DS query over three tables listed and cast ~90 columns, for the 6 it reads).
 *
 * <p>The columns needed are computed from the top as {@link CorruptRecordOnlyScans} does: an operator needs those
 * its parent needs of it and those its own expressions read (the enclosing rows a subquery reads included). An
 * operator another use of the query may share ({@link SharedSubplans}: aggregations, distincts, set operations)
 * needs its whole output whatever its parent reads, so that its uses stay alike and are still computed once.
 */
final class ColumnPruning {
  private ColumnPruning() {
  }

  static ResolvedPlan prune(ResolvedPlan plan) {
    return pruned(plan, ids(plan.output()), true);
  }

  private static ResolvedPlan pruned(ResolvedPlan plan, Set<Long> needed, boolean root) {
    if (plan instanceof FileScan scan) {
      return narrowed(scan, needed);
    }
    if (plan instanceof Projection projection) {
      // a projection of windows keeps its columns: a shared one must stay alike in each use
      List<NamedExpression> columns = root || SharedSubplans.computesWindows(projection) ? projection.columns() : projection.columns().stream()
          .filter(column -> needed.contains(column.attribute().id())).toList();
      if (columns.isEmpty()) {
        columns = projection.columns().subList(0, Math.min(1, projection.columns().size()));
      }
      columns = columns.stream().map(column -> new NamedExpression(subqueries(column.expression()),
          column.attribute())).toList();
      Set<Long> below = new HashSet<>();
      columns.forEach(column -> references(column.expression(), below));
      return new Projection(pruned(projection.input(), below, false), columns);
    }
    if (plan instanceof Selection selection) {
      BoundExpression condition = subqueries(selection.condition());
      Set<Long> below = new HashSet<>(needed);
      references(condition, below);
      return new Selection(pruned(selection.input(), below, false), condition);
    }
    if (plan instanceof Ordering ordering) {
      List<BoundSortOrder> orders = ordering.orders().stream().map(order -> new BoundSortOrder(
          subqueries(order.child()), order.ascending(), order.nullsFirst())).toList();
      Set<Long> below = new HashSet<>(needed);
      orders.forEach(order -> references(order.child(), below));
      return new Ordering(pruned(ordering.input(), below, false), orders, ordering.global());
    }
    if (plan instanceof JoinRows join) {
      Optional<BoundExpression> condition = join.condition().map(ColumnPruning::subqueries);
      Set<Long> below = new HashSet<>(needed);
      condition.ifPresent(expression -> references(expression, below));
      // a LATERAL side reads the other side's columns (by plain references too, as a generator over its row does);
      // what a side reads of its own rows its own pruning sees
      below.addAll(crossing(join.right(), join.left()));
      below.addAll(crossing(join.left(), join.right()));
      return new JoinRows(pruned(join.left(), below, false), pruned(join.right(), below, false), join.type(),
          condition);
    }
    if (plan instanceof Aggregation aggregation) {
      // all of its columns: a shared aggregation must stay alike in each use
      Set<Long> below = new HashSet<>();
      aggregation.groupings().forEach(expression -> references(expression, below));
      aggregation.columns().forEach(column -> references(column.expression(), below));
      return new Aggregation(pruned(aggregation.input(), below, false), aggregation.kind(), aggregation.groupings(),
          aggregation.groupingSets(), aggregation.columns());
    }
    if (plan instanceof LimitRows limit) {
      return new LimitRows(pruned(limit.input(), needed, false), limit.limit());
    }
    if (plan instanceof OffsetRows offset) {
      return new OffsetRows(pruned(offset.input(), needed, false), offset.offset());
    }
    if (plan instanceof TailRows tail) {
      return new TailRows(pruned(tail.input(), needed, false), tail.limit());
    }
    if (plan instanceof SampledRows sample) {
      return new SampledRows(pruned(sample.input(), needed, false), sample.lowerBound(), sample.upperBound(),
          sample.seed());
    }
    if (plan instanceof FirstRowPerKey first) {
      // the whole row: a shared operator must stay alike in each use
      return new FirstRowPerKey(pruned(first.input(), ids(first.input().output()), false), first.keys());
    }
    if (plan instanceof GeneratedRows generated) {
      Set<Long> below = new HashSet<>(needed);
      references(generated.generator(), below);
      return new GeneratedRows(pruned(generated.input(), below, false), generated.generator(),
          generated.generated());
    }
    // distinct rows and set operations compare whole rows
    if (plan instanceof DistinctRows distinct) {
      return new DistinctRows(pruned(distinct.input(), ids(distinct.input().output()), false));
    }
    if (plan instanceof CombinedRows combined) {
      return new CombinedRows(pruned(combined.left(), ids(combined.left().output()), false),
          pruned(combined.right(), ids(combined.right().output()), false), combined.type(), combined.all());
    }
    // the other operators (recursive queries, user code) are left as they are
    return plan;
  }

  /** A Parquet scan of the needed columns (at least one: SQL has no zero-column SELECT). */
  private static ResolvedPlan narrowed(FileScan scan, Set<Long> needed) {
    if (scan.format() != FileFormat.PARQUET || scan.options().containsKey(FileScan.ROW_INDEX_OPTION)
        || scan.files().isEmpty()) {
      return scan;
    }
    List<Attribute> data = scan.dataOutput();
    List<String> sourceColumns = new ArrayList<>();
    List<Attribute> output = new ArrayList<>();
    for (int i = 0; i < data.size(); i++) {
      if (needed.contains(data.get(i).id())) {
        sourceColumns.add(scan.sourceColumns().get(i));
        output.add(data.get(i));
      }
    }
    if (sourceColumns.size() == data.size()) {
      return scan;
    }
    if (sourceColumns.isEmpty() && !data.isEmpty()) {
      sourceColumns.add(scan.sourceColumns().get(0));
      output.add(data.get(0));
    }
    output.addAll(scan.output().subList(data.size(), scan.output().size()));
    return new FileScan(scan.format(), scan.files(), scan.options(), sourceColumns, output, scan.magnitudes(),
        scan.partitions(), scan.utcTimestamps());
  }

  /** The expression with each subquery's plan pruned (the subquery's own output is all needed). */
  private static BoundExpression subqueries(BoundExpression expression) {
    return PlanRewrites.subqueryPlans(expression, ColumnPruning::prune);
  }

  /** Adds the columns {@code expression} reads, and the enclosing columns its subqueries read, to {@code into}. */
  private static void references(BoundExpression expression, Set<Long> into) {
    BoundExpressions.anyMatch(expression, node -> {
      if (node instanceof ColumnReference reference) {
        into.add(reference.attribute().id());
      } else if (node instanceof BoundSubquery subquery) {
        subquery.outerReferences().forEach(attribute -> into.add(attribute.id()));
        // a SQL function's body reads its arguments' columns by their ids, as plain column references
        columnsRead(subquery.plan(), into);
      }
      return false;
    });
  }

  /**
   * Every column any expression of {@code plan} or below it reads, the enclosing ones included (a subquery of a
   * subquery too): more than needed, never less.
   */
  private static void columnsRead(ResolvedPlan plan, Set<Long> into) {
    List<BoundExpression> expressions = new ArrayList<>(OperatorExpressions.overOneInput(plan));
    if (plan instanceof JoinRows join) {
      join.condition().ifPresent(expressions::add);
    }
    for (BoundExpression expression : expressions) {
      BoundExpressions.anyMatch(expression, node -> {
        if (node instanceof OuterReference outer) {
          into.add(outer.attribute().id());
        } else if (node instanceof ColumnReference reference) {
          into.add(reference.attribute().id());
        } else if (node instanceof BoundSubquery subquery) {
          subquery.outerReferences().forEach(attribute -> into.add(attribute.id()));
          columnsRead(subquery.plan(), into);
        }
        return false;
      });
    }
    PlanChildren.of(plan).forEach(child -> columnsRead(child, into));
  }

  /** The columns of {@code other} that {@code side} (anywhere in it) reads. */
  private static Set<Long> crossing(ResolvedPlan side, ResolvedPlan other) {
    Set<Long> read = new HashSet<>();
    columnsRead(side, read);
    read.retainAll(ids(other.output()));
    return read;
  }

  private static Set<Long> ids(List<Attribute> attributes) {
    Set<Long> ids = new HashSet<>();
    attributes.forEach(attribute -> ids.add(attribute.id()));
    return ids;
  }
}
