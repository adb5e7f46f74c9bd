package dev.ember.analyzer;

import dev.ember.engine.functions.SparkCollations;
import dev.ember.plan.expressions.Literal;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.types.ArrayType;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.Collations;
import dev.ember.plan.types.DataType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The array functions that compare elements, over arrays of strings of a collation other than UTF8_BINARY: they
 * compare the elements' collation keys ({@code collation_keys} of an array), and the set functions keep one element
 * of each key ({@code collated_array_<name>}), the array keeping its element type, as Spark's do.
 */
final class CollatedArrays {
  private static final Set<String> SEARCHES = Set.of("array_contains", "array_position", "arrays_overlap");
  private static final Set<String> SETS = Set.of("array_distinct", "array_union", "array_intersect", "array_except");

  /** The call of an array's element keys (the collation's id second). */
  static final String KEYS = "collation_keys";

  private CollatedArrays() {
  }

  /** The element type of the first argument that is an array of collated strings. */
  static Optional<DataType> collatedElement(List<BoundExpression> arguments) {
    return arguments.stream().map(BoundExpression::dataType)
        .filter(type -> type instanceof ArrayType array && Collations.nonBinary(array.elementType()))
        .map(type -> ((ArrayType) type).elementType()).findFirst();
  }

  static BoundExpression finish(BoundExpression bound, List<BoundExpression> given) {
    Optional<DataType> element = collatedElement(given);
    if (element.isEmpty() || !(bound instanceof Call call)
        || !SEARCHES.contains(call.function()) && !SETS.contains(call.function())) {
      return bound;
    }
    int id = SparkCollations.id(Collations.of(element.get()));
    if (SEARCHES.contains(call.function())) {
      List<BoundExpression> keyed = new ArrayList<>();
      for (BoundExpression argument : call.arguments()) {
        keyed.add(keys(argument, id));
      }
      return new Call(call.function(), keyed, call.dataType(), call.nullable());
    }
    List<BoundExpression> arguments = new ArrayList<>(call.arguments());
    arguments.add(Literal.of(id));
    DataType type = call.dataType() instanceof ArrayType array
        ? new ArrayType(element.get(), array.containsNull()) : call.dataType();
    return new Call("collated_" + call.function(), arguments, type, call.nullable());
  }

  /** An array's element keys, a string's key; anything else as it is. */
  private static BoundExpression keys(BoundExpression argument, int id) {
    if (argument.dataType() instanceof ArrayType array && Collations.isString(array.elementType())) {
      return new Call(KEYS, List.of(argument, Literal.of(id)), new ArrayType(AtomicType.STRING, array.containsNull()),
          argument.nullable());
    }
    if (Collations.isString(argument.dataType())) {
      return new Call(CollatedCalls.KEY, List.of(argument, Literal.of(id)), AtomicType.STRING, argument.nullable());
    }
    return argument;
  }
}
