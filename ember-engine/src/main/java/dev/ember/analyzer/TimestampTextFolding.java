package dev.ember.analyzer;

import dev.ember.plan.expressions.Literal;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.util.Optional;
import java.util.regex.Pattern;

/**
 * A constant text in the canonical form {@code yyyy-MM-dd HH:mm:ss[.ffffff]} cast to a timestamp (what a SQL
 * {@code TIMESTAMP '...'} literal is) becomes the instant itself, read in the session time zone as Spark reads it
 * (java.time: the earlier offset in a repeated hour, a skipped hour moved forward). Other texts keep the cast, which
 * the SQL generator writes as Spark's parsing in SQL: large expressions DuckDB takes long to plan, which a table of
 * such literals repeated in subqueries made slow.
 */
final class TimestampTextFolding {
  private static final Pattern CANONICAL = Pattern.compile("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}(\\.\\d{1,6})?");

  private TimestampTextFolding() {
  }

  static Optional<BoundExpression> fold(BoundExpression child, DataType target, ZoneId timeZone) {
    if (target != AtomicType.TIMESTAMP || !(child instanceof Literal literal)
        || !(literal.value() instanceof String text) || !CANONICAL.matcher(text).matches()) {
      return Optional.empty();
    }
    try {
      LocalDateTime local = LocalDateTime.parse(text.replace(' ', 'T'));
      return Optional.of(new Literal(local.atZone(timeZone).toInstant(), AtomicType.TIMESTAMP));
    } catch (java.time.format.DateTimeParseException invalid) {
      // a day or time out of range: Spark's parsing decides, in SQL
      return Optional.empty();
    }
  }
}
