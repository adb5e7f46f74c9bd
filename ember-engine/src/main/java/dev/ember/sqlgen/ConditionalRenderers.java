package dev.ember.sqlgen;

import dev.ember.plan.resolved.Call;
import dev.ember.plan.types.AtomicType;
import dev.ember.sqlgen.FunctionRenderers.Renderer;
import dev.ember.sqlgen.tree.SqlCall;
import dev.ember.sqlgen.tree.SqlCase;
import dev.ember.sqlgen.tree.SqlExpression;
import dev.ember.sqlgen.tree.SqlLiteral;
import dev.ember.sqlgen.tree.SqlOperator;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/** DuckDB renderings of CASE WHEN, IN, coalesce, greatest/least, NaN functions and string predicates. */
final class ConditionalRenderers {
  private static final SqlLiteral BACKSLASH = new SqlLiteral("\\", AtomicType.STRING);

  private ConditionalRenderers() {
  }

  static void register(Map<String, Renderer> renderers) {
    for (boolean legacy : new boolean[] {false, true}) {
      dev.ember.plan.errors.RaisedError raised = legacy ? dev.ember.plan.errors.RaisedError.USER_RAISED_LEGACY
          : dev.ember.plan.errors.RaisedError.USER_RAISED_EXCEPTION;
      String prefix = legacy ? "legacy_" : "";
      renderers.put(prefix + "raise_error", (call, args) -> DatetimeSql.raise(raised, call.dataType(), args.get(0)));
      // assert_true: NULL when the condition holds, the message raised when it is false or NULL
      renderers.put(prefix + "assert_true", (call, args) -> new SqlCase(List.of(new SqlCase.When(args.get(0),
          new SqlLiteral(null, AtomicType.NULL))), DatetimeSql.raise(raised, call.dataType(), args.get(1))));
    }
    renderers.put("uuid", (call, args) -> args.isEmpty() ? new dev.ember.sqlgen.tree.SqlCast(SqlCall.of("uuid"), "VARCHAR", false) : RowPositionRenderers.seededUuid(args.get(0)));
    renderers.put("case_when", (call, args) -> caseWhen(args));
    renderers.put("in", (call, args) -> args.size() == 1
        ? new SqlLiteral(false, AtomicType.BOOLEAN) // Spark: x IN () is false, even for a NULL x
        : SqlOperator.inList(args.get(0), args.subList(1, args.size())));
    renderers.put("coalesce", (call, args) -> new SqlCall("coalesce", args, false));
    // DuckDB's greatest/least skip NULLs and order NaN above every number, as Spark does.
    renderers.put("greatest", (call, args) -> new SqlCall("greatest", args, false));
    renderers.put("least", (call, args) -> new SqlCall("least", args, false));
    renderers.put("isnan", (call, args) -> SqlCall.of("coalesce", SqlCall.of("isnan", args.get(0)),
        new SqlLiteral(false, AtomicType.BOOLEAN)));
    renderers.put("nanvl", (call, args) -> new SqlCase(
        List.of(new SqlCase.When(SqlCall.of("isnan", args.get(0)), args.get(1))), args.get(0)));
    // Spark's LIKE escapes with a backslash; DuckDB's LIKE has no escape character unless told.
    renderers.put("like", (call, args) -> withoutEscapes(call)
        ? SqlOperator.infix("LIKE", args.get(0), args.get(1))
        : SqlCall.of("like_escape", args.get(0), args.get(1), args.size() == 3 ? args.get(2) : BACKSLASH));
    renderers.put("ilike", (call, args) -> withoutEscapes(call)
        ? SqlOperator.infix("ILIKE", args.get(0), args.get(1))
        : SqlCall.of("ilike_escape", args.get(0), args.get(1), BACKSLASH));
    renderers.put("startswith", (call, args) -> SqlCall.of("starts_with", args.get(0), args.get(1)));
    renderers.put("endswith", (call, args) -> SqlCall.of("ends_with", args.get(0), args.get(1)));
    renderers.put("contains", (call, args) -> SqlCall.of("contains", args.get(0), args.get(1)));
    // Binaries compare as hex text; contains spaces the byte pairs so that a match starts on a byte boundary.
    renderers.put("binary_startswith", (call, args) -> SqlCall.of("starts_with", hex(args.get(0)), hex(args.get(1))));
    renderers.put("binary_endswith", (call, args) -> SqlCall.of("ends_with", hex(args.get(0)), hex(args.get(1))));
    renderers.put("binary_contains", (call, args) -> SqlCall.of("contains", spacedHex(args.get(0)),
        spacedHex(args.get(1))));
  }

  private static SqlExpression hex(SqlExpression bytes) {
    return SqlCall.of("hex", bytes);
  }

  /** {@code X'12AB'} as {@code '12 AB '}. */
  private static SqlExpression spacedHex(SqlExpression bytes) {
    return SqlCall.of("regexp_replace", hex(bytes), new SqlLiteral("(..)", AtomicType.STRING),
        new SqlLiteral("\\1 ", AtomicType.STRING), new SqlLiteral("g", AtomicType.STRING));
  }

  /**
   * A literal pattern without a backslash means the same to DuckDB's plain LIKE (which has no
   * escape character) as to Spark's; plain LIKE is what DuckDB's optimizer speeds up.
   */
  private static boolean withoutEscapes(Call call) {
    return call.arguments().size() == 2
        && call.argument(1) instanceof dev.ember.plan.expressions.Literal pattern
        && pattern.value() instanceof String text && text.indexOf('\\') < 0;
  }

  private static SqlExpression caseWhen(List<SqlExpression> args) {
    List<SqlCase.When> whens = new ArrayList<>();
    for (int i = 0; i + 1 < args.size(); i += 2) {
      whens.add(new SqlCase.When(args.get(i), args.get(i + 1)));
    }
    SqlExpression otherwise = args.size() % 2 == 1 ? args.get(args.size() - 1) : null;
    return new SqlCase(whens, otherwise);
  }
}
