package dev.ember.sql;

import dev.ember.plan.expressions.Expression;
import dev.ember.plan.expressions.SortOrder;
import dev.ember.plan.expressions.UnresolvedFunction;
import dev.ember.plan.expressions.WindowExpression;
import dev.ember.plan.expressions.WindowFrame;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.catalyst.parser.SqlBaseParser;

/** {@code function OVER (PARTITION BY ... ORDER BY ... ROWS|RANGE BETWEEN ...)} and SQL's sort items. */
final class SqlWindows {
  private SqlWindows() {
  }

  static Expression over(ExpressionBuilder builder, Expression function, SqlBaseParser.WindowSpecContext spec) {
    SqlBaseParser.WindowDefContext window = builder.namedWindows().definition(spec);
    List<Expression> partitionBy = window.partition.stream().map(builder::expression).toList();
    List<SortOrder> orderBy = window.sortItem().stream().map(item -> sortOrder(builder, item)).toList();
    Optional<WindowFrame> frame = Optional.ofNullable(window.windowFrame()).map(f -> frame(builder, f));
    return new WindowExpression(function, partitionBy, orderBy, frame);
  }

  /** {@code expression [ASC|DESC] [NULLS FIRST|LAST]}: NULLs first ascending and last descending by default. */
  static SortOrder sortOrder(ExpressionBuilder builder, SqlBaseParser.SortItemContext item) {
    boolean ascending = item.DESC() == null;
    boolean nullsFirst = item.nullOrder == null ? ascending : item.FIRST() != null;
    return new SortOrder(builder.expression(item.expression()), ascending, nullsFirst);
  }

  private static WindowFrame frame(ExpressionBuilder builder, SqlBaseParser.WindowFrameContext frame) {
    WindowFrame.FrameType type = frame.frameType.getType() == SqlBaseParser.ROWS ? WindowFrame.FrameType.ROWS
        : WindowFrame.FrameType.RANGE;
    WindowFrame.Boundary lower = boundary(builder, frame.frameBound(0));
    WindowFrame.Boundary upper = frame.frameBound().size() > 1 ? boundary(builder, frame.frameBound(1))
        : WindowFrame.Boundary.currentRow();
    return new WindowFrame(type, lower, upper);
  }

  private static WindowFrame.Boundary boundary(ExpressionBuilder builder, SqlBaseParser.FrameBoundContext bound) {
    if (bound.UNBOUNDED() != null) {
      return WindowFrame.Boundary.unbounded();
    }
    if (bound.CURRENT() != null) {
      return WindowFrame.Boundary.currentRow();
    }
    Expression offset = builder.expression(bound.expression());
    if (bound.PRECEDING() == null) {
      return WindowFrame.Boundary.offset(offset);
    }
    // n PRECEDING is Spark's UnaryMinus(n), named so (the DataFrame API sends a negative number instead)
    return WindowFrame.Boundary.offset(new UnresolvedFunction("-", List.of(offset), false));
  }
}
