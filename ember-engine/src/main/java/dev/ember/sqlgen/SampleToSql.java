package dev.ember.sqlgen;

import dev.ember.plan.resolved.SampledRows;
import dev.ember.plan.types.AtomicType;
import dev.ember.sqlgen.tree.SqlCall;
import dev.ember.sqlgen.tree.SqlExpression;
import dev.ember.sqlgen.tree.SqlLiteral;
import dev.ember.sqlgen.tree.SqlOperator;
import dev.ember.sqlgen.tree.SqlSelect;
import java.util.ArrayList;
import java.util.List;

/**
 * {@code sample}: the rows numbered, each one's draw {@code hash(#ordinal, seed) / 2^64} in [0, 1),
 * kept when it falls in the bounds (a bound of 0 or 1 is not tested, so fractions 0 and 1 are exact).
 */
final class SampleToSql {
  private static final double TWO_TO_THE_64 = 18446744073709551616.0;

  private SampleToSql() {
  }

  static SqlSelect select(SqlGenerator generator, SampledRows sample) {
    SqlExpression draw = SqlOperator.infix("/",
        SqlCall.of("hash", RowNumbering.ordinal(), new SqlLiteral(sample.seed(), AtomicType.LONG)),
        new SqlLiteral(TWO_TO_THE_64, AtomicType.DOUBLE));
    List<SqlExpression> conditions = new ArrayList<>();
    if (sample.upperBound() - sample.lowerBound() <= 0) {
      conditions.add(new SqlLiteral(false, AtomicType.BOOLEAN));
    }
    if (sample.lowerBound() > 0) {
      conditions.add(SqlOperator.infix(">=", draw, new SqlLiteral(sample.lowerBound(), AtomicType.DOUBLE)));
    }
    if (sample.upperBound() < 1) {
      conditions.add(SqlOperator.infix("<", draw, new SqlLiteral(sample.upperBound(), AtomicType.DOUBLE)));
    }
    SqlSelect rows = SqlSelect.from(RowNumbering.columns(sample.output()),
        generator.subquery(RowNumbering.numbered(generator, sample.input())));
    return conditions.stream().reduce((left, right) -> SqlOperator.infix("AND", left, right))
        .map(rows::withWhere).orElse(rows);
  }
}
