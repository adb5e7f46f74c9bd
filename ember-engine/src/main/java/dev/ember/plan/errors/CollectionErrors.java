package dev.ember.plan.errors;

import java.util.LinkedHashMap;
import java.util.Map;

/** Spark's errors of array, map and generator functions. */
public final class CollectionErrors {
  private CollectionErrors() {
  }

  public static EmberException invalidElementAtIndex(String index, String size) {
    return new EmberException(ErrorKind.ARRAY_INDEX_OUT_OF_BOUNDS, "INVALID_ARRAY_INDEX_IN_ELEMENT_AT", "22003",
        "The index " + index + " is out of bounds. The array has " + size + " elements. Use `try_element_at` to "
            + "tolerate accessing element at invalid index and return NULL instead.",
        Map.of("indexValue", index, "arraySize", size));
  }

  public static EmberException invalidIndexOfZero() {
    return new EmberException(ErrorKind.RUNTIME, "INVALID_INDEX_OF_ZERO", "22003",
        "The index 0 is invalid. An index shall be either < 0 or > 0 (the first element has index 1).", Map.of());
  }

  public static EmberException nullMapKey() {
    return new EmberException(ErrorKind.RUNTIME, "NULL_MAP_KEY", "2200E", "Cannot use null as map key.", Map.of());
  }

  public static EmberException duplicatedMapKey(String key) {
    return new EmberException(ErrorKind.RUNTIME, "DUPLICATED_MAP_KEY", "23505",
        "Duplicate map key " + key + " was found, please check the input data. If you want to remove the duplicated "
            + "keys, you can set \"spark.sql.mapKeyDedupPolicy\" to \"LAST_WIN\" so that the key inserted at last "
            + "takes precedence.",
        Map.of("key", key, "mapKeyDedupPolicy", "\"spark.sql.mapKeyDedupPolicy\""));
  }

  public static EmberException invalidStart(String functionName) {
    return new EmberException(ErrorKind.RUNTIME, "INVALID_PARAMETER_VALUE.START", "22023",
        "The value of parameter(s) `start` in `" + functionName + "` is invalid: Expects a positive or a negative "
            + "value for `start`, but got 0.",
        Map.of("parameter", "`start`", "functionName", "`" + functionName + "`"));
  }

  public static EmberException negativeLength(String functionName, String length) {
    return new EmberException(ErrorKind.RUNTIME, "INVALID_PARAMETER_VALUE.LENGTH", "22023",
        "The value of parameter(s) `length` in `" + functionName + "` is invalid: Expects `length` greater than or "
            + "equal to 0, but got " + length + ".",
        Map.of("parameter", "`length`", "functionName", "`" + functionName + "`", "length", length));
  }

  /** Spark's sequence fails a Scala {@code require}: a plain IllegalArgumentException. */
  public static EmberException sequenceBoundaries(String start, String stop, String step) {
    return EmberException.withoutErrorClass(ErrorKind.JAVA_ILLEGAL_ARGUMENT,
        "requirement failed: Illegal sequence boundaries: " + start + " to " + stop + " by " + step);
  }

  public static EmberException mapArraysLength() {
    return new EmberException(ErrorKind.RUNTIME, "_LEGACY_ERROR_TEMP_2128", null,
        "The key array and value array of MapData must have the same length.", Map.of());
  }

  public static EmberException nestedGenerator(String expression) {
    return new EmberException(ErrorKind.ANALYSIS, "UNSUPPORTED_GENERATOR.NESTED_IN_EXPRESSIONS", "42K0E",
        "The generator is not supported: nested in expressions \"" + expression + "\".",
        Map.of("expression", "\"" + expression + "\""));
  }

  /**
   * A generator in a filter, sort, ... Spark's {@code plan} parameter is its internal plan text with
   * expression ids; Ember names the expression the generator was found in.
   */
  public static EmberException generatorOutsideSelect(String expression) {
    return new EmberException(ErrorKind.ANALYSIS, "UNSUPPORTED_GENERATOR.OUTSIDE_SELECT", "42K0E",
        "The generator is not supported: outside the SELECT clause, found: " + expression + ".",
        Map.of("plan", expression));
  }

  public static EmberException aliasNumberMismatch(int expected, String names) {
    Map<String, String> parameters = new LinkedHashMap<>();
    parameters.put("aliasesSize", Integer.toString(expected));
    parameters.put("aliasesNames", names);
    return new EmberException(ErrorKind.ANALYSIS, "UDTF_ALIAS_NUMBER_MISMATCH", "42802",
        "The number of aliases supplied in the AS clause does not match the number of columns output by the UDTF. "
            + "Expected " + expected + " aliases, but got " + names + ". Please ensure that the number of aliases "
            + "provided matches the number of columns output by the UDTF.",
        parameters);
  }
}
