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

  /** Spark's check of a frame bound: resolved and foldable when parsed (a literal, signed or cast). */
  private static boolean constant(Expression offset) {
    if (offset instanceof dev.ember.plan.expressions.Literal) {
      return true;
    }
    if (offset instanceof dev.ember.plan.expressions.Alias alias) {
      return constant(alias.child());
    }
    if (offset instanceof dev.ember.plan.expressions.Cast cast) {
      return constant(cast.child());
    }
    return offset instanceof UnresolvedFunction sign && (sign.name().equals("-") || sign.name().equals("+"))
        && sign.arguments().size() == 1 && constant(sign.arguments().get(0));
  }

  private static WindowFrame.Boundary boundary(ExpressionBuilder builder, SqlBaseParser.FrameBoundContext bound) {
    if (bound.UNBOUNDED() != null) {
      return WindowFrame.Boundary.unbounded(bound.PRECEDING() != null);
    }
    if (bound.CURRENT() != null) {
      return WindowFrame.Boundary.currentRow();
    }
    Expression offset = builder.expression(bound.expression());
    if (!constant(offset)) {
      throw builder.origins().attach(bound, new dev.ember.plan.errors.EmberException(
          dev.ember.plan.errors.ErrorKind.PARSE, "_LEGACY_ERROR_TEMP_0064", null,
          "Frame bound value must be a literal.", java.util.Map.of("msg", "Frame bound value must be a literal.")));
    }
    if (bound.PRECEDING() == null) {
      return WindowFrame.Boundary.offset(offset);
    }
    // n PRECEDING is Spark's UnaryMinus(n), named so (the DataFrame API sends a negative number instead)
    return WindowFrame.Boundary.offset(new UnresolvedFunction("-", List.of(offset), false));
  }
}
