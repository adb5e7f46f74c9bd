package dev.ember.analyzer;

import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import dev.ember.plan.expressions.Literal;
import dev.ember.plan.resolved.BoundCast;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.CollatedStringType;
import dev.ember.plan.types.Collations;
import dev.ember.plan.types.DataType;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import java.util.stream.IntStream;

/**
 * Spark's collation type coercion ({@code CollationTypeCoercion}): the string arguments of a function that Spark
 * brings to one collation take the strongest one — an explicit collation ({@code COLLATE}) over an implicit one (a
 * column's) over the default (a literal's); two explicit ones are COLLATION_MISMATCH.EXPLICIT, two implicit ones the
 * indeterminate collation, which a function that compares strings refuses (INDETERMINATE_COLLATION_IN_EXPRESSION).
 * An argument of another collation is cast to the chosen one; a literal cast so is named {@code 'a' collate NAME}.
 */
final class CollationCoercion {
  /** How strongly an expression holds its collation. */
  enum Strength { DEFAULT, IMPLICIT, EXPLICIT }

  /** The functions Spark coerces, with the positions of the arguments brought to one collation (none listed: all). */
  private static final Map<String, int[]> COERCED = Map.ofEntries(
      Map.entry("=", all()), Map.entry("==", all()), Map.entry("<=>", all()), Map.entry("<", all()),
      Map.entry("<=", all()), Map.entry(">", all()), Map.entry(">=", all()), Map.entry("!=", all()),
      Map.entry("<>", all()), Map.entry("equal_null", all()),
      Map.entry("in", all()), Map.entry("coalesce", all()), Map.entry("nvl", all()), Map.entry("ifnull", all()),
      Map.entry("greatest", all()), Map.entry("least", all()), Map.entry("concat", all()),
      Map.entry("concat_ws", all()), Map.entry("contains", all()), Map.entry("startswith", all()),
      Map.entry("endswith", all()), Map.entry("instr", all()), Map.entry("find_in_set", all()),
      Map.entry("replace", all()), Map.entry("translate", all()), Map.entry("trim", all()),
      Map.entry("ltrim", all()), Map.entry("rtrim", all()), Map.entry("btrim", all()), Map.entry("mask", all()),
      Map.entry("str_to_map", all()), Map.entry("nullif", all()), Map.entry("array", all()),
      Map.entry("to_number", new int[] {0, 1}), Map.entry("try_to_number", new int[] {0, 1}),
      Map.entry("locate", new int[] {0, 1}), Map.entry("position", new int[] {0, 1}),
      Map.entry("substring_index", new int[] {0, 1}), Map.entry("split_part", new int[] {0, 1}),
      Map.entry("levenshtein", new int[] {0, 1}), Map.entry("overlay", new int[] {0, 1}),
      Map.entry("regexp_replace", new int[] {0, 2}), Map.entry("lpad", new int[] {0, 2}),
      Map.entry("rpad", new int[] {0, 2}), Map.entry("if", new int[] {1, 2}), Map.entry("iff", new int[] {1, 2}),
      Map.entry("lag", new int[] {0, 2}), Map.entry("lead", new int[] {0, 2}), Map.entry("when", all()),
      Map.entry("elt", all()));

  /** The functions that compare strings under their collation, and so need a determinate one. */
  private static final Set<String> COMPARING = Set.of("=", "==", "<=>", "<", "<=", ">", ">=", "!=", "<>",
      "equal_null", "in", "contains", "startswith", "endswith", "instr", "find_in_set", "replace", "translate",
      "locate", "position", "substring_index", "nullif", "greatest", "least", "trim", "ltrim", "rtrim", "btrim");

  private CollationCoercion() {
  }

  private static int[] all() {
    return new int[0];
  }

  /** The arguments after coercion, their names (a literal cast to a collation renamed), and the chosen type. */
  record Coerced(List<BoundExpression> arguments, List<String> names, DataType type, DataType resultType) {
    Coerced(List<BoundExpression> arguments, List<String> names, DataType type) {
      this(arguments, names, type, type);
    }
  }

  static boolean coerces(String function) {
    return COERCED.containsKey(function);
  }

  static boolean compares(String function) {
    return COMPARING.contains(function);
  }

  /**
   * Brings the string arguments of {@code function} to one collation. {@code type} is null when no argument is a
   * string of a written collation: nothing changes then.
   */
  static Coerced coerce(String function, List<BoundExpression> arguments, List<String> names) {
    java.util.Optional<DataType> element = CollatedArrays.collatedElement(arguments);
    if (element.isPresent() && (function.equals("array_contains") || function.equals("array_position"))
        && arguments.size() == 2 && Collations.isString(arguments.get(1).dataType())
        && !Collations.of(arguments.get(1).dataType()).equals(Collations.of(element.get()))) {
      // the value searched for takes the elements' collation
      List<BoundExpression> coerced = List.of(arguments.get(0), new BoundCast(arguments.get(1), element.get(), false));
      return new Coerced(coerced, names, null);
    }
    if (arguments.stream().noneMatch(a -> collated(a.dataType()))) {
      return new Coerced(arguments, names, null);
    }
    if (!COERCED.containsKey(function)) {
      // a function of one string keeps its type
      return new Coerced(arguments, names, arguments.stream().map(BoundExpression::dataType)
          .filter(Collations::isString).findFirst().orElse(null));
    }
    int[] positions = COERCED.get(function);
    List<Integer> indexes = positions.length == 0 ? IntStream.range(0, arguments.size()).boxed().toList()
        : IntStream.of(positions).filter(i -> i < arguments.size()).boxed().toList();
    if (function.equals("elt")) {
      indexes = IntStream.range(1, arguments.size()).boxed().toList();
    }
    if (function.equals("when")) {
      indexes = IntStream.range(0, arguments.size()).filter(i -> i % 2 == 1 || i == arguments.size() - 1).boxed()
          .toList();
    }
    List<BoundExpression> strings = indexes.stream().map(arguments::get)
        .filter(a -> Collations.isString(a.dataType())).toList();
    if (strings.isEmpty()) {
      return new Coerced(arguments, names, null);
    }
    DataType output = outputType(strings);
    List<BoundExpression> coerced = new ArrayList<>(arguments);
    List<String> renamed = new ArrayList<>(names);
    for (int i : indexes) {
      BoundExpression argument = arguments.get(i);
      if (!Collations.isString(argument.dataType())
          || Collations.of(argument.dataType()).equals(Collations.of(output))) {
        continue;
      }
      coerced.set(i, new BoundCast(argument, output, false));
      if (argument instanceof Literal literal && output instanceof CollatedStringType collated
          && !function.equals("btrim")) {
        renamed.set(i, LiteralNames.sql(literal) + " collate " + collated.collation());
      }
    }
    // the result has the type of its first string argument (a trim's: of the string trimmed, its last argument)
    List<Integer> order = new ArrayList<>(indexes);
    if (TRIMS.contains(function)) {
      java.util.Collections.reverse(order);
    }
    DataType result = order.stream().map(coerced::get).map(BoundExpression::dataType).filter(Collations::isString)
        .findFirst().orElse(output);
    return new Coerced(coerced, renamed, output, result);
  }

  private static final Set<String> TRIMS = Set.of("trim", "ltrim", "rtrim");

  static boolean collated(DataType type) {
    return type instanceof CollatedStringType;
  }

  /** The type the strings are brought to: the first of the strongest collation. */
  static DataType outputType(List<BoundExpression> strings) {
    Set<String> explicit = new LinkedHashSet<>();
    DataType explicitType = null;
    Set<String> implicit = new LinkedHashSet<>();
    DataType implicitType = null;
    for (BoundExpression string : strings) {
      Strength strength = strength(string);
      String collation = Collations.of(string.dataType());
      if (strength == Strength.EXPLICIT) {
        explicit.add(collation);
        explicitType = explicitType == null ? string.dataType() : explicitType;
      } else if (strength == Strength.IMPLICIT) {
        implicit.add(collation);
        implicitType = implicitType == null ? string.dataType() : implicitType;
      }
    }
    if (explicit.size() > 1) {
      String types = explicit.stream().map(c -> "\"STRING COLLATE " + c + "\"").collect(Collectors.joining(", "));
      throw new EmberException(ErrorKind.ANALYSIS, "COLLATION_MISMATCH.EXPLICIT", "42P21",
          "Could not determine which collation to use for string functions and operators. Error occurred due to the"
              + " mismatch between explicit collations: [" + types + "]. Decide on a single explicit collation and"
              + " remove others.", Map.of("explicitTypes", types));
    }
    if (explicitType != null) {
      return explicitType;
    }
    if (implicit.size() > 1 || implicit.contains(CollatedStringType.INDETERMINATE)) {
      return new CollatedStringType(CollatedStringType.INDETERMINATE);
    }
    if (implicitType != null) {
      return implicitType;
    }
    return strings.stream().map(BoundExpression::dataType).filter(CollationCoercion::collated).findFirst()
        .orElse(AtomicType.STRING);
  }

  /** How strongly an expression holds its collation (Spark's collation context strength). */
  static Strength strength(BoundExpression expression) {
    if (expression instanceof Call call && call.function().equals(CollateFunction.CALL)) {
      return Strength.EXPLICIT;
    }
    if (expression instanceof Literal) {
      return Strength.DEFAULT;
    }
    if (expression instanceof BoundCast cast) {
      return Collations.isString(cast.child().dataType()) ? strength(cast.child()) : Strength.DEFAULT;
    }
    if (expression instanceof Call call) {
      String collation = Collations.of(call.dataType());
      Strength strongest = Strength.DEFAULT;
      for (BoundExpression argument : call.arguments()) {
        if (collation != null && collation.equals(Collations.of(argument.dataType()))) {
          Strength strength = strength(argument);
          strongest = strength.ordinal() > strongest.ordinal() ? strength : strongest;
        }
      }
      return strongest;
    }
    return Strength.IMPLICIT;
  }

  /** INDETERMINATE_COLLATION_IN_EXPRESSION for a function that compares strings of the indeterminate collation. */
  static void requireDeterminate(String function, String name, DataType type) {
    if (type instanceof CollatedStringType collated && collated.indeterminate() && compares(function)) {
      throw new EmberException(ErrorKind.ANALYSIS, "INDETERMINATE_COLLATION_IN_EXPRESSION", "42P22",
          "Data type of " + "\"" + name + "\"" + " has indeterminate collation. Use COLLATE clause to set the"
              + " collation explicitly.", Map.of("expr", "\"" + name + "\""));
    }
  }
}
