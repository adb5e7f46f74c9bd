package dev.ember.sqlgen;

import dev.ember.plan.resolved.Aggregation;
import dev.ember.plan.resolved.Attribute;
import dev.ember.plan.resolved.BoundCast;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.BoundExpressions;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.resolved.ColumnReference;
import dev.ember.plan.resolved.GroupingKind;
import dev.ember.plan.resolved.NamedExpression;
import dev.ember.plan.resolved.Projection;
import dev.ember.plan.resolved.ResolvedPlan;
import dev.ember.plan.resolved.Selection;
import dev.ember.plan.types.AtomicType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.IdentityHashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;

/**
 * Spark's MergeScalarSubqueries: aggregations without grouping keys over the same rows, each with its own filter
 * (TPC-DS q9's fifteen scalar subqueries of store_sales, q28's six and q88's eight derived tables), become one
 * aggregation that reads the rows once, each aggregate taking only its own rows ({@code sum(CASE WHEN filter THEN x
 * END)}, which {@code FILTER (WHERE ...)} means in Spark); each use picks its columns from it, and
 * {@link SharedSubplans} computes it once. The rows read are those of the filters' common conditions and of any of
 * the others. Only aggregates that skip NULLs (sum, avg, count, min, max) merge, and only over rows that read no
 * enclosing query: DISTINCT ones (q28) ran three times slower merged, DuckDB's distinct aggregates of all the rows
 * against each filtered read's own.
 */
final class MergedAggregates {
  private static final Set<String> SKIPPING_NULLS = Set.of("sum", "avg", "count", "min", "max");
  /** Ids of the merged columns, apart from the analyzer's (as other generated attributes are). */
  private static final AtomicLong IDS = new AtomicLong(Long.MIN_VALUE / 4);

  private record Member(Aggregation aggregation, ResolvedPlan rows, List<BoundExpression> conditions) {
  }

  private MergedAggregates() {
  }

  static ResolvedPlan merge(ResolvedPlan plan) {
    Map<ResolvedPlan, Member> candidates = new IdentityHashMap<>();
    collect(plan, candidates);
    if (candidates.size() < 2) {
      return plan;
    }
    Map<String, List<Member>> byRows = new LinkedHashMap<>();
    candidates.values().forEach(member -> byRows.computeIfAbsent(PlanFingerprint.of(member.rows()),
        key -> new ArrayList<>()).add(member));
    Map<ResolvedPlan, ResolvedPlan> replacements = new IdentityHashMap<>();
    byRows.values().stream().filter(members -> members.size() > 1)
        .forEach(members -> replacements.putAll(merged(members)));
    return replacements.isEmpty() ? plan
        : PlanRewrites.transformDown(plan, part -> Optional.ofNullable(replacements.get(part)));
  }

  private static void collect(ResolvedPlan plan, Map<ResolvedPlan, Member> into) {
    candidate(plan).ifPresent(member -> into.put(plan, member));
    PlanChildren.of(plan).forEach(child -> collect(child, into));
    OperatorExpressions.subqueryPlans(plan).forEach(subquery -> collect(subquery, into));
  }

  private static Optional<Member> candidate(ResolvedPlan plan) {
    if (!(plan instanceof Aggregation aggregation) || !aggregation.groupings().isEmpty()
        || aggregation.kind() != GroupingKind.GROUP_BY || aggregation.columns().isEmpty()
        || !aggregation.columns().stream().allMatch(column -> aggregate(column.expression()).isPresent())) {
      return Optional.empty();
    }
    ResolvedPlan rows = aggregation.input();
    List<BoundExpression> conditions = List.of();
    if (rows instanceof Selection selection) {
      conditions = Conjuncts.of(selection.condition());
      rows = selection.input();
    }
    boolean correlated = PlanFingerprint.readsOuterRow(PlanFingerprint.of(aggregation));
    return correlated ? Optional.empty() : Optional.of(new Member(aggregation, rows, conditions));
  }

  /** The aggregate call a column is, under casts: one that skips NULLs, of row values only. */
  private static Optional<Call> aggregate(BoundExpression expression) {
    BoundExpression inner = expression;
    while (inner instanceof BoundCast cast) {
      inner = cast.child();
    }
    if (!(inner instanceof Call call) || !SKIPPING_NULLS.contains(call.function()) || call.arguments().isEmpty()) {
      return Optional.empty();
    }
    boolean plainArguments = call.arguments().stream().noneMatch(argument -> BoundExpressions.anyMatch(argument,
        part -> part instanceof Call nested && SKIPPING_NULLS.contains(nested.function())
            || part instanceof dev.ember.plan.resolved.BoundSubquery));
    return plainArguments ? Optional.of(call) : Optional.empty();
  }

  /** The members' replacements: each picks its columns from the one aggregation of the first member's rows. */
  private static Map<ResolvedPlan, ResolvedPlan> merged(List<Member> members) {
    ResolvedPlan rows = members.get(0).rows();
    List<List<BoundExpression>> conditions = new ArrayList<>();
    List<Map<Long, Attribute>> renamings = new ArrayList<>();
    for (Member member : members) {
      Map<Long, Attribute> renaming = new HashMap<>();
      for (int i = 0; i < member.rows().output().size(); i++) {
        renaming.put(member.rows().output().get(i).id(), rows.output().get(i));
      }
      renamings.add(renaming);
      conditions.add(member.conditions().stream().map(condition -> renamed(condition, renaming)).toList());
    }
    List<BoundExpression> common = conditions.get(0).stream()
        .filter(condition -> conditions.stream().allMatch(others -> others.contains(condition))).toList();
    List<BoundExpression> own = new ArrayList<>();
    boolean everyRow = false;
    for (List<BoundExpression> memberConditions : conditions) {
      List<BoundExpression> rest = memberConditions.stream().filter(condition -> !common.contains(condition)).toList();
      everyRow |= rest.isEmpty();
      own.add(rest.isEmpty() ? null : Conjuncts.all(rest));
    }
    List<BoundExpression> kept = new ArrayList<>(common);
    if (!everyRow) {
      kept.add(own.stream().reduce((left, right) -> new Call("or", List.of(left, right), AtomicType.BOOLEAN,
          left.nullable() || right.nullable())).orElseThrow());
    }
    ResolvedPlan input = kept.isEmpty() ? rows : new Selection(rows, Conjuncts.all(kept));
    List<NamedExpression> columns = new ArrayList<>();
    List<List<Attribute>> picked = new ArrayList<>();
    for (int m = 0; m < members.size(); m++) {
      List<Attribute> memberColumns = new ArrayList<>();
      for (NamedExpression column : members.get(m).aggregation().columns()) {
        BoundExpression filter = own.get(m);
        BoundExpression expression = filtered(renamed(column.expression(), renamings.get(m)), filter);
        Attribute original = column.attribute();
        Attribute attribute = new Attribute(IDS.incrementAndGet(), original.name(), original.dataType(),
            original.nullable(), List.of());
        columns.add(new NamedExpression(expression, attribute));
        memberColumns.add(attribute);
      }
      picked.add(memberColumns);
    }
    Aggregation aggregation = new Aggregation(input, List.of(), columns);
    Map<ResolvedPlan, ResolvedPlan> replacements = new IdentityHashMap<>();
    for (int m = 0; m < members.size(); m++) {
      List<NamedExpression> projected = new ArrayList<>();
      List<NamedExpression> originals = members.get(m).aggregation().columns();
      for (int c = 0; c < originals.size(); c++) {
        projected.add(new NamedExpression(new ColumnReference(picked.get(m).get(c)), originals.get(c).attribute()));
      }
      replacements.put(members.get(m).aggregation(), new Projection(aggregation, projected));
    }
    return replacements;
  }

  /** The column with its aggregate's arguments taken only where {@code filter} holds (all rows without one). */
  private static BoundExpression filtered(BoundExpression column, BoundExpression filter) {
    if (filter == null) {
      return column;
    }
    Call call = aggregate(column).orElseThrow();
    return BoundExpressions.replace(column, part -> part == call ? Optional.of(new Call(call.function(),
        call.arguments().stream().<BoundExpression>map(argument -> new Call("case_when", List.of(filter, argument),
            argument.dataType(), true)).toList(), call.dataType(), call.nullable())) : Optional.empty());
  }

  private static BoundExpression renamed(BoundExpression expression, Map<Long, Attribute> renaming) {
    return BoundExpressions.replace(expression, part -> part instanceof ColumnReference reference
        && renaming.containsKey(reference.attribute().id())
        ? Optional.of(new ColumnReference(renaming.get(reference.attribute().id()))) : Optional.empty());
  }
}
