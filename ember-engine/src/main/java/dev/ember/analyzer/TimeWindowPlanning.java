package dev.ember.analyzer;

import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import dev.ember.plan.expressions.Alias;
import dev.ember.plan.expressions.Cast;
import dev.ember.plan.expressions.Expression;
import dev.ember.plan.expressions.ExtractValue;
import dev.ember.plan.expressions.Literal;
import dev.ember.plan.expressions.UnresolvedFunction;
import dev.ember.plan.resolved.Attribute;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.resolved.ColumnReference;
import dev.ember.plan.resolved.FieldAccess;
import dev.ember.plan.resolved.GeneratedRows;
import dev.ember.plan.resolved.Generator;
import dev.ember.plan.resolved.NamedExpression;
import dev.ember.plan.resolved.Projection;
import dev.ember.plan.resolved.ResolvedPlan;
import dev.ember.plan.resolved.Selection;
import dev.ember.plan.types.ArrayType;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.StructType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The input of an operator (select, withColumn, groupBy) that uses window() or session_window(), as Spark's
 * TimeWindowing and SessionWindowing rules plan it: a tumbling window is computed per row once the rows without
 * a time are dropped; a sliding window expands each row into its ceil(duration / slide) candidate windows (latest
 * first) and keeps those holding the time; a session window becomes a column of its own, without the events that
 * have no time (or, with a gap per row or a gap that is not positive, an empty session). The window's column is
 * hidden from names and {@code *}; the operator's expressions refer to it through {@link WindowedInput#replace}.
 */
final class TimeWindowPlanning {
  private TimeWindowPlanning() {
  }

  static WindowedInput plan(Analyzer analyzer, Scope input, List<Expression> expressions) {
    Set<UnresolvedFunction> functions = new HashSet<>();
    expressions.forEach(expression -> collect(expression, functions));
    if (functions.isEmpty()) {
      return new WindowedInput(input, null, null);
    }
    if (functions.size() > 1) {
      throw new EmberException(ErrorKind.ANALYSIS, "_LEGACY_ERROR_TEMP_1039", null, "Multiple time/session window "
          + "expressions would result in a cartesian product of rows, therefore they are currently not supported.",
          Map.of());
    }
    Call window = (Call) analyzer.expressions(input, false).resolve(functions.iterator().next()).expression();
    BoundExpression time = window.arguments().get(0);
    if (window.function().equals(SessionWindows.FUNCTION)) {
      return session(analyzer, input, window);
    }
    if (literal(window, 1) == literal(window, 2)) {
      return new WindowedInput(input.withSameColumns(new Selection(input.plan(), notNull(time))), null, null);
    }
    return sliding(analyzer, input, window);
  }

  private static WindowedInput sliding(Analyzer analyzer, Scope input, Call window) {
    long duration = literal(window, 1);
    long slide = literal(window, 2);
    long candidates = -Math.floorDiv(-duration, slide);
    Attribute index = analyzer.newAttribute("window_index", AtomicType.LONG, false);
    Call indexes = new Call("sequence", List.of(Literal.of(0L), Literal.of(candidates - 1)),
        new ArrayType(AtomicType.LONG, false), false);
    GeneratedRows expanded = new GeneratedRows(input.plan(), new Generator("explode", indexes, false, false),
        List.of(index));
    List<BoundExpression> arguments = new ArrayList<>(window.arguments());
    arguments.add(new ColumnReference(index));
    Attribute column = analyzer.newAttribute("window", window.dataType(), true);
    ResolvedPlan withWindow = withColumn(expanded, new Call(window.function(), arguments, window.dataType(), false),
        column);
    BoundExpression time = window.arguments().get(0);
    BoundExpression holdsTime = new Call("greater_than", List.of(field(column, "end"), time), AtomicType.BOOLEAN,
        true);
    return new WindowedInput(hidden(input, new Selection(withWindow, holdsTime), index, column), window, column);
  }

  private static WindowedInput session(Analyzer analyzer, Scope input, Call window) {
    Attribute column = analyzer.newAttribute(SessionWindows.FUNCTION, window.dataType(), false);
    ResolvedPlan withSession = withColumn(input.plan(), new Call("struct", window.arguments(), window.dataType(),
        false), column);
    BoundExpression condition = notNull(window.arguments().get(0));
    if (SessionWindows.filtersEmptySessions(window)) {
      BoundExpression notEmpty = new Call("greater_than", List.of(field(column, "end"), field(column, "start")),
          AtomicType.BOOLEAN, true);
      condition = new Call("and", List.of(condition, notEmpty), AtomicType.BOOLEAN, true);
    }
    return new WindowedInput(hidden(input, new Selection(withSession, condition), column), window, column);
  }

  /** The plan's columns and one more. */
  static ResolvedPlan withColumn(ResolvedPlan plan, BoundExpression expression, Attribute column) {
    List<NamedExpression> columns = new ArrayList<>(plan.output().stream().map(ProjectResolver::passThrough)
        .toList());
    columns.add(new NamedExpression(expression, column));
    return new Projection(plan, columns);
  }

  private static Scope hidden(Scope input, ResolvedPlan plan, Attribute... columns) {
    Set<Long> ids = new HashSet<>(input.hiddenIds());
    for (Attribute column : columns) {
      ids.add(column.id());
    }
    return input.withSameColumns(plan).withHidden(ids);
  }

  static BoundExpression field(Attribute struct, String name) {
    return new FieldAccess(new ColumnReference(struct), name,
        ((StructType) struct.dataType()).fields().get(name.equals("start") ? 0 : 1).dataType(), true);
  }

  private static BoundExpression notNull(BoundExpression time) {
    return new Call("is_not_null", List.of(time), AtomicType.BOOLEAN, false);
  }

  private static long literal(Call window, int argument) {
    return (Long) ((Literal) window.arguments().get(argument)).value();
  }

  /** The window() and session_window() calls in an expression, not looking into other windows' arguments. */
  private static void collect(Expression expression, Set<UnresolvedFunction> functions) {
    if (expression instanceof UnresolvedFunction function) {
      boolean window = function.name().equalsIgnoreCase("window")
          || function.name().equalsIgnoreCase(SessionWindows.FUNCTION);
      if (window && !function.arguments().isEmpty()) {
        functions.add(function);
      } else {
        function.arguments().forEach(argument -> collect(argument, functions));
      }
    } else if (expression instanceof Alias alias) {
      collect(alias.child(), functions);
    } else if (expression instanceof ExtractValue extract) {
      collect(extract.child(), functions);
    } else if (expression instanceof Cast cast) {
      collect(cast.child(), functions);
    }
  }
}
