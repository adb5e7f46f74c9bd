package dev.ember.analyzer;

import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.SparkErrors;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.expressions.Alias;
import dev.ember.plan.expressions.Expression;
import dev.ember.plan.logical.Aggregate;
import dev.ember.plan.logical.Having;
import dev.ember.plan.resolved.Attribute;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.ColumnReference;
import dev.ember.plan.resolved.Selection;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;

/**
 * SQL's HAVING, as Spark's analyzer resolves it: first over the aggregation's columns (its aliases and keys);
 * otherwise with the select list's aliases standing for their expressions and the condition computed as one more
 * column of the aggregation (its aggregates and keys allowed), which the filter reads and the result drops.
 */
final class HavingResolver {
  /** The name of the hidden column holding the condition. */
  static final String CONDITION = "havingCondition";

  private HavingResolver() {
  }

  /** The HAVING over its aggregation, whose input {@code aggregationInput} is already resolved. */
  static Scope resolve(Analyzer analyzer, Having having, Scope aggregationInput) {
    Aggregate aggregate = having.input();
    if (aggregate.kind() == dev.ember.plan.resolved.GroupingKind.GROUP_BY && !aggregate.groupings().isEmpty()
        && callsGrouping(having.condition())) {
      // grouping()/grouping_id() under a plain GROUP BY: Spark refuses it before checking the select list
      throw dev.ember.plan.errors.SparkErrors.unsupportedGrouping();
    }
    Scope aggregated = new AggregateResolver(analyzer).resolve(aggregationInput, aggregate);
    if (!shadowedAliases(analyzer, having, aggregationInput).isEmpty()) {
      // a grouping column named as a select-list alias: Spark's HAVING reads the column
      return beside(analyzer, having, aggregationInput);
    }
    try {
      BoundExpression condition = analyzer.expressions(aggregated, false).resolveCondition(having.condition());
      return aggregated.withSameColumns(new Selection(aggregated.plan(), condition));
    } catch (EmberException overTheColumns) {
      // the condition needs the aggregation's input: computed beside the select list
      if (GroupByAll.named(aggregate)) {
        return besideGroupByAll(analyzer, having, aggregationInput, overTheColumns);
      }
    }
    return beside(analyzer, having, aggregationInput);
  }

  private static boolean callsGrouping(Expression expression) {
    if (expression instanceof dev.ember.plan.expressions.UnresolvedFunction function) {
      String name = function.name().toLowerCase(java.util.Locale.ROOT);
      return name.equals("grouping") || name.equals("grouping_id")
          || function.arguments().stream().anyMatch(HavingResolver::callsGrouping);
    }
    return WrittenExpressions.children(expression).stream().anyMatch(HavingResolver::callsGrouping);
  }

  /**
   * The select-list aliases the HAVING condition names that are also grouping columns (GROUP BY b with SUM(a) AS b):
   * Spark resolves such a name in HAVING to the grouping column.
   */
  private static java.util.Set<String> shadowedAliases(Analyzer analyzer, Having having, Scope aggregationInput) {
    java.util.Set<String> shadowed = new java.util.HashSet<>();
    List<String> named = new ArrayList<>();
    collectNames(having.condition(), named, aggregationInput, analyzer);
    for (Expression column : having.input().aggregates()) {
      if (!(column instanceof Alias alias) || named.stream().noneMatch(name -> analyzer.names().same(name,
          alias.name()))) {
        continue;
      }
      // GROUP BY ALL groups by the select list's columns that aggregate nothing
      List<Expression> groupings = GroupByAll.named(having.input())
          ? having.input().aggregates().stream().map(item -> item instanceof Alias aliased ? aliased.child() : item)
              .toList()
          : having.input().groupings();
      boolean grouped = groupings.stream().anyMatch(grouping ->
          grouping instanceof dev.ember.plan.expressions.UnresolvedAttribute attribute
              && analyzer.names().same(attribute.nameParts().get(attribute.nameParts().size() - 1), alias.name()));
      if (grouped && !analyzer.names().find(List.of(alias.name()), aggregationInput.output()).isEmpty()) {
        shadowed.add(alias.name());
      }
    }
    return shadowed;
  }

  /**
   * The column names a condition reads: one-part names, the column an extraction reads ({@code col1[0]}), and a
   * longer name's first part when the grouping column of that name has the rest as nested fields ({@code col1.a}):
   * Spark reads each as the grouping column, and a longer name as the alias when the column lacks the fields.
   */
  private static void collectNames(Expression expression, List<String> names, Scope input, Analyzer analyzer) {
    if (expression instanceof dev.ember.plan.expressions.UnresolvedAttribute attribute) {
      List<String> parts = attribute.nameParts();
      if (parts.size() == 1 || hasFields(input, analyzer, parts)) {
        names.add(parts.get(0));
      }
    } else if (expression instanceof dev.ember.plan.expressions.ExtractValue extract
        && extract.child() instanceof dev.ember.plan.expressions.UnresolvedAttribute attribute) {
      names.add(attribute.nameParts().get(0));
    } else if (expression instanceof dev.ember.plan.expressions.ExtractValue extract) {
      collectNames(extract.child(), names, input, analyzer);
    } else if (expression instanceof dev.ember.plan.expressions.UnresolvedFunction function) {
      function.arguments().forEach(argument -> collectNames(argument, names, input, analyzer));
    } else if (expression instanceof dev.ember.plan.expressions.Cast cast) {
      collectNames(cast.child(), names, input, analyzer);
    } else if (expression instanceof Alias alias) {
      collectNames(alias.child(), names, input, analyzer);
    }
  }

  /** Whether the input's column named {@code parts[0]} is a struct with the nested fields {@code parts[1..]}. */
  private static boolean hasFields(Scope input, Analyzer analyzer, List<String> parts) {
    List<dev.ember.plan.resolved.Attribute> found = analyzer.names().find(List.of(parts.get(0)), input.output());
    if (found.size() != 1) {
      return false;
    }
    dev.ember.plan.types.DataType type = found.get(0).dataType();
    for (String field : parts.subList(1, parts.size())) {
      if (!(type instanceof dev.ember.plan.types.StructType struct)) {
        return false;
      }
      java.util.Optional<dev.ember.plan.types.StructField> nested = struct.fields().stream()
          .filter(candidate -> analyzer.names().same(candidate.name(), field)).findFirst();
      if (nested.isEmpty()) {
        return false;
      }
      type = nested.get().dataType();
    }
    return true;
  }

  /** Under GROUP BY ALL a column the inferred keys do not hold stays unresolved, as in Spark. */
  private static Scope besideGroupByAll(Analyzer analyzer, Having having, Scope aggregationInput,
      EmberException unresolved) {
    if ("AMBIGUOUS_REFERENCE".equals(unresolved.errorClass()) && !selectsColumn(having.input(),
        unresolved.messageParameters().getOrDefault("name", ""))) {
      // a name two select-list columns share, and no grouped input column has, is ambiguous, as Spark reports it
      throw unresolved;
    }
    try {
      return beside(analyzer, having, aggregationInput);
    } catch (EmberException notGrouped) {
      throw unresolved;
    }
  }

  /** Whether the select list reads an input column of the (quoted) name, which GROUP BY ALL then groups by. */
  private static boolean selectsColumn(Aggregate aggregate, String quotedName) {
    return aggregate.aggregates().stream()
        .map(column -> column instanceof Alias alias ? alias.child() : column)
        .anyMatch(column -> column instanceof dev.ember.plan.expressions.UnresolvedAttribute attribute
            && ("`" + attribute.nameParts().get(attribute.nameParts().size() - 1) + "`")
                .equalsIgnoreCase(quotedName));
  }

  /**
   * Whether the HAVING of {@code aggregation} computes more than its select list does — an aggregate or a grouping key
   * the select list does not hold. Spark then adds those columns and drops them in a projection above the filter, and
   * an ORDER BY over it sees only the select list and the grouping columns.
   */
  static boolean computesMoreColumns(dev.ember.plan.resolved.Aggregation aggregation) {
    List<dev.ember.plan.resolved.NamedExpression> columns = aggregation.columns();
    if (columns.isEmpty() || !columns.get(columns.size() - 1).attribute().name().equals(CONDITION)) {
      return false;
    }
    List<BoundExpression> selected = columns.subList(0, columns.size() - 1).stream()
        .map(dev.ember.plan.resolved.NamedExpression::expression).toList();
    return readsBeyond(columns.get(columns.size() - 1).expression(), selected);
  }

  private static boolean readsBeyond(BoundExpression expression, List<BoundExpression> selected) {
    if (selected.stream().anyMatch(column -> SemanticEquality.equal(column, expression))) {
      return false;
    }
    if (expression instanceof ColumnReference || expression instanceof dev.ember.plan.resolved.Call call
        && (AggregateFunctions.isAggregate(call.function()) || call.function().startsWith("grouping"))) {
      return true;
    }
    return dev.ember.plan.resolved.BoundExpressions.children(expression).stream()
        .anyMatch(child -> readsBeyond(child, selected));
  }

  private static Scope beside(Analyzer analyzer, Having having, Scope aggregationInput) {
    Aggregate aggregate = having.input();
    java.util.Set<String> shadowed = shadowedAliases(analyzer, having, aggregationInput);
    List<Expression> aliases = aggregate.aggregates().stream().filter(column -> !(column instanceof Alias alias
        && shadowed.stream().anyMatch(name -> analyzer.names().same(name, alias.name())))).toList();
    Expression condition = new SelectAliases(aliases, analyzer.names()).inline(having.condition());
    List<Expression> extended = new ArrayList<>(aggregate.aggregates());
    extended.add(new Alias(condition, CONDITION));
    Scope withCondition;
    try {
      withCondition = new AggregateResolver(analyzer).resolve(aggregationInput,
          aggregate.withAggregates(extended, aggregate.keysInOutput()));
    } catch (EmberException notGrouped) {
      throw UngroupedColumns.asUnresolved(analyzer, notGrouped, List.of(having.condition()),
          new AggregateResolver(analyzer).resolve(aggregationInput, aggregate).output());
    }
    List<Attribute> output = withCondition.output();
    Attribute flag = output.get(output.size() - 1);
    if (flag.dataType() != AtomicType.BOOLEAN && flag.dataType() != AtomicType.NULL) {
      String type = SparkErrors.toSqlType(flag.dataType());
      throw SparkErrors.dataTypeMismatch("FILTER_NOT_BOOLEAN", "\"" + flag.name() + "\"",
          "Filter expression \"" + flag.name() + "\" of type " + type + " is not a boolean.",
          java.util.Map.of("filter", "\"" + flag.name() + "\"", "type", type));
    }
    return withCondition.withSameColumns(new Selection(withCondition.plan(), new ColumnReference(flag)))
        .withHidden(Set.of(flag.id())).visible();
  }
}
