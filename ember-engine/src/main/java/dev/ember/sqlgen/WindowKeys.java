package dev.ember.sqlgen;

import dev.ember.plan.expressions.Literal;
import dev.ember.plan.resolved.Attribute;
import dev.ember.plan.resolved.BoundCast;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.BoundSortOrder;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.resolved.ColumnReference;
import dev.ember.plan.resolved.FieldAccess;
import dev.ember.plan.resolved.NamedExpression;
import dev.ember.plan.resolved.Projection;
import dev.ember.sqlgen.tree.SqlFrom;
import dev.ember.sqlgen.tree.SqlSelect;
import dev.ember.sqlgen.tree.SqlSelect.SelectItem;
import dev.ember.sqlgen.tree.SqlStar;
import dev.ember.plan.resolved.WindowCall;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * DuckDB refuses volatile expressions (such as Spark's checked arithmetic, which may raise an
 * error) as window keys. A projection whose windows partition or order by computed expressions
 * first computes those keys as columns of an inner SELECT, as Spark's planner does.
 */
final class WindowKeys {
  private final Map<BoundExpression, Attribute> keys = new LinkedHashMap<>();
  private final SqlGenerator generator;

  private WindowKeys(SqlGenerator generator) {
    this.generator = generator;
  }

  /** The projection's columns with computed window keys replaced by key columns, or null if there are none. */
  static SqlSelect select(SqlGenerator generator, Projection projection) {
    WindowKeys lifted = new WindowKeys(generator);
    List<NamedExpression> columns = projection.columns().stream()
        .map(column -> new NamedExpression(lifted.rewrite(column.expression()), column.attribute()))
        .toList();
    if (lifted.keys.isEmpty()) {
      return null;
    }
    List<SelectItem> inner = new ArrayList<>();
    inner.add(new SelectItem(new SqlStar(), null));
    lifted.keys.forEach((key, attribute) ->
        inner.add(new SelectItem(generator.expressions().convert(key), ColumnNames.of(attribute))));
    // the running moment statistics order ties by input position; a key drawn per row (rand) reads it
    SqlFrom input = RunningMoments.appliesTo(columns.stream().map(NamedExpression::expression).toList())
        || RowPositionRenderers.usePositions(lifted.keys.keySet())
        ? generator.subquery(RowNumbering.numbered(generator, projection.input())) : generator.subquery(projection.input());
    return RunningMoments.select(generator, columns, SqlSelect.from(inner, input));
  }

  private BoundExpression rewrite(BoundExpression expression) {
    if (expression instanceof WindowCall window) {
      return new WindowCall(window.function(), window.partitionBy().stream().map(this::key).toList(),
          window.orderBy().stream()
              .map(order -> new BoundSortOrder(key(order.child()), order.ascending(), order.nullsFirst())).toList(),
          window.frame());
    }
    if (expression instanceof Call call) {
      return new Call(call.function(), call.arguments().stream().map(this::rewrite).toList(), call.dataType(),
          call.nullable());
    }
    if (expression instanceof BoundCast cast) {
      return new BoundCast(rewrite(cast.child()), cast.dataType(), cast.tryCast());
    }
    if (expression instanceof FieldAccess access) {
      return new FieldAccess(rewrite(access.child()), access.fieldName(), access.dataType(), access.nullable());
    }
    return expression;
  }

  private BoundExpression key(BoundExpression key) {
    if (key instanceof ColumnReference || key instanceof Literal) {
      return key;
    }
    Attribute column = keys.computeIfAbsent(key, computed -> new Attribute(generator.nextKeyId(), "#window_key",
        computed.dataType(), computed.nullable(), List.of()));
    return new ColumnReference(column);
  }
}
