package dev.ember.plan.types;

/**
 * Spark's {@code StringType} with a collation written for it ({@code STRING COLLATE UTF8_LCASE}, a column declared
 * {@code string collate utf8_binary}, the type of {@code expr COLLATE name}): the values are strings as
 * {@link AtomicType#STRING}'s are, compared, grouped and ordered under the collation. {@code collation} is Spark's
 * normalised name ({@code UTF8_LCASE}, {@code UNICODE_CI}, {@code en_CI_AI}), or {@link #INDETERMINATE} for the
 * result of mixing two implicit collations. The default {@code string} (no collation written) stays
 * {@link AtomicType#STRING}, named {@code string} as Spark names its {@code StringType} object, while this type is
 * named {@code string collate NAME} even for UTF8_BINARY, as Spark names an explicit {@code StringType(name)}.
 */
public record CollatedStringType(String collation) implements DataType {
  /** Spark's indeterminate collation (two implicit collations met), named {@code null}. */
  public static final String INDETERMINATE = "null";

  @Override
  public String simpleString() {
    return "string collate " + collation;
  }

  @Override
  public String sql() {
    return "STRING COLLATE " + collation;
  }

  public boolean indeterminate() {
    return INDETERMINATE.equals(collation);
  }
}
