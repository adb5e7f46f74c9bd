package dev.ember.analyzer;

import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import dev.ember.plan.errors.SparkErrors;
import dev.ember.plan.expressions.Expression;
import dev.ember.plan.expressions.SubqueryExpression;
import dev.ember.plan.expressions.SubqueryExpression.Kind;
import dev.ember.plan.resolved.Attribute;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.BoundSubquery;
import dev.ember.plan.resolved.NamedExpression;
import dev.ember.plan.resolved.Projection;
import dev.ember.plan.resolved.ResolvedPlan;
import dev.ember.plan.types.DataType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * A subquery used as a value, as Spark's analyzer resolves it: its plan is resolved with the enclosing query's
 * scope outside its own ({@link OuterScopes}), then checked (a scalar subquery has one column; IN compares as many
 * values as the subquery has columns, of types with a common type) and named as Spark names it
 * ({@code scalarsubquery(a)}, {@code exists(a)}, {@code (x IN (listquery(a)))}, listing the outer columns read).
 * Spark 4.2 runs a correlated scalar subquery as a single join, so one that is not aggregated is accepted and fails
 * at run time when it finds more than one row, as an uncorrelated one does (SCALAR_SUBQUERY_TOO_MANY_ROWS).
 */
final class SubqueryResolver {
  private final Analyzer analyzer;
  private final ExpressionResolver enclosing;
  private final Scope scope;

  SubqueryResolver(Analyzer analyzer, ExpressionResolver enclosing, Scope scope) {
    this.analyzer = analyzer;
    this.enclosing = enclosing;
    this.scope = scope;
  }

  BoundColumn resolve(SubqueryExpression subquery) {
    List<BoundColumn> values = new ArrayList<>();
    for (Expression value : subquery.values()) {
      values.add(enclosing.resolve(value));
    }
    return analyzer.outerScopes().within(scope, frame -> {
      ResolvedPlan plan = analyzer.resolve(subquery.plan()).visible().plan();
      List<Attribute> outer = frame.references();
      String outerNames = outer.stream().map(Attribute::name).collect(Collectors.joining(", "));
      return switch (subquery.kind()) {
        case SCALAR -> {
          if (!atMostOneRow(plan)) {
            analyzer.runtimeOrigins().noteScalarSubquery(!outer.isEmpty());
          }
          yield scalar(plan, outer, outerNames);
        }
        case EXISTS -> new BoundColumn(new BoundSubquery(plan, Kind.EXISTS, List.of(), outer),
            "exists(" + outerNames + ")");
        case IN -> in(values, plan, outer, outerNames);
      };
    });
  }

  /** Whether the plan gives one row at most (an aggregation of all rows, a LIMIT 1), so that it cannot fail. */
  private static boolean atMostOneRow(ResolvedPlan plan) {
    if (plan instanceof dev.ember.plan.resolved.Aggregation aggregation) {
      return aggregation.groupings().isEmpty() && aggregation.groupingSets().isEmpty();
    }
    if (plan instanceof dev.ember.plan.resolved.LimitRows limit) {
      return limit.limit() <= 1 || atMostOneRow(limit.input());
    }
    if (plan instanceof dev.ember.plan.resolved.Projection projection) {
      return atMostOneRow(projection.input());
    }
    if (plan instanceof dev.ember.plan.resolved.Selection selection) {
      return atMostOneRow(selection.input());
    }
    return plan instanceof dev.ember.plan.resolved.Ordering ordering && atMostOneRow(ordering.input());
  }

  private static BoundColumn scalar(ResolvedPlan plan, List<Attribute> outer, String outerNames) {
    if (plan.output().size() != 1) {
      throw new EmberException(ErrorKind.ANALYSIS,
          "INVALID_SUBQUERY_EXPRESSION.SCALAR_SUBQUERY_RETURN_MORE_THAN_ONE_OUTPUT_COLUMN", "42823",
          "Invalid subquery: Scalar subquery must return only one column, but got " + plan.output().size() + ".",
          Map.of("number", Integer.toString(plan.output().size())));
    }
    return new BoundColumn(new BoundSubquery(plan, Kind.SCALAR, List.of(), outer),
        "scalarsubquery(" + outerNames + ")");
  }

  private BoundColumn in(List<BoundColumn> values, ResolvedPlan plan, List<Attribute> outer, String outerNames) {
    String valueNames = values.size() == 1 ? values.get(0).name()
        : values.stream().map(value -> "'" + value.name() + "', " + value.name())
            .collect(Collectors.joining(", ", "named_struct(", ")"));
    String name = "(" + valueNames + " IN (listquery(" + outerNames + ")))";
    List<Attribute> columns = plan.output();
    if (columns.size() != values.size()) {
      throw SparkErrors.dataTypeMismatch("IN_SUBQUERY_LENGTH_MISMATCH", "\"" + name + "\"",
          "The number of columns in the left hand side of an IN subquery does not match the number of columns in "
              + "the output of subquery. Left hand side columns(length: " + values.size() + "): ["
              + names(values.stream().map(BoundColumn::name).toList()) + "], right hand side columns(length: "
              + columns.size() + "): [" + names(columns.stream().map(Attribute::name).toList()) + "].",
          Map.of("leftLength", Integer.toString(values.size()), "rightLength", Integer.toString(columns.size()),
              "leftColumns", names(values.stream().map(BoundColumn::name).toList()),
              "rightColumns", names(columns.stream().map(Attribute::name).toList())));
    }
    List<BoundExpression> coercedValues = new ArrayList<>();
    List<NamedExpression> coercedColumns = new ArrayList<>();
    boolean castColumns = false;
    for (int i = 0; i < values.size(); i++) {
      DataType left = values.get(i).expression().dataType();
      DataType right = columns.get(i).dataType();
      DataType common = comparableType(left, right).orElseThrow(() -> mismatch(name, values, columns));
      coercedValues.add(TypeCoercion.castTo(values.get(i).expression(), common));
      Attribute column = columns.get(i);
      if (common.equals(right)) {
        coercedColumns.add(ProjectResolver.passThrough(column));
      } else {
        castColumns = true;
        BoundExpression cast = TypeCoercion.castTo(new dev.ember.plan.resolved.ColumnReference(column), common);
        coercedColumns.add(new NamedExpression(cast, analyzer.newAttribute(column.name(), common, cast.nullable())));
      }
    }
    ResolvedPlan compared = castColumns ? new Projection(plan, coercedColumns) : plan;
    return new BoundColumn(new BoundSubquery(compared, Kind.IN, coercedValues, outer), name);
  }

  /**
   * The type a value and the subquery's column are compared at: their wider type, or, for structs whose fields differ
   * only in names (SPARK-51738: {@code struct(1 b) IN (SELECT struct(1 a))}), the value's type.
   */
  private static java.util.Optional<DataType> comparableType(DataType left, DataType right) {
    java.util.Optional<DataType> wider = TypeCoercion.widerType(List.of(left, right), true);
    return wider.isPresent() || !ComplexTypeCoercion.sameStructurally(left, right) ? wider : java.util.Optional.of(left);
  }

  private static EmberException mismatch(String name, List<BoundColumn> values, List<Attribute> columns) {
    String left = values.stream().map(value -> SparkErrors.toSqlType(value.expression().dataType()))
        .collect(Collectors.joining(", "));
    String right = columns.stream().map(column -> SparkErrors.toSqlType(column.dataType()))
        .collect(Collectors.joining(", "));
    List<String> pairs = new ArrayList<>();
    for (int i = 0; i < values.size(); i++) {
      DataType leftType = values.get(i).expression().dataType();
      DataType rightType = columns.get(i).dataType();
      if (comparableType(leftType, rightType).isEmpty()) {
        String value = values.get(i).expression() instanceof dev.ember.plan.resolved.ColumnReference reference
            ? NameMatcher.sql(reference.attribute()) : values.get(i).name();
        pairs.add("(" + value + ":" + leftType.simpleString() + ", " + NameMatcher.sql(columns.get(i)) + ":"
            + rightType.simpleString() + ")");
      }
    }
    String mismatched = String.join(", ", pairs);
    return SparkErrors.dataTypeMismatch("IN_SUBQUERY_DATA_TYPE_MISMATCH", "\"" + name + "\"",
        "The data type of one or more elements in the left hand side of an IN subquery is not compatible with the "
            + "data type of the output of the subquery. Mismatched columns: [" + mismatched + "], left side: ["
            + left + "], right side: [" + right + "].",
        Map.of("mismatchedColumns", mismatched, "leftType", left, "rightType", right));
  }

  private static String names(List<String> names) {
    return names.stream().map(name -> "\"" + name + "\"").collect(Collectors.joining(", "));
  }
}
