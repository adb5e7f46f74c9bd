package dev.ember.sqlgen;

import dev.ember.plan.logical.SetOperationType;
import dev.ember.plan.resolved.Aggregation;
import dev.ember.plan.resolved.CombinedRows;
import dev.ember.plan.resolved.DistinctRows;
import dev.ember.plan.resolved.FirstRowPerKey;
import dev.ember.plan.resolved.ResolvedPlan;
import dev.ember.sqlgen.tree.SqlColumn;
import dev.ember.sqlgen.tree.SqlCommonTable;
import dev.ember.sqlgen.tree.SqlFrom;
import dev.ember.sqlgen.tree.SqlSelect.SelectItem;
import dev.ember.sqlgen.tree.SqlSelect;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Supplier;

/**
 * A Dataset used twice in one query ({@code revenue} joined with its own maximum, TPC-H Q15; a CTE read by several
 * subqueries, TPC-DS Q14) is computed once: an aggregation that occurs more than once in the plan (the same rows, whatever ids the
 * analyzer gave each use) becomes a WITH table, which DuckDB materializes once and reads at each use.
 * Only aggregations, distincts, INTERSECT / EXCEPT and window projections are shared: they are costly and small; a
 * shared scan or join would be materialized whole and lose the filters each use pushes into it.
 */
final class SharedSubplans {
  private final Set<String> shared;
  private final Set<Integer> sharedShapes;
  private final PlanShapes shapes;
  private final Map<String, SqlCommonTable> tables = new LinkedHashMap<>();
  private final Map<ResolvedPlan, String> fingerprints;

  private SharedSubplans(Set<String> shared, Set<Integer> sharedShapes, PlanShapes shapes,
      Map<ResolvedPlan, String> fingerprints) {
    this.shared = shared;
    this.sharedShapes = sharedShapes;
    this.shapes = shapes;
    this.fingerprints = fingerprints;
  }

  /** The sharing for {@code plan}: nothing to share in most plans. */
  static SharedSubplans of(ResolvedPlan plan) {
    PlanShapes shapes = new PlanShapes(SharedSubplans::inputsAndSubqueries);
    Map<ResolvedPlan, String> fingerprints = new IdentityHashMap<>();
    if (candidates(plan) < 2) {
      return new SharedSubplans(Set.of(), Set.of(), shapes, fingerprints);
    }
    Map<Integer, Integer> candidateShapes = new HashMap<>();
    countShapes(plan, shapes, candidateShapes);
    Set<Integer> repeatedShapes = new HashSet<>();
    candidateShapes.forEach((shape, count) -> {
      if (count > 1) {
        repeatedShapes.add(shape);
      }
    });
    if (repeatedShapes.isEmpty()) {
      return new SharedSubplans(Set.of(), Set.of(), shapes, fingerprints);
    }
    Counting counting = new Counting(shapes, repeatedShapes, fingerprints);
    counting.count(plan);
    Set<Integer> sharedShapes = new HashSet<>();
    counting.repeatedPlans.forEach(repeated -> sharedShapes.add(shapes.of(repeated)));
    return new SharedSubplans(counting.repeated, sharedShapes, shapes, fingerprints);
  }

  private static void countShapes(ResolvedPlan plan, PlanShapes shapes, Map<Integer, Integer> counts) {
    if (isCandidate(plan)) {
      counts.merge(shapes.of(plan), 1, Integer::sum);
    }
    for (ResolvedPlan child : inputsAndSubqueries(plan)) {
      countShapes(child, shapes, counts);
    }
  }

  private static int candidates(ResolvedPlan plan) {
    int count = isCandidate(plan) ? 1 : 0;
    for (ResolvedPlan child : inputsAndSubqueries(plan)) {
      count += candidates(child);
    }
    return count;
  }

  /**
   * The plans below {@code plan}: its inputs and the plans of its subquery expressions (TPC-DS Q14's
   * {@code avg_sales} compared in three HAVING clauses is one WITH table that each subquery reads).
   */
  private static List<ResolvedPlan> inputsAndSubqueries(ResolvedPlan plan) {
    List<ResolvedPlan> subqueries = OperatorExpressions.subqueryPlans(plan);
    if (subqueries.isEmpty()) {
      return PlanChildren.of(plan);
    }
    List<ResolvedPlan> below = new ArrayList<>(PlanChildren.of(plan));
    below.addAll(subqueries);
    return below;
  }

  /** Counts each candidate once per occurrence; the inside of a repeated candidate only on its first. */
  private record Counting(PlanShapes shapes, Set<Integer> repeatedShapes, Map<ResolvedPlan, String> fingerprints,
      Set<String> seen, Set<String> repeated, List<ResolvedPlan> repeatedPlans) {
    Counting(PlanShapes shapes, Set<Integer> repeatedShapes, Map<ResolvedPlan, String> fingerprints) {
      this(shapes, repeatedShapes, fingerprints, new HashSet<>(), new HashSet<>(), new ArrayList<>());
    }

    void count(ResolvedPlan plan) {
      // only a candidate whose shape another has can repeat: the others need no fingerprint
      if (isCandidate(plan) && repeatedShapes.contains(shapes.of(plan))) {
        String fingerprint = fingerprints.computeIfAbsent(plan, PlanFingerprint::of);
        // a subplan reading an enclosing row (correlated, LATERAL) is computed where that row is in scope
        if (PlanFingerprint.readsOuterRow(fingerprint)) {
          return;
        }
        if (!seen.add(fingerprint)) {
          repeated.add(fingerprint);
          repeatedPlans.add(plan);
          return;
        }
      }
      for (ResolvedPlan child : inputsAndSubqueries(plan)) {
        count(child);
      }
    }
  }

  boolean isShared(ResolvedPlan plan) {
    return !shared.isEmpty() && isCandidate(plan) && sharedShapes.contains(shapes.of(plan))
        && shared.contains(fingerprint(plan));
  }

  /** Reads {@code plan}'s rows from its WITH table, which {@code body} computes the first time. */
  SqlSelect read(ResolvedPlan plan, Supplier<SqlSelect> body, SqlGenerator generator) {
    String key = fingerprint(plan);
    SqlCommonTable table = tables.get(key);
    if (table == null) {
      List<SelectItem> positional = new ArrayList<>();
      for (int i = 0; i < plan.output().size(); i++) {
        positional.add(new SelectItem(SqlGenerator.column(plan.output().get(i)), positionalName(i)));
      }
      // the body first: the tables it reads are made (and numbered) before this one
      SqlSelect computed = SqlSelect.from(positional, generator.subquery(body.get()));
      table = new SqlCommonTable("shared#" + (tables.size() + 1), computed);
      tables.put(key, table);
    }
    List<SelectItem> items = new ArrayList<>();
    for (int i = 0; i < plan.output().size(); i++) {
      items.add(new SelectItem(new SqlColumn(positionalName(i)), ColumnNames.of(plan.output().get(i))));
    }
    return SqlSelect.from(items, new SqlFrom.Table(table.name(), generator.nextAlias()));
  }

  /** The WITH tables in the order they were made (a table only reads tables made before it). */
  List<SqlCommonTable> tables() {
    return List.copyOf(tables.values());
  }

  private String fingerprint(ResolvedPlan plan) {
    return fingerprints.computeIfAbsent(plan, PlanFingerprint::of);
  }

  private static String positionalName(int index) {
    return "c" + index;
  }

  private static boolean isCandidate(ResolvedPlan plan) {
    return (plan instanceof Aggregation || plan instanceof DistinctRows || plan instanceof FirstRowPerKey
        || plan instanceof CombinedRows combined && combined.type() != SetOperationType.UNION
        || computesWindows(plan)) && !plan.output().isEmpty();
  }

  /**
   * A projection computing window functions (TPC-DS q47's v1, read three times): costly, and no filter of a use
   * reaches below it but on its partition keys.
   */
  static boolean computesWindows(ResolvedPlan plan) {
    return plan instanceof dev.ember.plan.resolved.Projection projection && projection.columns().stream()
        .anyMatch(column -> dev.ember.plan.resolved.BoundExpressions.anyMatch(column.expression(),
            part -> part instanceof dev.ember.plan.resolved.WindowCall));
  }
}
