package dev.ember.plan.errors;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * Spark's errors about DataSketches sketches (hll_*, theta_*, tuple_*, kll_*, approx_top_k), raised at run time by the engine's sketch
 * functions: the error class, its SQL state and message template with Spark's wording.
 */
public final class SketchErrors {
  private record Condition(String sqlState, String template) {
  }

  private static final Map<String, Condition> CONDITIONS = Map.ofEntries(
      Map.entry("HLL_INVALID_LG_K", new Condition("22546", "Invalid call to <function>; the `lgConfigK` value must "
          + "be between <min> and <max>, inclusive: <value>.")),
      Map.entry("HLL_UNION_DIFFERENT_LG_K", new Condition("22000", "Sketches have different `lgConfigK` values: "
          + "<left> and <right>. Set the `allowDifferentLgConfigK` parameter to true to call <function> with "
          + "different `lgConfigK` values.")),
      Map.entry("HLL_INVALID_INPUT_SKETCH_BUFFER", new Condition("22546", "Invalid call to <function>; only valid "
          + "HLL sketch buffers are supported as inputs (such as those produced by the `hll_sketch_agg` function).")),
      Map.entry("HLL_K_MUST_BE_CONSTANT", new Condition("42K0E", "Invalid call to <function>; the `K` value must be "
          + "a constant value, but got a non-constant expression.")),
      Map.entry("THETA_INVALID_INPUT_SKETCH_BUFFER", new Condition("22000", "Invalid call to <function>; only valid "
          + "Theta sketch buffers are supported as inputs (such as those produced by the `theta_sketch_agg` "
          + "function).")),
      Map.entry("THETA_INVALID_INPUT_SKETCH_BUFFER_FAMILY", new Condition("22000", "Invalid call to <function>: "
          + "expected <expectedFamily> sketch family but received <actualFamily>. Only valid Theta sketch buffers "
          + "(produced by `theta_sketch_agg`) are supported as inputs.")),
      Map.entry("TUPLE_INVALID_INPUT_SKETCH_BUFFER", new Condition("22000", "Invalid call to <function>; only valid "
          + "Tuple sketch buffers are supported as inputs (such as those produced by the corresponding "
          + "`tuple_sketch_agg_*` function).")),
      Map.entry("TUPLE_INVALID_INPUT_SKETCH_BUFFER_FAMILY", new Condition("22000", "Invalid call to <function>: "
          + "expected <expectedFamily> sketch family but received <actualFamily>. Only valid Tuple sketch buffers "
          + "(produced by `tuple_sketch_agg_*` functions) are supported as inputs.")),
      Map.entry("THETA_LG_NOM_ENTRIES_MUST_BE_CONSTANT", new Condition("42K0E", "Invalid call to <function>; the "
          + "`lgNomEntries` value must be a constant value, but got a non-constant expression.")),
      Map.entry("SKETCH_INVALID_LG_NOM_ENTRIES", new Condition("22003", "Invalid call to <function>; the "
          + "`lgNomEntries` value must be between <min> and <max>, inclusive: <value>.")),
      Map.entry("KLL_INVALID_INPUT_SKETCH_BUFFER", new Condition("22000", "Invalid call to <function>; only valid "
          + "KLL sketch buffers are supported as inputs (such as those produced by the `kll_sketch_agg` function).")),
      Map.entry("KLL_SKETCH_INVALID_QUANTILE_RANGE", new Condition("22003", "For function <functionName>, the "
          + "quantile value must be between 0.0 and 1.0 (inclusive).")),
      Map.entry("APPROX_TOP_K_NULL_ARG", new Condition("22004",
          "The value of <argName> in `approx_top_k` cannot be NULL.")),
      Map.entry("APPROX_TOP_K_NON_POSITIVE_ARG", new Condition("22023",
          "The value of <argName> in `approx_top_k` must be a positive integer, but got <argValue>.")),
      Map.entry("APPROX_TOP_K_MAX_ITEMS_TRACKED_EXCEEDS_LIMIT", new Condition("22023", "The max items tracked "
          + "`maxItemsTracked`(<maxItemsTracked>) of `approx_top_k` should be less than or equal to <limit>.")),
      Map.entry("APPROX_TOP_K_MAX_ITEMS_TRACKED_LESS_THAN_K", new Condition("22023", "The max items tracked "
          + "`maxItemsTracked`(<maxItemsTracked>) of `approx_top_k` should be greater than or equal to `k`(<k>).")));

  private SketchErrors() {
  }

  /** The error of {@code arguments}: the error class, then alternating parameter names and values. */
  static EmberException of(List<String> arguments) {
    String errorClass = arguments.get(0);
    Condition condition = CONDITIONS.get(errorClass);
    if (condition == null) {
      throw new IllegalArgumentException("unknown sketch error " + errorClass);
    }
    Map<String, String> parameters = new LinkedHashMap<>();
    String message = condition.template();
    for (int i = 1; i + 1 < arguments.size(); i += 2) {
      parameters.put(arguments.get(i), arguments.get(i + 1));
      message = message.replace("<" + arguments.get(i) + ">", arguments.get(i + 1));
    }
    return new EmberException(ErrorKind.RUNTIME, errorClass, condition.sqlState(), message, parameters);
  }
}
