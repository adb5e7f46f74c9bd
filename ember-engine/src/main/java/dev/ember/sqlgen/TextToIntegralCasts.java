package dev.ember.sqlgen;

import static dev.ember.sqlgen.DatetimeSql.call;
import static dev.ember.sqlgen.DatetimeSql.text;
import static dev.ember.sqlgen.DatetimeSql.when;

import dev.ember.plan.errors.RaisedError;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import dev.ember.sqlgen.FunctionRenderers.Renderer;
import dev.ember.sqlgen.tree.SqlCast;
import dev.ember.sqlgen.tree.SqlExpression;
import dev.ember.sqlgen.tree.SqlLiteral;
import dev.ember.sqlgen.tree.SqlOperator;
import java.util.Map;
import java.util.Optional;

/**
 * Strings cast to integral numbers and booleans as Spark's UTF8String reads them: surrounding whitespace and control
 * characters trimmed first; an integer is digits after an optional sign (DuckDB would round {@code '1.5'} to 2). ANSI
 * and try-casts take nothing else ({@code CAST_INVALID_INPUT}, NULL); without ANSI ({@code legacy_text_integral_cast})
 * a fraction of digits after the point is dropped ({@code '-4.56'} is -4).
 */
final class TextToIntegralCasts {
  /** What Spark's trimAll drops: whitespace and ISO control characters (DuckDB takes no NUL here). */
  private static final String TRIMMED = trimmedCharacters();
  private static final String INTEGER = "[+-]?[0-9]+";
  /** UTF8String.toLong with a decimal allowed: digits, then optionally a point and digits (either may be empty). */
  private static final String LEGACY_NUMBER = "[+-]?([0-9]+(\\.[0-9]*)?|\\.[0-9]*)";

  private TextToIntegralCasts() {
  }

  static void register(Map<String, Renderer> renderers) {
    renderers.put("legacy_text_integral_cast", (call, args) -> legacy(call, args.get(0)));
  }

  static Optional<SqlExpression> render(SqlExpression operand, DataType from, DataType to, boolean tryCast) {
    if (from != AtomicType.STRING) {
      return Optional.empty();
    }
    if (to == AtomicType.BOOLEAN) {
      return Optional.of(new SqlCast(trimmed(operand), "BOOLEAN", tryCast));
    }
    if (!(to instanceof AtomicType atomic && atomic.integral())) {
      return Optional.empty();
    }
    return Optional.of(SqlLet.bind(operand, value -> SqlLet.bind(trimmed(value), text -> {
      SqlExpression integer = call("regexp_full_match", text, text(INTEGER));
      if (tryCast) {
        return new SqlCast(when(integer, text, new SqlLiteral(null, AtomicType.STRING)), DuckDbTypes.of(to), true);
      }
      // (a NULL matches nothing and casts to NULL)
      return when(SqlOperator.prefix("NOT", integer),
          DatetimeSql.raise(RaisedError.CAST_INVALID_INPUT, to, text(to.sql()), value),
          new SqlCast(text, DuckDbTypes.of(to), false));
    })));
  }

  private static SqlExpression legacy(Call call, SqlExpression operand) {
    return SqlLet.bind(trimmed(operand), text -> {
      // the whole part; a lone sign or point stands for 0
      SqlExpression whole = call("regexp_extract", text, text("^[+-]?[0-9]*"));
      SqlExpression digits = when(call("regexp_full_match", whole, text("[+-]?")), text("0"), whole);
      return new SqlCast(when(call("regexp_full_match", text, text(LEGACY_NUMBER)), digits,
          new SqlLiteral(null, AtomicType.STRING)), DuckDbTypes.of(call.dataType()), true);
    });
  }

  private static SqlExpression trimmed(SqlExpression text) {
    return call("trim", text, text(TRIMMED));
  }

  private static String trimmedCharacters() {
    StringBuilder characters = new StringBuilder();
    for (char c = 1; c <= ' '; c++) {
      characters.append(c);
    }
    return characters.append('\u007F').toString();
  }
}
