package dev.ember.sqlgen;

import dev.ember.plan.resolved.Attribute;
import dev.ember.plan.resolved.CombinedRows;
import dev.ember.plan.types.Collations;
import dev.ember.sqlgen.tree.SqlCall;
import dev.ember.sqlgen.tree.SqlColumn;
import dev.ember.sqlgen.tree.SqlExpression;
import dev.ember.sqlgen.tree.SqlFrom;
import dev.ember.sqlgen.tree.SqlOperator;
import dev.ember.sqlgen.tree.SqlSelect;
import dev.ember.sqlgen.tree.SqlSelect.SelectItem;
import java.util.ArrayList;
import java.util.List;

/**
 * INTERSECT and EXCEPT of rows holding strings of a collation other than UTF8_BINARY: the left's rows whose
 * keys (a collated string's collation key, any other column's value; NULLs equal) the right has (a semi join) or has
 * not (an anti join), one row of each key, its first values — as Spark compares rows under the collation.
 */
final class CollatedSetOperations {
  private CollatedSetOperations() {
  }

  static boolean applies(CombinedRows rows) {
    return rows.type() != dev.ember.plan.logical.SetOperationType.UNION
        && rows.output().stream().anyMatch(column -> Collations.nonBinary(column.dataType()));
  }

  /**
   * INTERSECT ALL / EXCEPT ALL: each key of the left counted on both sides, its first values repeated the lesser
   * count (INTERSECT) or the left's count less the right's (EXCEPT) times, as Spark replicates them.
   */
  private static SqlSelect all(SqlGenerator generator, CombinedRows rows, List<SelectItem> leftItems,
      List<SelectItem> rightItems, List<SqlExpression> matches) {
    List<Attribute> left = rows.left().output();
    List<SelectItem> leftCounted = new ArrayList<>();
    List<SelectItem> rightCounted = new ArrayList<>();
    List<SqlExpression> leftGroups = new ArrayList<>();
    List<SqlExpression> rightGroups = new ArrayList<>();
    List<SelectItem> output = new ArrayList<>();
    for (int i = 0; i < left.size(); i++) {
      String name = ColumnNames.of(left.get(i));
      leftCounted.add(new SelectItem(SqlCall.of("first", new SqlColumn(name)), name));
      leftCounted.add(new SelectItem(new SqlColumn("#lk" + i), "#lk" + i));
      rightCounted.add(new SelectItem(new SqlColumn("#rk" + i), "#rk" + i));
      leftGroups.add(new SqlColumn("#lk" + i));
      rightGroups.add(new SqlColumn("#rk" + i));
      output.add(new SelectItem(new SqlColumn(name), ColumnNames.of(rows.output().get(i))));
    }
    leftCounted.add(new SelectItem(SqlCall.of("count_star"), "#ln"));
    rightCounted.add(new SelectItem(SqlCall.of("count_star"), "#rn"));
    SqlFrom counts = new SqlFrom.Join(
        generator.subquery(SqlSelect.from(leftCounted, generator.subquery(SqlSelect.from(leftItems,
            generator.subquery(rows.left())))).withGroupBy(leftGroups)),
        SqlFrom.JoinKind.LEFT,
        generator.subquery(SqlSelect.from(rightCounted, generator.subquery(SqlSelect.from(rightItems,
            generator.subquery(rows.right())))).withGroupBy(rightGroups)),
        matches.stream().reduce((a, b) -> SqlOperator.infix("AND", a, b)).orElseThrow());
    SqlExpression rightCount = SqlCall.of("coalesce", new SqlColumn("#rn"),
        new dev.ember.sqlgen.tree.SqlLiteral(0L, dev.ember.plan.types.AtomicType.LONG));
    SqlExpression times = rows.type() == dev.ember.plan.logical.SetOperationType.INTERSECT
        ? SqlCall.of("least", new SqlColumn("#ln"), rightCount)
        : SqlCall.of("greatest", SqlOperator.infix("-", new SqlColumn("#ln"), rightCount),
            new dev.ember.sqlgen.tree.SqlLiteral(0L, dev.ember.plan.types.AtomicType.LONG));
    SqlFrom repeated = new SqlFrom.Join(generator.subquery(SqlSelect.from(
        List.of(new SelectItem(new dev.ember.sqlgen.tree.SqlStar(), null)), counts)), SqlFrom.JoinKind.INNER,
        new SqlFrom.Unnest(SqlCall.of("range", times), generator.nextAlias(), "#copy", "#copy_ordinal"),
        new dev.ember.sqlgen.tree.SqlLiteral(true, dev.ember.plan.types.AtomicType.BOOLEAN));
    return SqlSelect.from(output, repeated);
  }

  static SqlSelect select(SqlGenerator generator, CombinedRows rows) {
    List<Attribute> left = rows.left().output();
    List<Attribute> right = rows.right().output();
    List<SelectItem> leftItems = new ArrayList<>();
    List<SelectItem> rightItems = new ArrayList<>();
    List<SqlExpression> matches = new ArrayList<>();
    List<SqlExpression> groups = new ArrayList<>();
    List<SelectItem> output = new ArrayList<>();
    for (int i = 0; i < left.size(); i++) {
      Attribute column = left.get(i);
      String leftKey = "#lk" + i;
      String rightKey = "#rk" + i;
      leftItems.add(new SelectItem(SqlGenerator.column(column), ColumnNames.of(column)));
      // both sides keyed under the left's collation (the analyzer gave the sides one type)
      leftItems.add(new SelectItem(CollatedKeys.key(column.dataType(), SqlGenerator.column(column)), leftKey));
      rightItems.add(new SelectItem(CollatedKeys.key(column.dataType(), SqlGenerator.column(right.get(i))),
          rightKey));
      matches.add(SqlOperator.infix("IS NOT DISTINCT FROM", new SqlColumn(leftKey), new SqlColumn(rightKey)));
      groups.add(new SqlColumn(leftKey));
      SqlExpression value = SqlGenerator.column(column);
      output.add(new SelectItem(Collations.nonBinary(column.dataType()) ? SqlCall.of("first", value) : value,
          ColumnNames.of(rows.output().get(i))));
    }
    if (rows.all()) {
      return all(generator, rows, leftItems, rightItems, matches);
    }
    SqlFrom keyedLeft = generator.subquery(SqlSelect.from(leftItems, generator.subquery(rows.left())));
    SqlFrom keyedRight = generator.subquery(SqlSelect.from(rightItems, generator.subquery(rows.right())));
    SqlExpression condition = matches.stream().reduce((a, b) -> SqlOperator.infix("AND", a, b)).orElseThrow();
    SqlFrom.JoinKind kind = rows.type() == dev.ember.plan.logical.SetOperationType.INTERSECT
        ? SqlFrom.JoinKind.SEMI : SqlFrom.JoinKind.ANTI;
    return SqlSelect.from(output, new SqlFrom.Join(keyedLeft, kind, keyedRight, condition)).withGroupBy(groups);
  }
}
