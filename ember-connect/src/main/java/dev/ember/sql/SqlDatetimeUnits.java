package dev.ember.sql;

import dev.ember.plan.errors.DatetimeUnitError;
import dev.ember.plan.errors.ErrorKind;
import dev.ember.plan.expressions.Expression;
import dev.ember.plan.expressions.Literal;
import dev.ember.plan.expressions.UnresolvedFunction;
import java.util.List;
import org.apache.spark.sql.catalyst.parser.SqlBaseParser;

/**
 * {@code TIMESTAMPADD(unit, n, ts)} (also DATEADD, DATE_ADD) and {@code TIMESTAMPDIFF(unit, a, b)} (also
 * DATEDIFF, DATE_DIFF, TIMEDIFF) with the unit a bare word: the calls timestampadd / timestampdiff with the
 * unit as a string. A quoted unit is Spark's parse error.
 */
final class SqlDatetimeUnits {
  /** The functions the unit forms call (the DataFrame API calls them by name with the unit a string). */
  static final java.util.Set<String> FUNCTIONS = java.util.Set.of("timestampadd", "timestampdiff");

  private SqlDatetimeUnits() {
  }

  static Expression add(ExpressionBuilder builder, SqlBaseParser.TimestampaddContext add) {
    return new UnresolvedFunction("timestampadd", List.of(unit(add.name.getText(), add.unit, add.invalidUnit),
        builder.value(add.unitsAmount), builder.value(add.timestamp)), false);
  }

  static Expression diff(ExpressionBuilder builder, SqlBaseParser.TimestampdiffContext diff) {
    return new UnresolvedFunction("timestampdiff", List.of(unit(diff.name.getText(), diff.unit, diff.invalidUnit),
        builder.value(diff.startTimestamp), builder.value(diff.endTimestamp)), false);
  }

  private static Literal unit(String function, SqlBaseParser.DatetimeUnitContext unit,
      SqlBaseParser.StringLitContext invalidUnit) {
    if (unit == null) {
      throw DatetimeUnitError.of(ErrorKind.PARSE, function.toLowerCase(java.util.Locale.ROOT),
          invalidUnit.getText());
    }
    return Literal.of(unit.getText());
  }
}
