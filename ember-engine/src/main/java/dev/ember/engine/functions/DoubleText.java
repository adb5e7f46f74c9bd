package dev.ember.engine.functions;

/** A double as text DuckDB's cast reads back to the same double (Java's digits; DuckDB's names of NaN and infinities). */
final class DoubleText {
  private DoubleText() {
  }

  static String of(double value) {
    if (Double.isNaN(value)) {
      return "nan";
    }
    if (Double.isInfinite(value)) {
      return value > 0 ? "inf" : "-inf";
    }
    return Double.toString(value);
  }
}
