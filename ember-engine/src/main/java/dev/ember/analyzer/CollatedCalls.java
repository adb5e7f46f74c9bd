package dev.ember.analyzer;

import dev.ember.engine.functions.SparkCollations;
import dev.ember.plan.expressions.Literal;
import dev.ember.plan.resolved.BoundCast;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.types.ArrayType;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.CollatedStringType;
import dev.ember.plan.types.Collations;
import dev.ember.plan.types.DataType;
import java.util.List;
import java.util.Set;

/**
 * A call bound on the plain strings of its arguments, made what it is under their collation: a comparison compares
 * the strings' collation keys (Spark's key bytes, {@code collation_key} for equality, {@code collation_sort_key} for
 * order), a string function Spark makes collation-aware is Spark's own implementation of it for the collation, and a
 * function whose result is its input string (or a string built from it) returns the collation's type.
 */
final class CollatedCalls {
  /** The call of a string's collation key for equality (its second argument the collation's id). */
  static final String KEY = "collation_key";
  /** The call of a string's collation key for order. */
  static final String SORT_KEY = "collation_sort_key";

  private static final Set<String> EQUALITIES = Set.of("equal", "equal_null_safe", "in");
  private static final Set<String> ORDERINGS = Set.of("less_than", "less_than_or_equal", "greater_than",
      "greater_than_or_equal", "greatest", "least");
  /** Spark's string functions whose result has the collation of their input. */
  private static final Set<String> KEEPING = Set.of("concat", "concat_ws", "elt", "coalesce", "nvl", "ifnull",
      "greatest", "least", "when", "if", "iff", "nullif", "upper", "lower", "ucase", "lcase", "initcap", "substr",
      "substring", "left", "right", "trim", "ltrim", "rtrim", "btrim", "lpad", "rpad", "replace", "translate",
      "overlay", "regexp_replace", "split_part", "substring_index", "repeat", "reverse", "validate_utf8",
      "try_validate_utf8", "make_valid_utf8", "mask", "lag", "lead", "first", "last", "min", "max", "any_value",
      "first_value", "last_value", "mode", "nth_value", "listagg", "string_agg", WithinGroupFunctions.LISTAGG);

  /** The aggregates that count distinct values by their hash: under a collation, of the values' collation keys. */
  private static final Set<String> HASHING = Set.of("hll_sketch_agg", "theta_sketch_agg", "tuple_sketch_agg_double",
      "tuple_sketch_agg_integer", "approx_count_distinct");

  private CollatedCalls() {
  }

  /**
   * The arguments a function is bound on: a hashing aggregate's first argument, a string of a collation other than
   * UTF8_BINARY, is its collation key (strings equal under the collation count once, as Spark hashes their keys).
   */
  static List<BoundExpression> bindable(String function, boolean distinct, List<BoundExpression> given,
      List<BoundExpression> plain) {
    if (function.equals("count") && distinct) {
      // count(DISTINCT ...) counts the strings' collation keys
      List<BoundExpression> keyed = new java.util.ArrayList<>(plain);
      for (int i = 0; i < given.size(); i++) {
        if (Collations.nonBinary(given.get(i).dataType())) {
          keyed.set(i, keyed(KEY, plain.get(i), SparkCollations.id(Collations.of(given.get(i).dataType()))));
        }
      }
      return keyed;
    }
    if (!HASHING.contains(function) || given.isEmpty() || !Collations.nonBinary(given.get(0).dataType())) {
      return plain;
    }
    List<BoundExpression> keyed = new java.util.ArrayList<>(plain);
    keyed.set(0, keyed(KEY, plain.get(0), SparkCollations.id(Collations.of(given.get(0).dataType()))));
    return keyed;
  }

  /** The bound calls Spark computes under their collation (CollationSupport), as Ember binds them. */
  private static final Set<String> COLLATION_AWARE = Set.of("contains", "startswith", "endswith", "instr", "locate",
      "find_in_set", "replace", "substring_index", "split_part", "trim", "ltrim", "rtrim", "translate");

  /** The bound call under the collation {@code type} its string arguments were brought to. */
  static BoundExpression finish(String function, BoundExpression bound, CollationCoercion.Coerced coerced,
      String pretty, List<String> argumentSql) {
    DataType type = coerced.type();
    if (type == null) {
      return bound;
    }
    String collation = Collations.of(type);
    if (bound instanceof Call call && COLLATION_AWARE.contains(call.function()) && call.arguments().size() > 1
        && Collations.nonBinary(type) && !collation.equals(CollatedStringType.INDETERMINATE)) {
      int id = SparkCollations.id(collation);
      if (SparkCollations.accentInsensitive(id)) {
        // Spark's collation-aware string functions take no accent-insensitive collation
        throw InputChecks.unexpectedType(pretty, 0, argumentSql.get(0), type, "\"STRING\"");
      }
      List<BoundExpression> arguments = new java.util.ArrayList<>(call.arguments());
      arguments.add(Literal.of(id));
      bound = new Call("collated_" + call.function(), arguments, call.dataType(), call.nullable());
    }
    if (bound instanceof Call call && Collations.nonBinary(type) && !collation.equals("null")) {
      String key = EQUALITIES.contains(call.function()) ? KEY : ORDERINGS.contains(call.function()) ? SORT_KEY : null;
      if (key != null && !call.function().equals("greatest") && !call.function().equals("least")) {
        int id = SparkCollations.id(collation);
        bound = new Call(call.function(), call.arguments().stream().map(argument -> keyed(key, argument, id))
            .toList(), call.dataType(), call.nullable());
      }
    }
    if (bound instanceof Call call && Collations.nonBinary(type) && !collation.equals(CollatedStringType.INDETERMINATE)
        && (call.function().equals("least") || call.function().equals("greatest"))) {
      List<BoundExpression> arguments = new java.util.ArrayList<>(call.arguments());
      arguments.add(Literal.of(SparkCollations.id(collation)));
      bound = new Call("collated_" + call.function(), arguments, call.dataType(), call.nullable());
    }
    if (bound instanceof Call call && Collations.nonBinary(type) && !collation.equals(CollatedStringType.INDETERMINATE)
        && call.arguments().size() == 1 && Set.of("lower", "upper", "initcap").contains(call.function())) {
      // the collation's case mapping (a locale's, for an ICU collation)
      bound = new Call(call.function(), List.of(call.argument(0), Literal.of(SparkCollations.id(collation))),
          call.dataType(), call.nullable());
    }
    if (bound instanceof Call call && Collations.nonBinary(type) && !collation.equals(CollatedStringType.INDETERMINATE)
        && call.arguments().size() == 1 && (call.function().equals("min") || call.function().equals("max"))) {
      // the least / greatest string in the collation's order (the collation's id a second argument)
      bound = new Call(call.function(), List.of(call.argument(0), Literal.of(SparkCollations.id(collation))),
          call.dataType(), call.nullable());
    }
    if (function.equals("nullif") && Collations.nonBinary(type) && !collation.equals(CollatedStringType.INDETERMINATE)) {
      // NULL when equal under the collation
      int id = SparkCollations.id(collation);
      bound = dev.ember.plan.resolved.BoundExpressions.replace(bound, part -> part instanceof Call equal
          && equal.function().equals("equal") ? java.util.Optional.of(new Call("equal", equal.arguments().stream()
              .map(argument -> keyed(KEY, argument, id)).toList(), equal.dataType(), equal.nullable()))
          : java.util.Optional.empty());
    }
    if (function.equals("str_to_map") && CollationCoercion.collated(type)
        && !collation.equals(CollatedStringType.INDETERMINATE)) {
      if (SparkCollations.accentInsensitive(SparkCollations.id(collation))) {
        throw InputChecks.unexpectedType(pretty, 0, argumentSql.get(0), type, "\"STRING\"");
      }
      if (bound.dataType() instanceof dev.ember.plan.types.MapType map) {
        // a map of strings of the collation
        return new BoundCast(bound, new dev.ember.plan.types.MapType(type, type, map.valueContainsNull()), false);
      }
    }
    DataType result = coerced.resultType();
    if (KEEPING.contains(function) && bound.dataType() == AtomicType.STRING && CollationCoercion.collated(result)) {
      // an aggregate stays a call (the analyzer finds aggregates by their calls)
      return bound instanceof Call call && AggregateFunctions.isAggregate(call.function())
          ? new Call(call.function(), call.arguments(), result, call.nullable()) : new BoundCast(bound, result, false);
    }
    if (function.equals("sentences") && CollationCoercion.collated(result)
        && bound.dataType() instanceof ArrayType outer && outer.elementType() instanceof ArrayType inner
        && inner.elementType() == AtomicType.STRING) {
      // the words have the text's collation
      return new BoundCast(bound, new ArrayType(new ArrayType(result, inner.containsNull()), outer.containsNull()),
          false);
    }
    if (function.equals("array") && bound.dataType() instanceof ArrayType array
        && array.elementType() == AtomicType.STRING) {
      return new BoundCast(bound, new ArrayType(type, array.containsNull()), false);
    }
    return bound;
  }

  private static BoundExpression keyed(String key, BoundExpression argument, int id) {
    if (!Collations.isString(argument.dataType())) {
      return argument;
    }
    return new Call(key, List.of(argument, Literal.of(id)), AtomicType.STRING, argument.nullable());
  }
}
