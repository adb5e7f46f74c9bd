package dev.ember.sqlgen;

import dev.ember.plan.resolved.BoundSubquery;
import dev.ember.plan.resolved.ResolvedPlan;
import dev.ember.sqlgen.tree.SqlCall;
import dev.ember.sqlgen.tree.SqlExpression;
import dev.ember.sqlgen.tree.SqlLiteral;
import dev.ember.sqlgen.tree.SqlOperator;
import dev.ember.sqlgen.tree.SqlSelect;
import dev.ember.sqlgen.tree.SqlSelect.SelectItem;
import dev.ember.sqlgen.tree.SqlSubquery;
import java.util.List;

/**
 * A subquery expression as a DuckDB subquery, rendered by the statement's own generator. Its outer references are
 * the enclosing columns' internal names, unique in the statement, which DuckDB resolves outward as SQL does; DuckDB
 * runs correlated subqueries itself. Spark plans IN as an existence join and NOT IN as a NULL-aware anti join in
 * filters and select lists (not in a join's condition, where they are SQL's three-valued IN), so there neither is
 * ever NULL: IN is true when some row compares equal (SQL's IN, NULL taken as false), NOT IN is true when
 * no row compares equal or unknown (SQL's NOT IN, NULL taken as false); also for several columns. A scalar subquery
 * of more than one row fails in DuckDB, which the engine reports as SCALAR_SUBQUERY_TOO_MANY_ROWS.
 */
final class SubqueryToSql {
  private static final SqlExpression FALSE = new SqlLiteral(false, dev.ember.plan.types.AtomicType.BOOLEAN);

  private SubqueryToSql() {
  }

  static SqlExpression convert(SqlGenerator generator, ExpressionToSql expressions, BoundSubquery subquery,
      boolean threeValued) {
    ResolvedPlan plan = subquery.plan();
    SqlSelect body = generator.subqueryPlan(plan);
    return switch (subquery.kind()) {
      case EXISTS -> new SqlSubquery(SqlSubquery.Form.EXISTS, List.of(), body);
      case SCALAR -> new SqlSubquery(SqlSubquery.Form.SCALAR, List.of(), columns(generator, plan, body));
      case IN -> threeValued ? in(generator, expressions, subquery, body)
          : SqlCall.of("coalesce", in(generator, expressions, subquery, body), FALSE);
    };
  }

  /** {@code NOT (values IN (subquery))}; {@code threeValued} in a join's condition (see {@link #convert}). */
  static SqlExpression notIn(SqlGenerator generator, ExpressionToSql expressions, BoundSubquery subquery,
      boolean threeValued) {
    SqlExpression in = in(generator, expressions, subquery, generator.subqueryPlan(subquery.plan()));
    return threeValued ? SqlOperator.prefix("NOT", in) : SqlCall.of("coalesce", SqlOperator.prefix("NOT", in), FALSE);
  }

  private static SqlExpression in(SqlGenerator generator, ExpressionToSql expressions, BoundSubquery subquery,
      SqlSelect body) {
    return new SqlSubquery(SqlSubquery.Form.IN, subquery.values().stream().map(expressions::convert).toList(),
        columns(generator, subquery.plan(), body));
  }

  /** Exactly the plan's columns, in order (its SELECT may carry more, such as the input file's name). */
  private static SqlSelect columns(SqlGenerator generator, ResolvedPlan plan, SqlSelect body) {
    List<SelectItem> items = plan.output().stream()
        .map(attribute -> new SelectItem(SqlGenerator.output(attribute), null)).toList();
    return SqlSelect.from(items, generator.subquery(body));
  }
}
