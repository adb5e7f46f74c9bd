package dev.ember.sql;

import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import dev.ember.plan.expressions.Expression;
import dev.ember.plan.expressions.Literal;
import dev.ember.plan.logical.Limit;
import dev.ember.plan.logical.LogicalPlan;
import dev.ember.plan.logical.Sample;
import java.math.BigDecimal;
import java.util.Map;
import java.util.concurrent.ThreadLocalRandom;
import org.apache.spark.sql.catalyst.parser.SqlBaseParser;

/**
 * {@code TABLESAMPLE}, as Spark's AstBuilder reads it: {@code (n ROWS)} is a limit; {@code (x PERCENT)} and
 * {@code (BUCKET x OUT OF y)} keep each row with that probability (a random seed unless {@code REPEATABLE(seed)}).
 */
final class SqlSamples {
  /** Spark's tolerance on the fraction's bounds (RandomSampler.roundingEpsilon). */
  private static final double EPSILON = 1e-6;

  private final ExpressionBuilder expressions;

  SqlSamples(ExpressionBuilder expressions) {
    this.expressions = expressions;
  }

  LogicalPlan sample(LogicalPlan input, SqlBaseParser.SampleContext sample) {
    if (sample.sampleMethod() == null) {
      throw expressions.origins().attach(sample, new EmberException(ErrorKind.PARSE, "_LEGACY_ERROR_TEMP_0014", null,
          "TABLESAMPLE does not accept empty inputs.", Map.of()));
    }
    if (sample.sampleType != null) {
      throw ExpressionBuilder.unsupported(expressions.source(sample));
    }
    SqlBaseParser.SampleMethodContext method = sample.sampleMethod();
    if (method instanceof SqlBaseParser.SampleByBytesContext bytes) {
      String written = bytes.bytes.getText();
      throw expressions.origins().attach(sample, written.matches("[0-9]+[bBkKmMgG]")
          ? new EmberException(ErrorKind.PARSE, "_LEGACY_ERROR_TEMP_0015", null,
              "TABLESAMPLE(byteLengthLiteral) is not supported.", Map.of("msg", "byteLengthLiteral"))
          : new EmberException(ErrorKind.PARSE, "_LEGACY_ERROR_TEMP_0016", null, written
              + " is not a valid byte length literal, expected syntax: DIGIT+ ('B' | 'K' | 'M' | 'G').",
              Map.of("bytesStr", written)));
    }
    if (method instanceof SqlBaseParser.SampleByRowsContext rows) {
      Expression count = expressions.expression(rows.expression());
      if (count instanceof Literal literal && literal.value() instanceof Number number) {
        return new Limit(input, number.intValue());
      }
      if (count instanceof dev.ember.plan.expressions.UnresolvedAttribute) {
        // a column: Spark's limit must be a constant
        String expr = "\"" + expressions.source(rows.expression()) + "\"";
        throw expressions.origins().attach(rows.expression(), new EmberException(ErrorKind.ANALYSIS,
            "INVALID_LIMIT_LIKE_EXPRESSION.IS_UNFOLDABLE", "42K0E", "The limit like expression " + expr
                + " is invalid. The limit expression must evaluate to a constant value.",
            Map.of("name", "limit", "expr", expr)));
      }
      throw ExpressionBuilder.unsupported(expressions.source(sample));
    }
    double fraction;
    if (method instanceof SqlBaseParser.SampleByPercentileContext percent) {
      String digits = percent.integerValue() != null ? percent.integerValue().getText()
          : percent.DECIMAL_VALUE().getText();
      fraction = new BigDecimal(digits).doubleValue() / 100.0 * (percent.negativeSign == null ? 1 : -1);
    } else if (method instanceof SqlBaseParser.SampleByBucketContext bucket && bucket.ON() == null) {
      fraction = Double.parseDouble(bucket.numerator.getText()) / Double.parseDouble(bucket.denominator.getText());
    } else {
      throw ExpressionBuilder.unsupported(expressions.source(sample));
    }
    if (fraction < -EPSILON || fraction > 1.0 + EPSILON) {
      String message = "Sampling fraction (" + fraction + ") must be on interval [0, 1]";
      throw new EmberException(ErrorKind.PARSE, "_LEGACY_ERROR_TEMP_0064", null, message, Map.of("msg", message));
    }
    long seed = sample.seed != null ? Long.parseLong(sample.seed.getText())
        : ThreadLocalRandom.current().nextInt(1000);
    return new Sample(input, 0.0, fraction, false, seed);
  }
}
