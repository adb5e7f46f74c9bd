package dev.ember.plan.text;

import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * How Spark writes each function Ember calls by its own canonical name: the binary operators' symbols,
 * the names Spark's expressions print under, DISTINCT aggregates, and constructor arguments Spark's
 * text shows although the user never gave them.
 */
final class CallSyntax {
  private static final Map<String, String> INFIX = Map.ofEntries(
      Map.entry("add", "+"), Map.entry("subtract", "-"), Map.entry("multiply", "*"), Map.entry("divide", "/"),
      Map.entry("remainder", "%"), Map.entry("pmod", "pmod"), Map.entry("integral_divide", "div"),
      Map.entry("and", "AND"), Map.entry("or", "OR"), Map.entry("equal", "="), Map.entry("equal_null_safe", "<=>"),
      Map.entry("greater_than", ">"), Map.entry("greater_than_or_equal", ">="), Map.entry("less_than", "<"),
      Map.entry("less_than_or_equal", "<="), Map.entry("bitwise_and", "&"), Map.entry("bitwise_or", "|"),
      Map.entry("bitwise_xor", "^"), Map.entry("wrapping_add", "+"), Map.entry("wrapping_subtract", "-"),
      Map.entry("wrapping_multiply", "*"));
  private static final Map<String, String> PRETTY_NAMES = Map.ofEntries(
      Map.entry("is_null", "isnull"), Map.entry("is_not_null", "isnotnull"), Map.entry("count_distinct", "count"),
      Map.entry("sum_distinct", "sum"), Map.entry("avg_distinct", "avg"),
      Map.entry("collect_list_distinct", "collect_list"), Map.entry("percentile_approx_distinct", "percentile_approx"),
      Map.entry("first_ignore_nulls", "first"), Map.entry("last_ignore_nulls", "last"),
      Map.entry("concat_arrays", "concat"), Map.entry("array_reverse", "reverse"),
      Map.entry("element_at_map", "element_at"), Map.entry("ceil_scale", "ceil"), Map.entry("floor_scale", "floor"),
      Map.entry("parse_date", "to_date"), Map.entry("parse_timestamp", "to_timestamp"),
      Map.entry("try_parse_timestamp", "try_to_timestamp"), Map.entry("try_remainder", "try_mod"),
      Map.entry("wrapping_abs", "abs"));
  private static final Set<String> DISTINCT = Set.of("count_distinct", "sum_distinct", "avg_distinct",
      "collect_list_distinct", "percentile_approx_distinct");
  private static final Map<String, List<String>> HIDDEN_ARGUMENTS = Map.of(
      "collect_list", List.of("0", "0", "true"), "collect_list_distinct", List.of("0", "0", "true"),
      "collect_set", List.of("0", "0", "true"), "first", List.of("false"), "last", List.of("false"),
      "first_ignore_nulls", List.of("true"), "last_ignore_nulls", List.of("true"));
  /** Ranking functions whose children, in Spark, are the window's ordering expressions. */
  private static final Set<String> ORDERS_AS_CHILDREN = Set.of("rank", "dense_rank", "percent_rank");

  private CallSyntax() {
  }

  /** The operator Spark writes between the two arguments, or null for a function-style call. */
  static String infixSymbol(String function) {
    return INFIX.get(function);
  }

  static String prettyName(String function) {
    return PRETTY_NAMES.getOrDefault(function, function);
  }

  static boolean isDistinct(String function) {
    return DISTINCT.contains(function);
  }

  static List<String> hiddenArguments(String function) {
    return HIDDEN_ARGUMENTS.getOrDefault(function, List.of());
  }

  static boolean ordersAsChildren(String function) {
    return ORDERS_AS_CHILDREN.contains(function);
  }
}
