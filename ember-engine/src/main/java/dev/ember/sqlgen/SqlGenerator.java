package dev.ember.sqlgen;

import dev.ember.plan.resolved.Aggregation;
import dev.ember.plan.types.Collations;
import dev.ember.plan.resolved.Attribute;
import dev.ember.plan.resolved.CombinedRows;
import dev.ember.plan.resolved.DistinctRows;
import dev.ember.plan.resolved.FirstRowPerKey;
import dev.ember.plan.resolved.JoinRows;
import dev.ember.plan.errors.SparkErrors;
import dev.ember.plan.resolved.LimitRows;
import dev.ember.plan.resolved.LocalRows;
import dev.ember.plan.resolved.NamedExpression;
import dev.ember.plan.resolved.OffsetRows;
import dev.ember.plan.resolved.Ordering;
import dev.ember.plan.resolved.Projection;
import dev.ember.plan.resolved.BoundSortOrder;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.RangeScan;
import dev.ember.plan.resolved.ResolvedPlan;
import dev.ember.plan.resolved.SampledRows;
import dev.ember.plan.resolved.Selection;
import dev.ember.plan.resolved.TailRows;
import dev.ember.sqlgen.tree.SqlColumn;
import dev.ember.sqlgen.tree.SqlExpression;
import dev.ember.sqlgen.tree.SqlFrom;
import dev.ember.sqlgen.tree.SqlLiteral;
import dev.ember.sqlgen.tree.SqlSelect;
import dev.ember.sqlgen.tree.SqlSelect.OrderItem;
import dev.ember.sqlgen.tree.SqlSelect.SelectItem;
import dev.ember.sqlgen.tree.SqlStar;
import java.util.List;

/**
 * Resolved plan to DuckDB SQL: each operator becomes a SELECT over its input's SELECT, columns
 * carry unique internal names, and the outermost SELECT gives them Spark's names.
 */
public final class SqlGenerator {
  /** SQL has no zero-column SELECT: a plan with no columns still counts its rows through this one. */
  static final SelectItem PLACEHOLDER =
      new SelectItem(new SqlLiteral(true, dev.ember.plan.types.AtomicType.BOOLEAN), "#no_columns");

  private final SharedSubplans sharing;
  private final ExpressionToSql expressions = new ExpressionToSql(this);
  /** The plans whose rows carry the input file's name for an operator above ({@link InputFileColumn}). */
  private java.util.Set<ResolvedPlan> fileCarriers = java.util.Set.of();
  private int subqueries;
  private long keys;
  /** The user code stages the SQL reads the tables of. */
  private final List<dev.ember.engine.UserCodeStage> stages = new java.util.ArrayList<>();
  /** The user functions the SQL calls, by name. */
  private final java.util.Map<String, dev.ember.plan.usercode.RowFunction> userFunctions =
      new java.util.LinkedHashMap<>();
  /** The tag the SQL's user function calls pass last (the engine's way to interrupt them), once one is called. */
  private String userCallTag = "";

  private SqlGenerator(SharedSubplans sharing) {
    this.sharing = sharing;
  }

  /** Like {@link #generate} with the columns named c0, c1, ... (names may repeat in Spark's output). */
  public static dev.ember.engine.QueryText generatePositional(ResolvedPlan plan) {
    return generate(plan, index -> dev.ember.engine.CachedRelation.columnName(index));
  }

  /** The SQL text that produces {@code plan}'s rows with Spark's column names, in order. */
  public static dev.ember.engine.QueryText generate(ResolvedPlan plan) {
    return generate(plan, index -> plan.output().get(index).name());
  }

  /** {@code plan}'s rows with its columns named by {@code nameOf(position)}. */
  static dev.ember.engine.QueryText generate(ResolvedPlan plan, java.util.function.IntFunction<String> nameOf) {
    CorruptRecordOnlyScans.verify(plan);
    DecimalSums.Generated<dev.ember.engine.QueryText> fast = DecimalSums.withDuckDbSums(() -> generateOnce(plan, nameOf));
    dev.ember.engine.QueryText query = fast.value();
    if (!fast.leftToDuckDb() || !query.stages().isEmpty() || !query.userFunctions().isEmpty()) {
      return query;
    }
    // DuckDB's sums fail past 38 digits without the value: the exact form names it (DecimalSums), generated and run
    // only on that failure
    return query.withExactSums(() -> DecimalSums.exactly(() -> generateOnce(plan, nameOf)));
  }

  private static dev.ember.engine.QueryText generateOnce(ResolvedPlan analyzed,
      java.util.function.IntFunction<String> nameOf) {
    ResolvedPlan plan = ColumnPruning.prune(ExistsJoins.rewrite(MergedAggregates.merge(analyzed)));
    return ValueBounds.within(plan, () -> {
      SqlGenerator generator = new SqlGenerator(SharedSubplans.of(plan));
      generator.fileCarriers = InputFileColumn.carriers(plan);
      SqlSelect body = generator.select(plan);
      List<SelectItem> named = new java.util.ArrayList<>();
      for (int i = 0; i < plan.output().size(); i++) {
        named.add(new SelectItem(output(plan.output().get(i)), nameOf.apply(i)));
      }
      return SqlRenderer.query(generator.sharing.tables(),
          SqlSelect.from(named.isEmpty() ? List.of(PLACEHOLDER) : named, generator.subquery(body)))
          .withStages(generator.stages)
          .withUserFunctions(List.copyOf(generator.userFunctions.values()), generator.userCallTag);
    });
  }

  /**
   * Notes that the SQL calls {@code function}, which the engine registers before running it; returns the tag each
   * call passes as its last argument.
   */
  String callsUserFunction(dev.ember.plan.usercode.RowFunction function) {
    userFunctions.putIfAbsent(function.name(), function);
    if (userCallTag.isEmpty()) {
      userCallTag = dev.ember.engine.QueryText.newUserCallTag();
    }
    return userCallTag;
  }

  /**
   * A result column. A decimal is cast to its Spark type: inside the query it may be held with fewer
   * digits (a product known to fit in 64 bits), never with another scale.
   */
  static SqlExpression output(Attribute attribute) {
    SqlExpression column = new SqlColumn(ColumnNames.of(attribute));
    return attribute.dataType() instanceof dev.ember.plan.types.DecimalType
        ? new dev.ember.sqlgen.tree.SqlCast(column, DuckDbTypes.of(attribute.dataType()), false) : column;
  }

  private SqlSelect select(ResolvedPlan plan) {
    if (sharing.isShared(plan)) {
      return sharing.read(plan, () -> operator(plan), this);
    }
    return operator(plan);
  }

  private SqlSelect operator(ResolvedPlan plan) {
    boolean inputCarries = PlanChildren.of(plan).size() == 1 && carriesInputFile(PlanChildren.of(plan).get(0));
    SqlSelect select = InputFileColumn.rendering(inputCarries, () -> operatorSql(plan));
    if (plan instanceof Projection && carriesInputFile(plan)) {
      List<SelectItem> items = new java.util.ArrayList<>(select.items());
      items.add(new SelectItem(new SqlColumn(InputFileColumn.NAME), InputFileColumn.NAME));
      return new SqlSelect(select.distinct(), items, select.from(), select.where(), select.groupBy(),
          select.having(), select.orderBy(), select.limit(), select.offset());
    }
    return select;
  }

  /** Whether {@code plan}, its input or its input's input carries the input file's column (fusions skip them). */
  private boolean carriesInputFileTwoDown(ResolvedPlan plan) {
    if (carriesInputFile(plan)) {
      return true;
    }
    for (ResolvedPlan child : PlanChildren.of(plan)) {
      if (carriesInputFile(child) || PlanChildren.of(child).stream().anyMatch(this::carriesInputFile)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code plan}'s rows carry the column with each row's input file. */
  boolean carriesInputFile(ResolvedPlan plan) {
    return fileCarriers.contains(plan);
  }

  private SqlSelect operatorSql(ResolvedPlan plan) {
    java.util.Optional<ResolvedPlan> staged = UserCodeStaging.stage(stages, plan);
    if (staged.isPresent()) {
      return operatorSql(staged.get());
    }
    if (plan instanceof dev.ember.plan.resolved.UserCodeRows rows) {
      return operatorSql(UserCodeStaging.rows(stages, rows));
    }
    if (!carriesInputFileTwoDown(plan)) {
      java.util.Optional<ResolvedPlan> fused = TypedFusion.fused(plan, sharing);
      if (fused.isPresent()) {
        return operatorSql(fused.get());
      }
      java.util.Optional<SqlSelect> kept = TypedFusion.dropping(this, plan, sharing);
      if (kept.isPresent()) {
        return kept.get();
      }
    }
    if (plan instanceof RangeScan range) {
      return RangeToSql.select(range, this::nextAlias);
    }
    if (plan instanceof dev.ember.plan.resolved.FileScan scan) {
      return FileScanToSql.select(scan, nextAlias(), carriesInputFile(scan));
    }
    if (plan instanceof dev.ember.plan.resolved.CachedScan scan) {
      List<SelectItem> items = new java.util.ArrayList<>();
      for (int i = 0; i < scan.output().size(); i++) {
        items.add(new SelectItem(new SqlColumn(dev.ember.engine.CachedRelation.columnName(i)),
            ColumnNames.of(scan.output().get(i))));
      }
      if (items.isEmpty()) {
        items.add(PLACEHOLDER); // rows of no columns (user code's output), still counted
      }
      return SqlSelect.from(items, new SqlFrom.Table(scan.tableName(), nextAlias()));
    }
    if (plan instanceof LocalRows local) {
      return LocalRowsToSql.select(local, nextAlias());
    }
    if (plan instanceof Projection projection) {
      if (passesInputThrough(projection)) {
        return select(projection.input());
      }
      SqlSelect withKeys = WindowKeys.select(this, projection);
      if (withKeys != null) {
        return withKeys;
      }
      return RunningMoments.select(this, projection.columns(), inputFor(projection.input(),
          projection.columns().stream().map(NamedExpression::expression).toList()));
    }
    if (plan instanceof Selection selection) {
      java.util.Optional<Selection> split = CorrelatedFilters.split(selection);
      if (split.isPresent()) {
        return operatorSql(split.get());
      }
      if (!RowPositionRenderers.usePositions(List.of(selection.condition()))) {
        // the WHERE of the input's own SELECT when that is only its FROM (a join chain): DuckDB derives each scan's
        // filter from an OR of conjunctions there, but only a weaker one through a SELECT * between (TPC-DS q48)
        SqlSelect input = select(selection.input());
        SqlSelect filtered = JoinToSql.isBareFrom(input) ? input : SqlSelect.from(List.of(new SelectItem(new SqlStar(),
            null)), subquery(input));
        return filtered.withWhere(expressions.convertFilter(selection.condition()));
      }
      return columnsFrom(selection.input(), List.of(selection.condition()))
          .withWhere(expressions.convertFilter(selection.condition()));
    }
    if (plan instanceof Ordering ordering) {
      return columnsFrom(ordering.input(), ordering.orders().stream().map(BoundSortOrder::child).toList())
          .withOrderBy(ordering.orders().stream()
          .map(order -> new OrderItem(expressions.convert(CollatedKeys.sortKey(order.child())), order.ascending(),
              order.nullsFirst()))
          .toList());
    }
    if (plan instanceof LimitRows limit) {
      // Spark's optimizer rewrites a limit over an offset to a limit of their sum, an ANSI int addition
      if (limit.input() instanceof OffsetRows offset && limit.limit() + offset.offset() > Integer.MAX_VALUE) {
        throw SparkErrors.arithmeticOverflow("overflow", " Use 'try_add' to tolerate overflow and return NULL instead.");
      }
      if (limit.input() instanceof Ordering ordering && !carriesInputFile(ordering)) {
        // ORDER BY and LIMIT in one SELECT: DuckDB keeps a subquery's order only there when it decorrelates a
        // correlated subquery (each outer row's first rows)
        return select(ordering).withLimit(limit.limit());
      }
      return starFrom(limit.input()).withLimit(limit.limit());
    }
    if (plan instanceof OffsetRows offset) {
      return starFrom(offset.input()).withOffset(offset.offset());
    }
    if (plan instanceof Aggregation grouped) {
      Aggregation aggregation = JoinedMoments.nativeWhereLarge(MapGroupingKeys.sorted(grouped));
      List<BoundExpression> used = new java.util.ArrayList<>(aggregation.groupings());
      aggregation.columns().forEach(column -> used.add(column.expression()));
      SqlSelect select = SqlSelect.from(items(aggregation.columns()), subquery(inputFor(aggregation.input(), used)))
          .withGroupBy(groupBy(aggregation));
      return readsNoRow(aggregation) ? select.withHaving(EVERY_ROW_READ) : select;
    }
    if (plan instanceof JoinRows join) {
      return JoinToSql.select(this, join);
    }
    if (plan instanceof CombinedRows combined) {
      return CombinedRowsToSql.select(this, combined);
    }
    if (plan instanceof DistinctRows distinct) {
      if (distinct.input().output().stream().anyMatch(column -> Collations.nonBinary(column.dataType()))) {
        return CollatedDistinct.select(this, distinct.input());
      }
      return starFrom(distinct.input()).withDistinct();
    }
    if (plan instanceof FirstRowPerKey deduplicate) {
      return DeduplicateToSql.select(this, deduplicate);
    }
    if (plan instanceof SampledRows sample) {
      return SampleToSql.select(this, sample);
    }
    if (plan instanceof dev.ember.plan.resolved.GeneratedRows generated) {
      return GenerateToSql.select(this, generated);
    }
    if (plan instanceof TailRows tail) {
      return TailToSql.select(this, tail);
    }
    if (plan instanceof dev.ember.plan.resolved.RecursiveRows recursive) {
      return RecursiveRowsToSql.select(this, recursive);
    }
    throw new IllegalStateException("unexpected " + plan);

  }

  /**
   * Whether a projection outputs its input's columns as they are, in order and by the same internal names (a view,
   * an alias, a select list of every column): its SELECT would only repeat them, and a statement of such layers
   * costs DuckDB more to plan than to run (TPC-DS q83's SQL was 34 times the size of its text).
   */
  private boolean passesInputThrough(Projection projection) {
    List<Attribute> input = projection.input().output();
    if (projection.columns().size() != input.size() || carriesInputFile(projection)
        || carriesInputFile(projection.input())) {
      return false;
    }
    for (int i = 0; i < input.size(); i++) {
      NamedExpression column = projection.columns().get(i);
      String name = ColumnNames.of(input.get(i));
      if (!(column.expression() instanceof dev.ember.plan.resolved.ColumnReference reference)
          || !ColumnNames.of(reference.attribute()).equals(name) || !ColumnNames.of(column.attribute()).equals(name)) {
        return false;
      }
    }
    return true;
  }

  /** GROUP BY keys, or ROLLUP(keys) / CUBE(keys) / GROUPING SETS((keys), ...). */
  /**
   * Whether an aggregation of no keys has only constants for columns (SQL's HAVING without GROUP BY over constants):
   * DuckDB would then read none of its input, where Spark evaluates the input's rows — and raises the errors they
   * raise (a WHERE dividing by zero). {@link #EVERY_ROW_READ} makes DuckDB read them.
   */
  private static boolean readsNoRow(Aggregation aggregation) {
    return aggregation.groupings().isEmpty() && aggregation.kind() == dev.ember.plan.resolved.GroupingKind.GROUP_BY
        && aggregation.columns().stream().noneMatch(column -> dev.ember.plan.resolved.BoundExpressions.anyMatch(
            column.expression(), part -> !(part instanceof dev.ember.plan.expressions.Literal)
                && !(part instanceof dev.ember.plan.resolved.BoundCast)));
  }

  /** {@code count(*) >= 0}: true of every group, counting (so reading) each of its input rows. */
  private static final SqlExpression EVERY_ROW_READ = dev.ember.sqlgen.tree.SqlOperator.infix(">=",
      new dev.ember.sqlgen.tree.SqlCall("count_star", List.of(), false),
      new dev.ember.sqlgen.tree.SqlLiteral(0L, dev.ember.plan.types.AtomicType.LONG));

  private List<SqlExpression> groupBy(Aggregation aggregation) {
    List<SqlExpression> keys = aggregation.groupings().stream().map(expressions::convert)
        .map(SqlGenerator::notPositional).toList();
    if (aggregation.kind() == dev.ember.plan.resolved.GroupingKind.GROUPING_SETS) {
      // each set in parentheses, () the grand total; a set listed twice gives its rows twice, as in Spark
      List<SqlExpression> sets = aggregation.groupingSets().stream().<SqlExpression>map(set ->
          new dev.ember.sqlgen.tree.SqlCall("", set.stream().map(keys::get).toList(), false)).toList();
      return List.of(new dev.ember.sqlgen.tree.SqlCall("GROUPING SETS ", sets, false));
    }
    if (keys.isEmpty()) {
      // a global aggregation, rollup() / cube() of no columns: the grand total alone, one row even over no input and
      // with no aggregate function in the select list (SQL's HAVING without GROUP BY); DuckDB plans () as ungrouped
      return List.of(new dev.ember.sqlgen.tree.SqlCall("", List.of(), false));
    }
    switch (aggregation.kind()) {
      case ROLLUP:
        return List.of(new dev.ember.sqlgen.tree.SqlCall("ROLLUP", keys, false));
      case CUBE:
        return List.of(new dev.ember.sqlgen.tree.SqlCall("CUBE", keys, false));
      default:
        return keys;
    }
  }

  /**
   * DuckDB reads an integer constant in GROUP BY as a column position; Spark's DataFrame groupBy(lit(n)) groups by
   * the value (all rows in one group), which a cast of the constant keeps.
   */
  private static SqlExpression notPositional(SqlExpression key) {
    if (key instanceof dev.ember.sqlgen.tree.SqlLiteral literal && literal.value() instanceof Number) {
      return new dev.ember.sqlgen.tree.SqlCast(literal, DuckDbTypes.of(literal.type()), false);
    }
    return key;
  }

  /** The input's query; numbered ({@link RowNumbering}) when the expressions use row positions. */
  private SqlSelect inputFor(ResolvedPlan input, List<BoundExpression> expressions) {
    return RowPositionRenderers.usePositions(expressions) ? RowNumbering.numbered(this, input) : select(input);
  }

  /** {@code SELECT *} of the input, or its own columns of the numbered input when the expressions use row positions. */
  private SqlSelect columnsFrom(ResolvedPlan input, List<BoundExpression> expressions) {
    if (!RowPositionRenderers.usePositions(expressions)) {
      return starFrom(input);
    }
    return SqlSelect.from(RowNumbering.columns(input.output()), subquery(RowNumbering.numbered(this, input)));
  }

  private SqlSelect starFrom(ResolvedPlan input) {
    return SqlSelect.from(List.of(new SelectItem(new SqlStar(), null)), subquery(select(input)));
  }

  List<SelectItem> items(List<NamedExpression> columns) {
    if (columns.isEmpty()) {
      return List.of(PLACEHOLDER);
    }
    return columns.stream()
        .map(column -> new SelectItem(expressions.convert(column.expression()), ColumnNames.of(column.attribute())))
        .toList();
  }

  /** This statement's expression renderer. */
  ExpressionToSql expressions() {
    return expressions;
  }

  /** A subquery expression's plan, rendered within this statement (its correlated columns read by name). */
  SqlSelect subqueryPlan(ResolvedPlan plan) {
    return select(plan);
  }

  /** A join side's SELECT, before it becomes a subquery (or stands in the join's FROM: {@link JoinToSql}). */
  SqlSelect joinSide(ResolvedPlan plan) {
    return select(plan);
  }

  SqlFrom subquery(SqlSelect select) {
    return new SqlFrom.Subquery(select, nextAlias());
  }

  /** {@code (SELECT ... plan ...) AS qN}. */
  SqlFrom subquery(ResolvedPlan plan) {
    return subquery(select(plan));
  }

  /** Ids of internal columns the generator adds (negative: never an analyzer's id). */
  long nextKeyId() {
    return -(++keys);
  }

  String nextAlias() {
    return "q" + (++subqueries);
  }

  static SqlExpression column(Attribute attribute) {
    return new SqlColumn(ColumnNames.of(attribute));
  }
}
