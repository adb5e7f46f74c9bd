package dev.ember.sqlgen;

import dev.ember.plan.errors.RaisedError;
import dev.ember.plan.expressions.Literal;
import dev.ember.plan.types.AtomicType;
import dev.ember.sqlgen.FunctionRenderers.Renderer;
import dev.ember.sqlgen.tree.SqlCall;
import dev.ember.sqlgen.tree.SqlCase;
import dev.ember.sqlgen.tree.SqlExpression;
import dev.ember.sqlgen.tree.SqlLiteral;
import dev.ember.sqlgen.tree.SqlOperator;
import java.util.List;
import java.util.Map;

/**
 * Spark's {@code CharVarcharCodegenUtils} in DuckDB: a char column's value read is padded with spaces to its length
 * ({@code readSidePadding}); a value written to a {@code CHAR(n)} or {@code VARCHAR(n)} column may be longer than
 * {@code n} only by trailing spaces, which are dropped, else it fails with {@code EXCEED_LIMIT_LENGTH}
 * ({@code charTypeWriteSideCheck} then pads to {@code n}, {@code varcharTypeWriteSideCheck} does not).
 */
final class CharVarcharRenderers {
  /** The function checking a value written to a CHAR(n) column (and padding it). */
  static final String CHAR_WRITE_CHECK = "char_write_check";
  /** The function checking a value written to a VARCHAR(n) column. */
  static final String VARCHAR_WRITE_CHECK = "varchar_write_check";
  private static final SqlLiteral SPACE = new SqlLiteral(" ", AtomicType.STRING);

  private CharVarcharRenderers() {
  }

  static void register(Map<String, Renderer> renderers) {
    renderers.put("char_read_padding", (call, args) -> new SqlCase(List.of(new SqlCase.When(
        SqlOperator.infix("<", SqlCall.of("length", args.get(0)), args.get(1)), SqlCall.of("rpad", args.get(0),
            args.get(1), SPACE))), args.get(0)));
    renderers.put(CHAR_WRITE_CHECK, (call, args) -> writeCheck(args, length(call), true));
    renderers.put(VARCHAR_WRITE_CHECK, (call, args) -> writeCheck(args, length(call), false));
  }

  private static int length(dev.ember.plan.resolved.Call call) {
    return ((Number) ((Literal) call.argument(1)).value()).intValue();
  }

  /** NULL stays NULL; a value that fits is kept (a char's padded); one longer only by spaces is cut to fit. */
  private static SqlExpression writeCheck(List<SqlExpression> args, int length, boolean fixed) {
    SqlExpression value = args.get(0);
    SqlExpression limit = args.get(1);
    return new SqlCase(List.of(
        new SqlCase.When(SqlOperator.postfix("IS NULL", value), new SqlLiteral(null, AtomicType.STRING)),
        new SqlCase.When(SqlOperator.infix("<=", SqlCall.of("length", value), limit),
            fixed ? SqlCall.of("rpad", value, limit, SPACE) : value),
        new SqlCase.When(SqlOperator.infix("<=", SqlCall.of("length", SqlCall.of("rtrim", value, SPACE)), limit),
            SqlCall.of("left", value, limit))),
        FunctionRenderers.raise(RaisedError.EXCEED_LIMIT_LENGTH, "VARCHAR", Integer.toString(length)));
  }
}
