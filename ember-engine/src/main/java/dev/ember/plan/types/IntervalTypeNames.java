package dev.ember.plan.types;

/** How Spark names an ANSI interval type by its fields: {@code interval day}, {@code interval hour to second}. */
final class IntervalTypeNames {
  private IntervalTypeNames() {
  }

  static String simpleString(String startField, String endField) {
    return startField.equals(endField) ? "interval " + startField : "interval " + startField + " to " + endField;
  }
}
