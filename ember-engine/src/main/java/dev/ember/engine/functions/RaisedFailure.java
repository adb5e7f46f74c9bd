package dev.ember.engine.functions;

/**
 * A Spark runtime error raised inside a Java function DuckDB calls. DuckDB reports the exception's
 * stack trace as the failure text; with no frames and {@link #toString()} being the marker alone,
 * that text is exactly what DuckDB's {@code error(marker)} would give, so the engine maps it back
 * to Spark's error the same way.
 */
public final class RaisedFailure extends RuntimeException {
  private static final long serialVersionUID = 1L;

  public RaisedFailure(String marker) {
    super(marker, null, false, false);
  }

  @Override
  public String toString() {
    return getMessage();
  }
}
