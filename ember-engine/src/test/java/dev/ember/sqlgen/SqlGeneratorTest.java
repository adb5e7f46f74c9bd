package dev.ember.sqlgen;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ember.plan.expressions.Literal;
import dev.ember.plan.resolved.Aggregation;
import dev.ember.plan.resolved.Attribute;
import dev.ember.plan.resolved.BoundSortOrder;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.resolved.ColumnReference;
import dev.ember.plan.resolved.JoinRows;
import dev.ember.plan.resolved.LimitRows;
import dev.ember.plan.logical.JoinType;
import dev.ember.plan.resolved.NamedExpression;
import dev.ember.plan.resolved.Ordering;
import dev.ember.plan.resolved.Projection;
import dev.ember.plan.resolved.RangeScan;
import dev.ember.plan.resolved.Selection;
import dev.ember.plan.types.AtomicType;
import java.util.List;
import org.junit.jupiter.api.Test;

/** Resolved plan in, DuckDB SQL out. */
class SqlGeneratorTest {
  private final Attribute id = new Attribute(1, "id", AtomicType.LONG, false, List.of());
  private final RangeScan range = new RangeScan(0, 10, 1, id);

  @Test
  void rangeBecomesDuckDbRangeWithInternalNamesRestoredAtTheTop() {
    assertThat(sqlOf(range)).isEqualTo(
        "SELECT \"id#1\" AS \"id\" FROM (SELECT \"range\" AS \"id#1\" FROM range(CAST(0 AS BIGINT), "
            + "CAST(10 AS BIGINT), CAST(1 AS BIGINT)) AS \"q1\"(\"range\")) AS \"q2\"");
  }

  @Test
  void filterProjectionAndOrderWithExplicitNullOrdering() {
    Attribute doubled = new Attribute(2, "(id * 2)", AtomicType.LONG, false, List.of());
    var plan = new Ordering(
        new Projection(new Selection(range, new Call("greater_than",
            List.of(new ColumnReference(id), Literal.of(3L)), AtomicType.BOOLEAN, false)),
            List.of(new NamedExpression(new Call("multiply", List.of(new ColumnReference(id), Literal.of(2L)),
                AtomicType.LONG, false), doubled))),
        List.of(new BoundSortOrder(new ColumnReference(doubled), false, false)));
    String sql = sqlOf(plan);
    assertThat(sql).contains("WHERE (\"id#1\" > CAST(3 AS BIGINT))")
        .contains("(\"id#1\" * CAST(2 AS BIGINT)) AS \"(id * 2)#2\"")
        .contains("ORDER BY \"(id * 2)#2\" DESC NULLS LAST")
        .startsWith("SELECT \"(id * 2)#2\" AS \"(id * 2)\" FROM");
  }

  @Test
  void divisionRaisesSparksDivideByZeroInsteadOfReturningNull() {
    Attribute ratio = new Attribute(3, "(id / 0)", AtomicType.DOUBLE, true, List.of());
    var plan = new Projection(range, List.of(new NamedExpression(new Call("divide",
        List.of(new ColumnReference(id), Literal.of(0L)), AtomicType.DOUBLE, true), ratio)));
    assertThat(sqlOf(plan))
        .contains("CASE WHEN (CAST(0 AS BIGINT) = 0) THEN CAST(error('EMBER_RAISE:DIVIDE_BY_ZERO') AS");
  }

  @Test
  void aggregationGroupsByItsKeysAndCastsSumToSparksType() {
    Attribute total = new Attribute(4, "sum(id)", AtomicType.LONG, true, List.of());
    var plan = new Aggregation(range, List.of(new ColumnReference(id)), List.of(
        new NamedExpression(new ColumnReference(id), id),
        new NamedExpression(new Call("sum", List.of(new ColumnReference(id)), AtomicType.LONG, true), total)));
    assertThat(sqlOf(plan))
        .contains("CAST(sum(\"id#1\") AS BIGINT) AS \"sum(id)#4\"")
        .contains("GROUP BY \"id#1\"");
  }

  @Test
  void literalsAndIdentifiersAreQuotedInOnePlace() {
    Attribute text = new Attribute(5, "it's \"quoted\"", AtomicType.STRING, false, List.of());
    var plan = new LimitRows(new Projection(range, List.of(new NamedExpression(Literal.of("O'Brien"), text))), 1);
    assertThat(sqlOf(plan))
        .contains("'O''Brien' AS \"it's \"\"quoted\"\"#5\"")
        .contains("LIMIT 1");
  }

  @Test
  void anAggregationUsedTwiceIsComputedOnceInAWithTable() {
    var first = countsOver(range, 10, 11);
    Attribute otherId = new Attribute(20, "id", AtomicType.LONG, false, List.of());
    var second = countsOver(new RangeScan(0, 10, 1, otherId), 12, 13);
    var plan = new JoinRows(first, second, JoinType.INNER, java.util.Optional.empty());
    String sql = sqlOf(plan);
    assertThat(sql).startsWith("WITH \"shared#1\" AS (SELECT \"id#10\" AS \"c0\", \"count#11\" AS \"c1\" FROM")
        .contains("FROM \"shared#1\" AS").contains("\"c0\" AS \"id#12\", \"c1\" AS \"count#13\"");
    assertThat(sql.split("GROUP BY", -1)).hasSize(2);
  }

  @Test
  void aggregationsOverDifferentInputsAreNotShared() {
    var first = countsOver(range, 10, 11);
    Attribute otherId = new Attribute(20, "id", AtomicType.LONG, false, List.of());
    var second = countsOver(new RangeScan(0, 11, 1, otherId), 12, 13);
    String sql = sqlOf(new JoinRows(first, second, JoinType.INNER, java.util.Optional.empty()));
    assertThat(sql).doesNotContain("WITH").doesNotContain("shared#");
    assertThat(sql.split("GROUP BY", -1)).hasSize(3);
  }

  /** {@code input.groupBy(id).count()} with output ids {@code keyId}, {@code countId}. */
  private static Aggregation countsOver(RangeScan input, long keyId, long countId) {
    Attribute key = new Attribute(keyId, "id", AtomicType.LONG, false, List.of());
    Attribute count = new Attribute(countId, "count", AtomicType.LONG, false, List.of());
    return new Aggregation(input, List.of(new ColumnReference(input.id())), List.of(
        new NamedExpression(new ColumnReference(input.id()), key),
        new NamedExpression(new Call("count", List.of(Literal.of(1)), AtomicType.LONG, false), count)));
  }

  @Test
  void aProductOfDecimalsThatStatisticsBoundUsesDuckDbs64BitMultiply() {
    String bounded = sqlOf(priceTimesDiscount(java.util.Map.of(
        "price", new java.math.BigDecimal("104949.50"), "discount", new java.math.BigDecimal("0.10"))));
    assertThat(bounded).contains("(\"price#30\" * \"discount#31\") AS \"revenue#32\"")
        .startsWith("SELECT CAST(\"revenue#32\" AS DECIMAL(31,4)) AS \"revenue\"");
  }

  @Test
  void aProductOfDecimalsWithUnknownValuesIsComputedIn128Bits() {
    String unbounded = sqlOf(priceTimesDiscount(java.util.Map.of(
        "price", new java.math.BigDecimal("104949.50"))));
    assertThat(unbounded).contains(
        "CAST((CAST(\"price#30\" AS DECIMAL(19,2)) * \"discount#31\") AS DECIMAL(31,4)) AS \"revenue#32\"");
  }

  /** {@code price * discount} of two decimal(15,2) Parquet columns with the given statistics. */
  private static Projection priceTimesDiscount(java.util.Map<String, java.math.BigDecimal> magnitudes) {
    var decimal = new dev.ember.plan.types.DecimalType(15, 2);
    Attribute price = new Attribute(30, "price", decimal, true, List.of());
    Attribute discount = new Attribute(31, "discount", decimal, true, List.of());
    var scan = new dev.ember.plan.resolved.FileScan(dev.ember.plan.resolved.FileFormat.PARQUET, List.of("/data/t.parquet"),
        java.util.Map.of(), List.of("price", "discount"), List.of(price, discount), magnitudes,
        dev.ember.plan.resolved.FilePartitions.NONE, java.util.Set.of());
    var product = new Call("multiply", List.of(new ColumnReference(price), new ColumnReference(discount)),
        new dev.ember.plan.types.DecimalType(31, 4), true);
    return new Projection(scan, List.of(new NamedExpression(product, new Attribute(32, "revenue",
        new dev.ember.plan.types.DecimalType(31, 4), true, List.of()))));
  }

  @Test
  void scansBelowAJoinOfAliasedSidesReadOnlyTheColumnsUsedAbove() {
    // each side a view's alias (a projection passing every column on) over a Parquet scan of three columns
    var sales = aliasedScan("/data/sales.parquet", 40, "item", "quantity", "note");
    var items = aliasedScan("/data/items.parquet", 50, "key", "category", "label");
    var joinOnItem = new Call("equal", List.of(new ColumnReference(sales.output().get(0)),
        new ColumnReference(items.output().get(0))), AtomicType.BOOLEAN, false);
    Attribute total = new Attribute(60, "sum(quantity)", AtomicType.LONG, true, List.of());
    var plan = new Aggregation(new JoinRows(sales, items, JoinType.INNER, java.util.Optional.of(joinOnItem)),
        List.of(new ColumnReference(items.output().get(1))), List.of(
            new NamedExpression(new ColumnReference(items.output().get(1)), items.output().get(1)),
            new NamedExpression(new Call("sum", List.of(new ColumnReference(sales.output().get(1))), AtomicType.LONG,
                true), total)));
    String sql = sqlOf(plan);
    assertThat(sql).contains("\"item\"").contains("\"quantity\"").contains("\"key\"").contains("\"category\"")
        .doesNotContain("\"note\"").doesNotContain("\"label\"");
  }

  /** A projection passing on every column of a Parquet scan of {@code columns} (ids from {@code firstId}). */
  private static Projection aliasedScan(String file, long firstId, String... columns) {
    List<Attribute> output = new java.util.ArrayList<>();
    for (int i = 0; i < columns.length; i++) {
      output.add(new Attribute(firstId + i, columns[i], AtomicType.LONG, true, List.of()));
    }
    var scan = new dev.ember.plan.resolved.FileScan(dev.ember.plan.resolved.FileFormat.PARQUET, List.of(file),
        java.util.Map.of(), List.of(columns), output, java.util.Map.of(), dev.ember.plan.resolved.FilePartitions.NONE,
        java.util.Set.of());
    return new Projection(scan, output.stream().map(column -> new NamedExpression(new ColumnReference(column), column))
        .toList());
  }

  @Test
  void anAggregationJoinedOnItsKeysWithAFilteredSideOnlyGroupsTheRowsThatCanJoin() {
    var counts = countsOver(range, 10, 11);
    Attribute otherId = new Attribute(20, "id", AtomicType.LONG, false, List.of());
    var filtered = new Selection(new RangeScan(0, 5, 1, otherId), new Call("greater_than",
        List.of(new ColumnReference(otherId), Literal.of(2L)), AtomicType.BOOLEAN, false));
    var joinOnKey = new Call("equal", List.of(new ColumnReference(otherId),
        new ColumnReference(new Attribute(1, "id", AtomicType.LONG, false, List.of()))), AtomicType.BOOLEAN, false);
    String sql = sqlOf(new JoinRows(filtered, counts, JoinType.INNER, java.util.Optional.of(joinOnKey)));
    // the aggregation reads range(0, 10) semi-joined with the filtered side before grouping
    assertThat(sql.split("SEMI JOIN", -1)).hasSize(2);
    assertThat(sql.indexOf("SEMI JOIN")).isLessThan(sql.indexOf("GROUP BY"));
    assertThat(sql.split("WHERE \\(\"id#20\" > CAST\\(2 AS BIGINT\\)\\)", -1)).hasSize(3);
  }

  @Test
  void anAggregationJoinedWithAnUnfilteredSideIsNotReduced() {
    var counts = countsOver(range, 10, 11);
    Attribute otherId = new Attribute(20, "id", AtomicType.LONG, false, List.of());
    var joinOnKey = new Call("equal", List.of(new ColumnReference(otherId), new ColumnReference(id)),
        AtomicType.BOOLEAN, false);
    String sql = sqlOf(new JoinRows(new RangeScan(0, 5, 1, otherId), counts, JoinType.INNER,
        java.util.Optional.of(joinOnKey)));
    assertThat(sql).doesNotContain("SEMI JOIN");
  }

  @Test
  void aLongInListOfConstantsTravelsAsOneString() {
    List<dev.ember.plan.resolved.BoundExpression> arguments = new java.util.ArrayList<>();
    arguments.add(new ColumnReference(id));
    for (long value = 0; value < LongInLists.THRESHOLD; value++) {
      arguments.add(Literal.of(value * 2));
    }
    String sql = sqlOf(new Selection(range, new Call("in", arguments, AtomicType.BOOLEAN, false)));
    assertThat(sql).contains("(\"id#1\" IN (SELECT unnest(CAST(string_split('0,2,4,");
    arguments.remove(arguments.size() - 1);
    String shortList = sqlOf(new Selection(range, new Call("in", arguments, AtomicType.BOOLEAN, false)));
    assertThat(shortList).contains("(\"id#1\" IN (CAST(0 AS BIGINT), CAST(2 AS BIGINT)").doesNotContain("string_split");
  }

  @Test
  void aVeryLongInListIsBoundAsAParameter() {
    List<dev.ember.plan.resolved.BoundExpression> arguments = new java.util.ArrayList<>();
    arguments.add(new ColumnReference(id));
    for (long value = 0; value < 10_000; value++) {
      arguments.add(Literal.of(value * 2));
    }
    dev.ember.engine.QueryText query = SqlGenerator.generate(
        new Selection(range, new Call("in", arguments, AtomicType.BOOLEAN, false)));
    assertThat(query.sql()).contains("(\"id#1\" IN (SELECT unnest(CAST(string_split(CAST(? AS VARCHAR), ','")
        .doesNotContain("19998");
    assertThat(query.parameters()).hasSize(1);
    assertThat(query.parameters().get(0)).startsWith("0,2,4,").endsWith(",19996,19998");
  }

  /**
   * A filter's correlated EXISTS and NOT EXISTS over a plain filter become semi and anti joins on the correlated
   * conjuncts (Spark's RewritePredicateSubquery); the subquery's other conjuncts stay below the join.
   */
  @Test
  void correlatedExistsBecomesASemiJoinAndNotExistsAnAntiJoin() {
    var plan = new Selection(range, new Call("and", List.of(exists(30, 31),
        new Call("not", List.of(exists(40, 41)), AtomicType.BOOLEAN, false)), AtomicType.BOOLEAN, false));
    String sql = sqlOf(plan);
    assertThat(sql).contains(" SEMI JOIN ").contains(" ANTI JOIN ").doesNotContain("EXISTS")
        .contains("ON (\"x#30\" = \"id#1\")").contains("ON (\"x#40\" = \"id#1\")")
        .contains("WHERE (\"x2#31\" > CAST(3 AS BIGINT))");
  }

  /** An EXISTS over an aggregation (always a row) or uncorrelated stays a subquery. */
  @Test
  void existsOfAnotherShapeStaysASubquery() {
    Attribute x = new Attribute(50, "x", AtomicType.LONG, false, List.of());
    Attribute count = new Attribute(51, "count", AtomicType.LONG, false, List.of());
    var aggregated = new Aggregation(new Selection(new RangeScan(0, 5, 1, x), new Call("equal",
        List.of(new ColumnReference(x), new dev.ember.plan.resolved.OuterReference(id)), AtomicType.BOOLEAN, false)),
        List.of(), List.of(new NamedExpression(new Call("count", List.of(new ColumnReference(x)), AtomicType.LONG,
        false), count)));
    var plan = new Selection(range, new dev.ember.plan.resolved.BoundSubquery(aggregated,
        dev.ember.plan.expressions.SubqueryExpression.Kind.EXISTS, List.of(), List.of(id)));
    assertThat(sqlOf(plan)).contains("EXISTS").doesNotContain(" SEMI JOIN ");
  }

  /** {@code EXISTS (SELECT x FROM range(5) WHERE x = outer.id AND x2 > 3)}, the columns numbered from {@code first}. */
  private dev.ember.plan.resolved.BoundSubquery exists(long first, long second) {
    Attribute x = new Attribute(first, "x", AtomicType.LONG, false, List.of());
    Attribute x2 = new Attribute(second, "x2", AtomicType.LONG, false, List.of());
    var rows = new Projection(new RangeScan(0, 5, 1, x), List.of(new NamedExpression(new ColumnReference(x), x),
        new NamedExpression(new ColumnReference(x), x2)));
    var filtered = new Selection(rows, new Call("and", List.of(
        new Call("equal", List.of(new ColumnReference(x), new dev.ember.plan.resolved.OuterReference(id)),
            AtomicType.BOOLEAN, false),
        new Call("greater_than", List.of(new ColumnReference(x2), Literal.of(3L)), AtomicType.BOOLEAN, false)),
        AtomicType.BOOLEAN, false));
    return new dev.ember.plan.resolved.BoundSubquery(new Projection(filtered, List.of(
        new NamedExpression(new ColumnReference(x), x))), dev.ember.plan.expressions.SubqueryExpression.Kind.EXISTS,
        List.of(), List.of(id));
  }

  private static String sqlOf(dev.ember.plan.resolved.ResolvedPlan plan) {
    return SqlGenerator.generate(plan).sql();
  }
}
