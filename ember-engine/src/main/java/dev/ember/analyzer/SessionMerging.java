package dev.ember.analyzer;

import dev.ember.plan.expressions.Literal;
import dev.ember.plan.expressions.WindowFrame.FrameType;
import dev.ember.plan.resolved.Aggregation;
import dev.ember.plan.resolved.Attribute;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.BoundSortOrder;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.resolved.ColumnReference;
import dev.ember.plan.resolved.NamedExpression;
import dev.ember.plan.resolved.ResolvedFrame;
import dev.ember.plan.resolved.ResolvedPlan;
import dev.ember.plan.resolved.WindowCall;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import java.util.ArrayList;
import java.util.List;

/**
 * An aggregation grouped by a session window, as Spark's MergingSessionsExec: within each value of the other keys,
 * the events in order of their session's start, an event whose session starts after the end of all the sessions
 * before it (at their end or earlier, it joins them) opens a new session; the session a group reports is the
 * earliest start and latest end of its events. The running count of opened sessions numbers them, and the
 * aggregation groups by that number instead of the event's own session.
 */
final class SessionMerging {
  private static final ResolvedFrame BEFORE_CURRENT = new ResolvedFrame(FrameType.ROWS,
      ResolvedFrame.Bound.UNBOUNDED_PRECEDING, ResolvedFrame.Bound.offset(-1));

  private SessionMerging() {
  }

  static Aggregation aggregate(Analyzer analyzer, Aggregation grouped, Attribute session) {
    ColumnReference sessionColumn = new ColumnReference(session);
    List<BoundExpression> keys = grouped.groupings().stream().filter(key -> !key.equals(sessionColumn)).toList();
    BoundExpression start = TimeWindowPlanning.field(session, "start");
    BoundExpression end = TimeWindowPlanning.field(session, "end");
    DataType time = start.dataType();
    List<BoundSortOrder> byStart = List.of(new BoundSortOrder(start, true, true));
    Attribute previousEnd = analyzer.newAttribute("previous_end", time, true);
    WindowCall latestEnd = new WindowCall(new Call("max", List.of(end), time, true), keys, byStart, BEFORE_CURRENT);
    ResolvedPlan withPreviousEnd = TimeWindowPlanning.withColumn(grouped.input(), latestEnd, previousEnd);
    BoundExpression opens = new Call("coalesce", List.of(new Call("greater_than", List.of(start,
        new ColumnReference(previousEnd)), AtomicType.BOOLEAN, true), Literal.of(true)), AtomicType.BOOLEAN, false);
    BoundExpression opened = new Call("case_when", List.of(opens, Literal.of(1L), Literal.of(0L)), AtomicType.LONG,
        false);
    Attribute number = analyzer.newAttribute("session_number", AtomicType.LONG, true);
    WindowCall openedSoFar = new WindowCall(new Call("sum", List.of(opened), AtomicType.LONG, true), keys, byStart,
        ResolvedFrame.ROWS_TO_CURRENT);
    ResolvedPlan numbered = TimeWindowPlanning.withColumn(withPreviousEnd, openedSoFar, number);
    BoundExpression merged = new Call("struct", List.of(new Call("min", List.of(start), time, true),
        new Call("max", List.of(end), time, true)), session.dataType(), false);
    List<BoundExpression> groupings = new ArrayList<>(keys);
    groupings.add(new ColumnReference(number));
    List<NamedExpression> columns = grouped.columns().stream().map(column -> column.expression().equals(sessionColumn)
        ? new NamedExpression(merged, analyzer.newAttribute(column.attribute().name(), session.dataType(), false))
        : column).toList();
    return new Aggregation(numbered, grouped.kind(), groupings, grouped.groupingSets(), columns);
  }
}
