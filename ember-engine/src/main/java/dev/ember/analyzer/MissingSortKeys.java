package dev.ember.analyzer;

import dev.ember.plan.errors.EmberException;
import dev.ember.plan.expressions.Alias;
import dev.ember.plan.expressions.Expression;
import dev.ember.plan.expressions.Literal;
import dev.ember.plan.expressions.SortOrder;
import dev.ember.plan.logical.Aggregate;
import dev.ember.plan.logical.Filter;
import dev.ember.plan.logical.Having;
import dev.ember.plan.logical.LogicalPlan;
import dev.ember.plan.logical.PlanIdTag;
import dev.ember.plan.logical.Project;
import dev.ember.plan.logical.Sort;
import dev.ember.plan.resolved.Attribute;
import dev.ember.plan.resolved.BoundSortOrder;
import dev.ember.plan.resolved.ColumnReference;
import dev.ember.plan.resolved.Ordering;
import dev.ember.plan.types.AtomicType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.Set;

/**
 * ORDER BY keys the sorted columns do not hold — a column the select list left out, an aggregate the aggregation
 * does not output — as Spark's analyzer resolves them (ResolveMissingReferences, ResolveAggregateFunctions): the keys
 * are computed as more columns of the select list or aggregation below, the rows sorted by them, the columns
 * dropped.
 */
final class MissingSortKeys {
  static final String KEY = "sortKey";

  private MissingSortKeys() {
  }

  static Scope resolve(Analyzer analyzer, Sort sort) {
    SelectInput selectInput = SelectInput.of(analyzer, sort.input());
    try {
      return SortResolver.resolve(analyzer, selectInput.resolve(sort.input()), sort.orders(), sort.global(),
          selectInput.resolved());
    } catch (EmberException unresolved) {
      boolean groupedByAll = groupedByAll(sort.input());
      // a name two select-list columns share: Spark reads the input's column of that name instead, if it can; so
      // does an extraction from an alias of a type that has no parts (col1[0] of 'a' AS col1)
      Optional<String> ambiguous = ambiguousName(unresolved);
      if (ambiguous.isEmpty() && "INVALID_EXTRACT_BASE_FIELD_TYPE".equals(unresolved.errorClass())) {
        ambiguous = extractedName(sort);
      }
      EmberException reported = unresolved;
      if (groupedByAll && "AMBIGUOUS_REFERENCE".equals(unresolved.errorClass())) {
        // Spark does not find an ambiguous select-list name under GROUP BY ALL either
        reported = dev.ember.plan.errors.SparkErrors.unresolvedColumn(unresolved.messageParameters().get("name"),
            selectInput.resolve(sort.input()).output().stream().map(column -> "`" + column.name() + "`").toList());
        if (ambiguous.isEmpty()) {
          throw reported;
        }
      }
      boolean legacyPosition = !analyzer.ordinalsFirstInSort()
          && "ORDER_BY_POS_OUT_OF_RANGE".equals(unresolved.errorClass());
      if (ambiguous.isEmpty() && !isMissingKey(unresolved) && !legacyPosition) {
        throw unresolved;
      }
      Optional<Scope> extended;
      try {
        extended = withKeys(analyzer, sort, selectInput, ambiguous);
      } catch (EmberException notGrouped) {
        // under GROUP BY ALL a column the inferred keys do not hold stays unresolved, as in Spark
        if (groupedByAll && notGrouped.errorClass() != null && notGrouped.errorClass().startsWith("MISSING_")) {
          throw reported;
        }
        if (ambiguous.isPresent()) {
          throw reported;
        }
        throw UngroupedColumns.asUnresolved(analyzer, notGrouped, keys(sort),
            selectInput.resolve(sort.input()).output());
      }
      if (extended.isEmpty()) {
        throw reported;
      }
      return extended.get();
    }
  }

  /** The name the first key extracting from a named column ({@code col1[0]}) reads. */
  private static Optional<String> extractedName(Sort sort) {
    for (SortOrder order : sort.orders()) {
      Expression key = unwrapped(order);
      if (key instanceof dev.ember.plan.expressions.ExtractValue extract
          && extract.child() instanceof dev.ember.plan.expressions.UnresolvedAttribute attribute
          && attribute.nameParts().size() == 1) {
        return Optional.of(attribute.nameParts().get(0));
      }
    }
    return Optional.empty();
  }

  /** The one-part name an AMBIGUOUS_REFERENCE is about, unquoted. */
  private static Optional<String> ambiguousName(EmberException failure) {
    if (!"AMBIGUOUS_REFERENCE".equals(failure.errorClass())) {
      return Optional.empty();
    }
    String quoted = failure.messageParameters().getOrDefault("name", "");
    if (quoted.length() < 2 || !quoted.startsWith("`") || !quoted.endsWith("`")
        || quoted.substring(1, quoted.length() - 1).replace("``", "").contains("`")) {
      return Optional.empty();
    }
    return Optional.of(quoted.substring(1, quoted.length() - 1).replace("``", "`"));
  }

  private static boolean groupedByAll(LogicalPlan input) {
    LogicalPlan plan = input instanceof PlanIdTag tag ? tag.input() : input;
    return plan instanceof Aggregate aggregate && GroupByAll.named(aggregate)
        || plan instanceof Having having && GroupByAll.named(having.input());
  }

  /** A key naming a column the sorted rows do not have, or an aggregate over rows no longer there. */
  private static boolean isMissingKey(EmberException failure) {
    String errorClass = failure.errorClass() == null ? "" : failure.errorClass();
    return errorClass.startsWith("UNRESOLVED_COLUMN") || errorClass.equals("FIELD_NOT_FOUND")
        || errorClass.equals("UNSUPPORTED_EXPR_FOR_OPERATOR");
  }

  private static Optional<Scope> withKeys(Analyzer analyzer, Sort sort, SelectInput selectInput,
      Optional<String> ambiguous) {
    LogicalPlan input = sort.input();
    Optional<Long> planId = Optional.empty();
    if (input instanceof PlanIdTag tag) {
      planId = Optional.of(tag.planId());
      input = tag.input();
    }
    List<Expression> selectList = selectList(input).orElse(null);
    if (selectList == null) {
      return Optional.empty();
    }
    if (!(input instanceof Project) && selectInput.resolved().isPresent()) {
      Scope selected = selectInput.resolve(sort.input());
      Optional<dev.ember.plan.resolved.Aggregation> aggregation = aggregation(selected.plan());
      if (aggregation.isPresent() && (input instanceof Having
          ? HavingResolver.computesMoreColumns(aggregation.get()) : windowsOverAggregation(selected.plan()))) {
        UngroupedColumns.requireOverProjection(analyzer, keys(sort), selected, selectInput.resolved().get(),
            aggregation.get().groupings());
      }
    }
    // the ambiguous name is the input's column, not one of the aliases sharing it
    SelectAliases aliases = new SelectAliases(selectList.stream().filter(column -> ambiguous.isEmpty()
        || !(column instanceof Alias alias && analyzer.names().same(alias.name(), ambiguous.get()))).toList(),
        analyzer.names());
    List<Expression> extended = new ArrayList<>(selectList);
    // an ordinal's position among the select list's columns (after its stars expand), or an appended key's number
    List<Integer> positions = new ArrayList<>();
    List<Boolean> appended = new ArrayList<>();
    for (SortOrder order : sort.orders()) {
      Expression key = order.child() instanceof SortOrder nested ? nested.child() : order.child();
      Literal literal = analyzer.orderByOrdinal() ? SortResolver.ordinal(key) : null;
      OptionalInt windowColumn = ambiguous.isEmpty() ? windowColumn(analyzer, selectList, selectInput, sort, key)
          : OptionalInt.empty();
      if (windowColumn.isPresent()) {
        positions.add(windowColumn.getAsInt());
        appended.add(false);
      } else if (literal != null) {
        int position = (Integer) literal.value() - 1;
        if (position < 0) {
          return Optional.empty();
        }
        positions.add(position);
        appended.add(false);
      } else {
        positions.add(extended.size() - selectList.size());
        appended.add(true);
        extended.add(new Alias(aliases.inline(key), KEY + positions.size()));
      }
    }
    LogicalPlan withKeys = replaceSelectList(input, extended);
    Scope scope = selectInput.resolve(planId.isPresent() ? new PlanIdTag(withKeys, planId.get()) : withKeys);
    List<Attribute> output = scope.output();
    // the appended keys are the last columns; a star in the select list may stand for several before them
    int selected = output.size() - (extended.size() - selectList.size());
    List<BoundSortOrder> orders = new ArrayList<>();
    Set<Long> keys = new HashSet<>();
    for (int index = 0; index < positions.size(); index++) {
      int position = appended.get(index) ? selected + positions.get(index) : positions.get(index);
      if (!appended.get(index) && position >= selected) {
        if (analyzer.ordinalsFirstInSort()) {
          return Optional.empty();
        }
        // Spark 3's order: a position counts the columns the select list was extended with too (the keys naming
        // what it lacks, not constants nor what it has)
        int extendedSize = selected + missingKeys(analyzer, sort, selectInput);
        if (position >= extendedSize) {
          Expression written = unwrapped(sort.orders().get(index));
          throw SortResolver.positionOutOfRange(position + 1, extendedSize)
              .withQueryContext(analyzer.origins().of(written));
        }
      }
      Attribute column = output.get(position);
      if (appended.get(index)) {
        keys.add(column.id());
      }
      SortOrder order = sort.orders().get(index);
      Expression key = order.child() instanceof SortOrder nested ? nested.child() : order.child();
      try {
        OrderingChecks.requireOrderableKey(key instanceof dev.ember.plan.expressions.UnresolvedAttribute attribute
            ? attribute.nameParts().get(attribute.nameParts().size() - 1) : column.name(), order.ascending(),
            order.nullsFirst(), column.dataType());
      } catch (EmberException e) {
        throw e.withQueryContext(analyzer.origins().of(key));
      }
      orders.add(new BoundSortOrder(new ColumnReference(column), order.ascending(), order.nullsFirst()));
    }
    return Optional.of(scope.withSameColumns(new Ordering(scope.plan(), orders, sort.global()))
        .withHidden(keys).visible());
  }

  /**
   * The position of the select list's column a key names when that column is a window function's alias: the rows are
   * sorted by that column, not by the window function computed again as a key (TPC-DS q12/q20/q98 computed theirs
   * twice). Only a name no other column of the select list has.
   */
  private static OptionalInt windowColumn(Analyzer analyzer, List<Expression> selectList, SelectInput selectInput,
      Sort sort, Expression key) {
    if (!(key instanceof dev.ember.plan.expressions.UnresolvedAttribute attribute) || attribute.nameParts().size() != 1
        || attribute.planId().isPresent()) {
      return OptionalInt.empty();
    }
    String name = attribute.nameParts().get(0);
    List<Alias> windows = selectList.stream().filter(Alias.class::isInstance).map(Alias.class::cast)
        .filter(alias -> analyzer.names().same(alias.name(), name)).toList();
    if (windows.size() != 1 || !dev.ember.plan.logical.PlanParts.windowed(windows.get(0).child())) {
      return OptionalInt.empty();
    }
    List<Attribute> selected;
    try {
      selected = selectInput.resolve(sort.input()).output();
    } catch (EmberException selectListFails) {
      return OptionalInt.empty(); // the key is appended as before, and the select list's error raised as before
    }
    int position = -1;
    for (int i = 0; i < selected.size(); i++) {
      if (analyzer.names().same(selected.get(i).name(), name)) {
        if (position >= 0) {
          return OptionalInt.empty();
        }
        position = i;
      }
    }
    return position < 0 ? OptionalInt.empty() : OptionalInt.of(position);
  }

  /** How many keys name something the select list does not output (Spark 3 extended it with those). */
  private static int missingKeys(Analyzer analyzer, Sort sort, SelectInput selectInput) {
    Scope selected = selectInput.resolve(sort.input());
    int missing = 0;
    for (SortOrder order : sort.orders()) {
      Expression key = unwrapped(order);
      if (key instanceof Literal) {
        continue;
      }
      try {
        analyzer.expressions(selected, false).resolve(key);
      } catch (EmberException notThere) {
        missing++;
      }
    }
    return missing;
  }

  private static Expression unwrapped(SortOrder order) {
    return order.child() instanceof SortOrder nested ? nested.child() : order.child();
  }

  private static List<Expression> keys(Sort sort) {
    return sort.orders().stream().<Expression>map(order -> order).toList();
  }

  /** Whether the select list computes window functions over the aggregated rows, in a projection above them. */
  private static boolean windowsOverAggregation(dev.ember.plan.resolved.ResolvedPlan plan) {
    return plan instanceof dev.ember.plan.resolved.Projection projection
        && projection.input() instanceof dev.ember.plan.resolved.Aggregation
        && projection.columns().stream().anyMatch(column -> dev.ember.plan.resolved.BoundExpressions.anyMatch(
            column.expression(), dev.ember.plan.resolved.WindowCall.class::isInstance));
  }

  /** The resolved aggregation under the filter and projections of its HAVING. */
  private static Optional<dev.ember.plan.resolved.Aggregation> aggregation(dev.ember.plan.resolved.ResolvedPlan plan) {
    if (plan instanceof dev.ember.plan.resolved.Aggregation aggregation) {
      return Optional.of(aggregation);
    }
    if (plan instanceof dev.ember.plan.resolved.Selection selection) {
      return aggregation(selection.input());
    }
    if (plan instanceof dev.ember.plan.resolved.Projection projection) {
      return aggregation(projection.input());
    }
    return Optional.empty();
  }

  private static Optional<List<Expression>> selectList(LogicalPlan plan) {
    if (plan instanceof Project project) {
      return Optional.of(project.expressions());
    }
    if (plan instanceof Filter filter) {
      return filteredSelect(filter).map(Project::expressions);
    }
    if (plan instanceof Aggregate aggregate && !aggregate.keysInOutput()) {
      return Optional.of(aggregate.aggregates());
    }
    if (plan instanceof Having having && !having.input().keysInOutput()) {
      return Optional.of(having.input().aggregates());
    }
    return Optional.empty();
  }

  private static LogicalPlan replaceSelectList(LogicalPlan plan, List<Expression> selectList) {
    if (plan instanceof Project project) {
      return new Project(project.input(), selectList);
    }
    if (plan instanceof Filter filter) {
      // a filter right over a select list (df.select(...).filter(...).orderBy(...)): the keys extend that list
      Project project = filteredSelect(filter).orElseThrow();
      LogicalPlan extended = new Project(project.input(), selectList);
      return new Filter(filter.input() instanceof PlanIdTag tag ? new PlanIdTag(extended, tag.planId()) : extended,
          filter.condition());
    }
    if (plan instanceof Aggregate aggregate) {
      return withAggregates(aggregate, selectList);
    }
    Having having = (Having) plan;
    return new Having(withAggregates(having.input(), selectList), having.condition(), having.withoutGroupBy());
  }

  /** The select list a filter is right over, if it is. */
  private static Optional<Project> filteredSelect(Filter filter) {
    LogicalPlan input = filter.input() instanceof PlanIdTag tag ? tag.input() : filter.input();
    return input instanceof Project project ? Optional.of(project) : Optional.empty();
  }

  private static Aggregate withAggregates(Aggregate aggregate, List<Expression> aggregates) {
    return aggregate.withAggregates(aggregates, false);
  }

  /**
   * The sorted plan's select list input, resolved once and shared by every select list tried over it (the user's,
   * then one extended by the sort keys); plans of another shape, or a select list the session has cached, resolve
   * whole as usual.
   */
  private record SelectInput(Analyzer analyzer, Optional<Scope> resolved) {
    static SelectInput of(Analyzer analyzer, LogicalPlan sorted) {
      LogicalPlan select = sorted instanceof PlanIdTag tag ? tag.input() : sorted;
      if (analyzer.isCached(sorted) || analyzer.isCached(select)) {
        return new SelectInput(analyzer, Optional.empty());
      }
      return new SelectInput(analyzer, Analyzer.selectInput(select).map(analyzer::resolve));
    }

    Scope resolve(LogicalPlan sorted) {
      if (resolved.isEmpty()) {
        return analyzer.resolve(sorted);
      }
      if (sorted instanceof PlanIdTag tag) {
        return analyzer.resolveSelect(tag.input(), resolved.get()).tagged(tag.planId());
      }
      return analyzer.resolveSelect(sorted, resolved.get());
    }
  }
}
