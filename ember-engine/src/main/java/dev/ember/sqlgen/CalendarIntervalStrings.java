package dev.ember.sqlgen;

import static dev.ember.sqlgen.DatetimeSql.call;
import static dev.ember.sqlgen.DatetimeSql.cast;
import static dev.ember.sqlgen.DatetimeSql.infix;
import static dev.ember.sqlgen.DatetimeSql.text;
import static dev.ember.sqlgen.DatetimeSql.when;

import dev.ember.plan.resolved.Call;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.IntervalUnits;
import dev.ember.sqlgen.tree.SqlExpression;
import dev.ember.sqlgen.tree.SqlLiteral;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;

/**
 * A string cast to a calendar interval per row ({@code 10 minutes}, {@code interval 1 hour -5 seconds}), NULL when
 * it is not one, as Spark's cast to its interval type: each field is the sum of its units' numbers times their
 * scale, read with regular expressions.
 */
final class CalendarIntervalStrings {
  private static final String NUMBER = "([+-]?[0-9]+)\\s*";

  private CalendarIntervalStrings() {
  }

  static SqlExpression parse(Call call, List<SqlExpression> args) {
    return parse(args.get(0));
  }

  /** The calendar interval the string holds, NULL when it holds none. */
  static SqlExpression parse(SqlExpression text) {
    String units = String.join("|", new TreeSet<>(IntervalUnits.UNITS.keySet()));
    String valid = "(interval\\s+)?(\\s*" + NUMBER + "(" + units + ")s?\\s*)+";
    return SqlLet.bind(call("lower", call("trim", text)), value -> {
      Map<IntervalUnits.Field, SqlExpression> fields = new EnumMap<>(IntervalUnits.Field.class);
      IntervalUnits.UNITS.forEach((unit, scale) -> fields.merge(scale.field(), infix("*", sum(value, unit),
          new SqlLiteral(scale.scale(), AtomicType.LONG)), (left, right) -> infix("+", left, right)));
      SqlExpression interval = infix("+", infix("+",
          call("to_months", cast(fields.get(IntervalUnits.Field.MONTHS), "INTEGER")),
          call("to_days", cast(fields.get(IntervalUnits.Field.DAYS), "INTEGER"))),
          call("to_microseconds", fields.get(IntervalUnits.Field.MICROSECONDS)));
      return when(call("regexp_full_match", value, text(valid)), interval, new SqlLiteral(null,
          AtomicType.CALENDAR_INTERVAL));
    });
  }

  /** The sum of the numbers written before {@code unit} (or its plural). */
  private static SqlExpression sum(SqlExpression value, String unit) {
    SqlExpression numbers = cast(call("regexp_extract_all", value, text(NUMBER + unit + "s?(\\s|$)"),
        new SqlLiteral(1, AtomicType.INTEGER)), "BIGINT[]");
    return call("coalesce", cast(call("list_sum", numbers), "BIGINT"), new SqlLiteral(0L, AtomicType.LONG));
  }
}
