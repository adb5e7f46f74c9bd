package dev.ember.analyzer;

import dev.ember.plan.expressions.Literal;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.CharVarcharType;
import java.util.List;

/**
 * A value written to a {@code CHAR(n)} or {@code VARCHAR(n)} column (INSERT, CTAS into a declared schema, ALTER TABLE
 * ADD COLUMNS' later writes): store assignment casts it to the column's declared type, which is a cast to string
 * checked as Spark's {@code CharVarcharUtils.stringLengthCheck} checks it ({@code charTypeWriteSideCheck}: at most
 * {@code n} characters once trailing spaces beyond {@code n} are dropped, padded to {@code n};
 * {@code varcharTypeWriteSideCheck}: the same, not padded), else {@code EXCEED_LIMIT_LENGTH}. Only store assignment
 * casts to these types: a CAST written in SQL or by the DataFrame API reads them as strings.
 */
final class CharVarcharWrites {
  static final String CHAR_WRITE_CHECK = "char_write_check";
  static final String VARCHAR_WRITE_CHECK = "varchar_write_check";

  private CharVarcharWrites() {
  }

  /** The string value checked against the column's length (padded for a char column). */
  static BoundExpression checked(BoundExpression value, CharVarcharType type) {
    return new Call(type.fixedLength() ? CHAR_WRITE_CHECK : VARCHAR_WRITE_CHECK,
        List.of(value, Literal.of(type.length())), AtomicType.STRING, value.nullable());
  }
}
