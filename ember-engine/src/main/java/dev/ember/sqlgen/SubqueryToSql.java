package dev.ember.sqlgen;

import dev.ember.plan.resolved.BoundSubquery;
import dev.ember.plan.resolved.ResolvedPlan;
import dev.ember.sqlgen.tree.SqlExpression;
import dev.ember.sqlgen.tree.SqlSelect;
import dev.ember.sqlgen.tree.SqlSelect.SelectItem;
import dev.ember.sqlgen.tree.SqlSubquery;
import java.util.List;

/**
 * A subquery expression as a DuckDB subquery, rendered by the statement's own generator. Its outer references are
 * the enclosing columns' internal names, unique in the statement, which DuckDB resolves outward as SQL does; DuckDB
 * runs correlated subqueries itself. SQL's IN has Spark's NULL semantics (a NULL comparison and no match is NULL,
 * so NOT IN over a NULL is NULL), also for several columns; a scalar subquery of more than one row fails in DuckDB,
 * which the engine reports as SCALAR_SUBQUERY_TOO_MANY_ROWS.
 */
final class SubqueryToSql {
  private SubqueryToSql() {
  }

  static SqlExpression convert(SqlGenerator generator, ExpressionToSql expressions, BoundSubquery subquery) {
    ResolvedPlan plan = subquery.plan();
    SqlSelect body = generator.subqueryPlan(plan);
    return switch (subquery.kind()) {
      case EXISTS -> new SqlSubquery(SqlSubquery.Form.EXISTS, List.of(), body);
      case SCALAR -> new SqlSubquery(SqlSubquery.Form.SCALAR, List.of(), columns(generator, plan, body));
      case IN -> new SqlSubquery(SqlSubquery.Form.IN, subquery.values().stream().map(expressions::convert).toList(),
          columns(generator, plan, body));
    };
  }

  /** Exactly the plan's columns, in order (its SELECT may carry more, such as the input file's name). */
  private static SqlSelect columns(SqlGenerator generator, ResolvedPlan plan, SqlSelect body) {
    List<SelectItem> items = plan.output().stream()
        .map(attribute -> new SelectItem(SqlGenerator.output(attribute), null)).toList();
    return SqlSelect.from(items, generator.subquery(body));
  }
}
