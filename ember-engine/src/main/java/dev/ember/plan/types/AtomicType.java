package dev.ember.plan.types;

/** Spark's types without parameters. */
public enum AtomicType implements DataType {
  NULL("void", false),
  BOOLEAN("boolean", false),
  BYTE("tinyint", true),
  SHORT("smallint", true),
  INTEGER("int", true),
  LONG("bigint", true),
  FLOAT("float", true),
  DOUBLE("double", true),
  STRING("string", false),
  BINARY("binary", false),
  DATE("date", false),
  TIMESTAMP("timestamp", false),
  TIMESTAMP_NTZ("timestamp_ntz", false),
  /** Spark's CalendarIntervalType ({@code interval}); values are {@link CalendarInterval}s. */
  CALENDAR_INTERVAL("interval", false);

  private final String simpleString;
  private final boolean numeric;

  AtomicType(String simpleString, boolean numeric) {
    this.simpleString = simpleString;
    this.numeric = numeric;
  }

  @Override
  public String simpleString() {
    return simpleString;
  }

  @Override
  public String sql() {
    return simpleString.toUpperCase(java.util.Locale.ROOT);
  }

  public boolean numeric() {
    return numeric;
  }

  /** Byte, short, int, long. */
  public boolean integral() {
    return this == BYTE || this == SHORT || this == INTEGER || this == LONG;
  }

  public boolean fractional() {
    return this == FLOAT || this == DOUBLE;
  }
}
