package dev.ember.analyzer;

import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import dev.ember.plan.errors.SparkErrors;
import dev.ember.plan.expressions.Expression;
import dev.ember.plan.expressions.UnresolvedAttribute;
import dev.ember.plan.expressions.UnresolvedFunction;
import dev.ember.plan.resolved.Attribute;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.ColumnReference;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * ORDER BY and HAVING over an aggregation naming an input column that is neither grouped by nor aggregated. Spark's
 * analyzer brings such a column up only when it is a grouping key; otherwise it stays unresolved, so Spark raises
 * UNRESOLVED_COLUMN suggesting the aggregation's columns where a select list would raise MISSING_AGGREGATION.
 */
final class UngroupedColumns {
  private UngroupedColumns() {
  }

  /**
   * The UNRESOLVED_COLUMN Spark raises for the column {@code failure} (a MISSING_AGGREGATION met while computing the
   * clause {@code written} beside the aggregation) names, or {@code failure} itself for any other error.
   */
  static EmberException asUnresolved(Analyzer analyzer, EmberException failure, List<Expression> written,
      List<Attribute> output) {
    if ("MISSING_GROUP_BY".equals(failure.errorClass())) {
      // an aggregation without GROUP BY: the first column read outside an aggregate function
      List<UnresolvedAttribute> outside = new ArrayList<>();
      written.forEach(expression -> collectOutsideAggregates(expression, outside));
      return outside.isEmpty() ? failure : unresolved(analyzer, outside.get(0), output);
    }
    if (!"MISSING_AGGREGATION".equals(failure.errorClass())) {
      return failure;
    }
    String expression = failure.messageParameters().getOrDefault("expression", "");
    String name = expression.length() > 1 ? expression.substring(1, expression.length() - 1) : expression;
    for (UnresolvedAttribute attribute : attributes(written)) {
      List<String> parts = attribute.nameParts();
      if (analyzer.names().same(parts.get(parts.size() - 1), name)) {
        return unresolved(analyzer, attribute, output);
      }
    }
    return failure;
  }

  /**
   * Spark's ORDER BY over a projection above the aggregation — a HAVING that computes more than the select list, or
   * window functions over the aggregated rows — sees the projected columns and, of the aggregation's input, only the
   * grouping keys that are columns: every other column is unresolved, and aggregate functions (over any column) are
   * UNSUPPORTED_EXPR_FOR_OPERATOR, Spark computing aggregates for ORDER BY only directly over the aggregation.
   */
  static void requireOverProjection(Analyzer analyzer, List<Expression> keys, Scope projected, Scope aggregationInput,
      List<BoundExpression> groupings) {
    ExpressionResolver overProjected = analyzer.expressions(projected, false);
    ExpressionResolver overInput = analyzer.expressions(aggregationInput, false);
    for (UnresolvedAttribute attribute : attributes(keys)) {
      if (resolves(overProjected, attribute).isPresent()) {
        continue;
      }
      Optional<BoundExpression> inInput = resolves(overInput, attribute).map(UngroupedColumns::column);
      if (inInput.isEmpty() || !(inInput.get() instanceof ColumnReference) || !groupings.contains(inInput.get())) {
        throw unresolved(analyzer, attribute, projected.output());
      }
    }
    List<UnresolvedFunction> aggregates = new ArrayList<>();
    keys.forEach(key -> collectAggregates(key, aggregates));
    if (!aggregates.isEmpty()) {
      ExpressionResolver overAggregated = analyzer.expressions(aggregationInput, true);
      String texts = aggregates.stream().map(aggregate -> "\"" + overAggregated.resolve(aggregate).name() + "\"")
          .collect(java.util.stream.Collectors.joining(", "));
      throw new EmberException(ErrorKind.ANALYSIS, "UNSUPPORTED_EXPR_FOR_OPERATOR", "42K0E",
          "A query operator contains one or more unsupported expressions.", Map.of("invalidExprSqls", texts));
    }
  }

  private static Optional<BoundExpression> resolves(ExpressionResolver resolver, UnresolvedAttribute attribute) {
    try {
      return Optional.of(resolver.resolve(attribute).expression());
    } catch (EmberException notThere) {
      return Optional.empty();
    }
  }

  /** The column a name resolves to, below the struct fields it names. */
  private static BoundExpression column(BoundExpression resolved) {
    return resolved instanceof dev.ember.plan.resolved.FieldAccess access ? column(access.child()) : resolved;
  }

  private static EmberException unresolved(Analyzer analyzer, UnresolvedAttribute attribute, List<Attribute> output) {
    return SparkErrors.unresolvedColumn(attribute.quotedName(),
        NameMatcher.suggestions(attribute.nameParts(), output)).withQueryContext(analyzer.origins().of(attribute));
  }

  private static void collectAggregates(Expression expression, List<UnresolvedFunction> aggregates) {
    if (expression instanceof UnresolvedFunction function) {
      if (FunctionRegistry.lookup(function.name()).map(FunctionDefinition::aggregate).orElse(false)) {
        aggregates.add(function);
      } else {
        function.arguments().forEach(argument -> collectAggregates(argument, aggregates));
      }
      return;
    }
    WrittenExpressions.children(expression).forEach(child -> collectAggregates(child, aggregates));
  }

  private static void collectOutsideAggregates(Expression expression, List<UnresolvedAttribute> attributes) {
    if (expression instanceof UnresolvedAttribute attribute && attribute.planId().isEmpty()) {
      attributes.add(attribute);
    } else if (expression instanceof UnresolvedFunction function) {
      boolean grouping = function.name().equalsIgnoreCase("grouping")
          || function.name().equalsIgnoreCase("grouping_id");
      if (grouping || !FunctionRegistry.lookup(function.name()).map(FunctionDefinition::aggregate).orElse(false)) {
        function.arguments().forEach(argument -> collectOutsideAggregates(argument, attributes));
      }
    } else {
      WrittenExpressions.children(expression).forEach(child -> collectOutsideAggregates(child, attributes));
    }
  }

  /** The column names in the expressions, in the order written. */
  private static List<UnresolvedAttribute> attributes(List<Expression> expressions) {
    List<UnresolvedAttribute> attributes = new ArrayList<>();
    expressions.forEach(expression -> collect(expression, attributes));
    return attributes;
  }

  private static void collect(Expression expression, List<UnresolvedAttribute> attributes) {
    if (expression instanceof UnresolvedAttribute attribute && attribute.planId().isEmpty()) {
      attributes.add(attribute);
    } else {
      WrittenExpressions.children(expression).forEach(child -> collect(child, attributes));
    }
  }
}
