package dev.ember.sqlgen;

import dev.ember.engine.moments.RunningMomentFunction;
import dev.ember.plan.expressions.Literal;
import dev.ember.plan.resolved.Attribute;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.BoundExpressions;
import dev.ember.plan.resolved.BoundSortOrder;
import dev.ember.plan.resolved.ColumnReference;
import dev.ember.plan.resolved.NamedExpression;
import dev.ember.plan.resolved.ResolvedFrame;
import dev.ember.plan.resolved.WindowCall;
import dev.ember.plan.expressions.WindowFrame.FrameType;
import dev.ember.sqlgen.tree.SqlCall;
import dev.ember.sqlgen.tree.SqlCast;
import dev.ember.sqlgen.tree.SqlColumn;
import dev.ember.sqlgen.tree.SqlExpression;
import dev.ember.sqlgen.tree.SqlFrom;
import dev.ember.sqlgen.tree.SqlSelect;
import dev.ember.sqlgen.tree.SqlSelect.OrderItem;
import dev.ember.sqlgen.tree.SqlSelect.SelectItem;
import dev.ember.sqlgen.tree.SqlStar;
import dev.ember.sqlgen.tree.SqlWindow;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Moment statistics over window frames that start at the partition's first row (running frames, the
 * default frame with ORDER BY, the whole partition), in time and memory linear in the partition, where
 * handing each row's frame to {@code ember_moment_statistic} as a list would be quadratic. Spark reads
 * such a frame from one buffer updated row by row in the window's order; so does
 * {@link RunningMomentFunction}, once per partition. Each such window call becomes a column of a stage
 * over the projection's input:
 * <ol>
 * <li>each row counts the complete values in its frame ({@code count(x) OVER (window)}), which is where
 * the frame ends among the partition's complete values (ROWS frames order ties by input position);</li>
 * <li>GROUP BY the partition keys: the rows as a list of structs, and the running function over the
 * complete values and the rows' counts, all in the window's order, ties in input order;</li>
 * <li>both lists unnested side by side: the rows again, each with its frame's value.</li>
 * </ol>
 * The projection then reads the column instead of the window call. Other frames (sliding, or ending
 * at the partition's last row) take {@link MomentRenderers#overFrame}: a frame's list each row.
 */
final class RunningMoments {
  private static final String ROWS = "#rows";
  private static final String ROW = "#row";

  private final SqlGenerator generator;
  /** The running calls by window partitioning and order: one stage computes all of one partitioning's. */
  private final Map<Partitioning, Map<WindowCall, Attribute>> columns = new LinkedHashMap<>();

  /** A window's partition keys and order: the rows of one stage's groups, in one order. */
  private record Partitioning(List<BoundExpression> partitionBy, List<BoundSortOrder> orderBy) {
  }

  private RunningMoments(SqlGenerator generator) {
    this.generator = generator;
  }

  /** {@code SELECT columns FROM input}, its running moment statistics computed by stages over the input first. */
  static SqlSelect select(SqlGenerator generator, List<NamedExpression> columns, SqlSelect input) {
    RunningMoments running = new RunningMoments(generator);
    List<NamedExpression> rewritten = columns.stream()
        .map(column -> new NamedExpression(BoundExpressions.replace(column.expression(), running::column),
            column.attribute()))
        .toList();
    SqlSelect staged = input;
    for (Map.Entry<Partitioning, Map<WindowCall, Attribute>> stage : running.columns.entrySet()) {
      staged = running.stage(staged, stage.getKey(), stage.getValue());
    }
    return SqlSelect.from(generator.items(rewritten), generator.subquery(staged));
  }

  /** Whether the expressions hold a moment statistic over a frame that starts at the partition's first row. */
  static boolean appliesTo(List<? extends BoundExpression> expressions) {
    return expressions.stream().anyMatch(expression -> BoundExpressions.anyMatch(expression,
        part -> part instanceof WindowCall window && isRunning(window)));
  }

  private static boolean isRunning(WindowCall window) {
    return MomentRenderers.ordersByInput(window.function().function())
        && window.frame().lower().kind() == ResolvedFrame.Kind.UNBOUNDED_PRECEDING;
  }

  private Optional<BoundExpression> column(BoundExpression expression) {
    if (expression instanceof WindowCall window && isRunning(window)) {
      Attribute attribute = columns.computeIfAbsent(new Partitioning(window.partitionBy(), window.orderBy()),
              partitioning -> new LinkedHashMap<>())
          .computeIfAbsent(window, call -> new Attribute(generator.nextKeyId(), "#moment", call.dataType(), true,
              List.of()));
      return Optional.of(new ColumnReference(attribute));
    }
    return Optional.empty();
  }

  private SqlSelect stage(SqlSelect input, Partitioning partitioning, Map<WindowCall, Attribute> calls) {
    ExpressionToSql expressions = generator.expressions();
    List<SqlExpression> partitions = partitioning.partitionBy().stream()
        .filter(key -> !(key instanceof Literal)).map(expressions::convert).toList();
    List<OrderItem> orders = new ArrayList<>(partitioning.orderBy().stream()
        .filter(order -> !(order.child() instanceof Literal))
        .map(order -> new OrderItem(expressions.convert(order.child()), order.ascending(), order.nullsFirst()))
        .toList());
    List<OrderItem> rowsOrder = new ArrayList<>(orders);
    rowsOrder.add(RowNumbering.inInputOrder(true));

    List<SelectItem> counts = new ArrayList<>(List.of(new SelectItem(new SqlStar(), null)));
    List<SelectItem> lists = new ArrayList<>(List.of(
        new SelectItem(MomentRenderers.inOrder(SqlCall.of("list", new SqlColumn(ROW)), rowsOrder), ROWS)));
    List<SelectItem> unnested = new ArrayList<>(List.of(new SelectItem(SqlCall.of("unnest", new SqlColumn(ROWS)), ROW)));
    List<SelectItem> values = new ArrayList<>(List.of(new SelectItem(SqlCall.of("unnest", new SqlColumn(ROW)), null)));
    calls.forEach((window, result) -> {
      List<SqlExpression> arguments = window.function().arguments().stream().map(expressions::convert).toList();
      String count = "#frame_count" + result.id();
      String running = "#running" + result.id();
      // a ROWS frame ends at a position: ties in input order, as in the list
      List<OrderItem> countOrder = window.frame().type() == FrameType.ROWS ? rowsOrder : orders;
      counts.add(new SelectItem(new SqlWindow(MomentRenderers.completeCount(window.function(), arguments),
          partitions, countOrder, WindowToSql.frame(window.frame())), count));
      lists.add(new SelectItem(new SqlCast(MomentRenderers.running(window.function(), arguments, rowsOrder,
          new SqlColumn(count)), "DOUBLE[]", false), running));
      unnested.add(new SelectItem(SqlCall.of("unnest", new SqlColumn(running)), running));
      values.add(new SelectItem(new SqlColumn(running), ColumnNames.of(result)));
    });
    SqlSelect counted = SqlSelect.from(counts, generator.subquery(input));
    // each row as a struct: the table's name in DuckDB
    SqlSelect grouped = SqlSelect.from(lists, new SqlFrom.Subquery(counted, ROW))
        .withGroupBy(partitions).withOffset(0);
    // OFFSET 0 keeps DuckDB from moving the lists' computation into the unnest, which computes its argument
    // anew for each chunk of rows it produces
    SqlSelect pairs = SqlSelect.from(unnested, generator.subquery(grouped));
    return SqlSelect.from(values, generator.subquery(pairs));
  }
}
