package dev.ember.analyzer;

import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import dev.ember.plan.errors.SparkErrors;
import dev.ember.plan.expressions.Cast;
import dev.ember.plan.expressions.Expression;
import dev.ember.plan.expressions.Literal;
import dev.ember.plan.expressions.SortOrder;
import dev.ember.plan.expressions.UnresolvedFunction;
import dev.ember.plan.expressions.WindowExpression;
import dev.ember.plan.expressions.WithinGroup;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.CollatedStringType;
import dev.ember.plan.types.Collations;
import dev.ember.plan.types.DataType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * {@code function(...) WITHIN GROUP (ORDER BY ...)}, Spark's SupportsOrderingWithinGroup: the call becomes the
 * ordered aggregate it stands for, one of {@link WithinGroupFunctions}' ({@code percentile_cont},
 * {@code percentile_disc}, {@code mode} and {@code listagg}/{@code string_agg}), with Spark's errors for a function
 * that takes no ordering, DISTINCT where it is not allowed, the wrong number of sort keys, a DISTINCT listagg ordered
 * by something else than its value, and a window with an order or a frame for the functions that need the ordering.
 */
final class WithinGroupAggregates {
  private WithinGroupAggregates() {
  }

  /** The ordered aggregate of a WITHIN GROUP call, checked with its value's type as Spark checks it. */
  static BoundColumn resolve(ExpressionResolver resolver, ExpressionResolver rowResolver, WithinGroup.Parts parts) {
    UnresolvedFunction rewritten = rewrite(parts, resolver.legacyPercentileDisc());
    UnresolvedFunction function = parts.function();
    if (function.distinct() && rewritten.name().equals(WithinGroupFunctions.LISTAGG)) {
      checkDistinctOrdering(rowResolver, function, parts.ordering());
    }
    return resolver.resolve(rewritten);
  }

  /** The call a WITHIN GROUP call stands for; any other expression as it is. */
  static Expression rewritten(Expression expression, boolean legacyDiscrete) {
    return WithinGroup.parts(expression).<Expression>map(parts -> rewrite(parts, legacyDiscrete)).orElse(expression);
  }

  /** A window over a WITHIN GROUP call: over the call it stands for, checked as Spark's CheckAnalysis does. */
  static WindowExpression overWindow(WindowExpression window, ExpressionResolver resolver) {
    boolean legacyDiscrete = resolver.legacyPercentileDisc();
    boolean orderedOrFramed = !window.orderBy().isEmpty() || window.frame().isPresent();
    Optional<WithinGroup.Parts> parts = WithinGroup.parts(window.function());
    if (parts.isEmpty()) {
      if (orderedOrFramed && window.function() instanceof UnresolvedFunction function
          && function.name().equalsIgnoreCase("median")) {
        throw invalidWindow("median(" + names(resolver, function.arguments()) + ")");
      }
      return window;
    }
    UnresolvedFunction rewritten = rewrite(parts.get(), legacyDiscrete);
    if (!rewritten.name().equals(WithinGroupFunctions.MODE_DESCENDING) && !rewritten.name().equals("mode")
        && orderedOrFramed) {
      throw invalidWindow(windowedName(resolver, parts.get(), rewritten));
    }
    return new WindowExpression(rewritten, window.partitionBy(), window.orderBy(), window.frame());
  }

  private static EmberException invalidWindow(String aggregate) {
    return new EmberException(ErrorKind.ANALYSIS, "INVALID_WINDOW_SPEC_FOR_AGGREGATION_FUNC", "42601",
        "Cannot specify ORDER BY or a window frame for \"" + aggregate + "\".",
        Map.of("aggFunc", "\"" + aggregate + "\""));
  }

  /** The ordered aggregate as Spark writes it in that error: its arguments, the ordering's after a listagg's. */
  private static String windowedName(ExpressionResolver resolver, WithinGroup.Parts parts,
      UnresolvedFunction rewritten) {
    String name = parts.function().name().toLowerCase(Locale.ROOT);
    if (rewritten.name().equals(WithinGroupFunctions.LISTAGG)) {
      List<Expression> arguments = parts.function().arguments();
      String delimiter = arguments.size() > 1 ? resolver.resolve(arguments.get(1)).name() : "NULL";
      String keys = parts.ordering().stream().map(order -> resolver.resolve(order.child()).name() + " "
          + WithinGroupFunctions.direction(order.ascending(), order.nullsFirst())).collect(Collectors.joining(", "));
      return "listagg(" + resolver.resolve(arguments.get(0)).name() + ", " + delimiter + ", " + keys + ")";
    }
    return name + "(" + names(resolver, rewritten.arguments().subList(0, 2)) + ")";
  }

  private static String names(ExpressionResolver resolver, List<Expression> arguments) {
    return arguments.stream().map(argument -> resolver.resolve(argument).name()).collect(Collectors.joining(", "));
  }

  private static UnresolvedFunction rewrite(WithinGroup.Parts parts, boolean legacyDiscrete) {
    UnresolvedFunction function = parts.function();
    String name = function.name().toLowerCase(Locale.ROOT);
    FunctionDefinition definition = FunctionRegistry.lookup(name)
        .orElseThrow(() -> SparkErrors.unresolvedRoutine("`" + name + "`", SparkErrors.SEARCH_PATH));
    List<SortOrder> ordering = parts.ordering();
    List<Expression> arguments = function.arguments();
    return switch (definition.name()) {
      case "percentile_cont", "percentile_disc" -> {
        requireArguments(name, arguments, 1, 1, "1");
        requireNotDistinct(name, function);
        requireOrderings(name, ordering, 1);
        String internal = name.equals("percentile_cont") ? WithinGroupFunctions.PERCENTILE_CONT
            : legacyDiscrete ? WithinGroupFunctions.PERCENTILE_DISC_LEGACY : WithinGroupFunctions.PERCENTILE_DISC;
        yield new UnresolvedFunction(internal, List.of(ordering.get(0).child(), arguments.get(0),
            Literal.of(!ordering.get(0).ascending())), false);
      }
      case "mode" -> {
        requireNotDistinct(name, function);
        requireOrderings(name, ordering, arguments.isEmpty() ? 1 : 0);
        Expression value = ordering.get(0).child();
        // ascending keeps the smallest of the most frequent values: Spark's deterministic mode
        yield ordering.get(0).ascending() ? new UnresolvedFunction("mode", List.of(value, Literal.of(true)), false)
            : new UnresolvedFunction(WithinGroupFunctions.MODE_DESCENDING, List.of(value), false);
      }
      case "listagg", "string_agg" -> {
        requireArguments(name, arguments, 1, 2, "[1, 2]");
        List<Expression> all = new ArrayList<>(arguments);
        if (all.size() == 1) {
          all.add(new Literal(null, AtomicType.NULL));
        }
        for (SortOrder order : ordering) {
          all.add(order.child());
          all.add(Literal.of(WithinGroupFunctions.direction(order.ascending(), order.nullsFirst())));
        }
        yield new UnresolvedFunction(WithinGroupFunctions.LISTAGG, all, function.distinct());
      }
      default -> throw new EmberException(ErrorKind.ANALYSIS, "INVALID_SQL_SYNTAX.FUNCTION_WITH_UNSUPPORTED_SYNTAX",
          "42000", "Invalid SQL syntax: The function `" + name + "` does not support WITHIN GROUP (ORDER BY ...).",
          Map.of("prettyName", "`" + name + "`", "syntax", "WITHIN GROUP (ORDER BY ...)"));
    };
  }

  private static void requireArguments(String name, List<Expression> arguments, int min, int max, String expected) {
    if (arguments.size() < min || arguments.size() > max) {
      throw SparkErrors.wrongNumArgs("`" + name + "`", expected, arguments.size());
    }
  }

  private static void requireNotDistinct(String name, UnresolvedFunction function) {
    if (function.distinct()) {
      throw distinctUnsupported(name);
    }
  }

  /** Spark's error for DISTINCT on an inverse distribution function (mode, percentile_cont, percentile_disc). */
  static EmberException distinctUnsupported(String name) {
    return invalid("DISTINCT_UNSUPPORTED", "The function `" + name + "` does not support DISTINCT with WITHIN GROUP.",
        Map.of("funcName", "`" + name + "`"));
  }

  /** Spark's error for an inverse distribution function called without WITHIN GROUP. */
  static EmberException withinGroupMissing(String name) {
    return invalid("WITHIN_GROUP_MISSING", "WITHIN GROUP is required for inverse distribution function `" + name
        + "`.", Map.of("funcName", "`" + name + "`"));
  }

  private static void requireOrderings(String name, List<SortOrder> ordering, int expected) {
    if (ordering.size() != expected) {
      throw invalid("WRONG_NUM_ORDERINGS", "The function `" + name + "` requires " + expected
              + " orderings in WITHIN GROUP but got " + ordering.size() + ".",
          Map.of("funcName", "`" + name + "`", "expectedNum", Integer.toString(expected),
              "actualNum", Integer.toString(ordering.size())));
    }
  }

  /**
   * A DISTINCT listagg is ordered by its value alone (or by what its value casts to a string), and only when that
   * cast keeps the order and the distinct values apart, as Spark's ListAgg checks.
   */
  private static void checkDistinctOrdering(ExpressionResolver rowResolver, UnresolvedFunction function,
      List<SortOrder> ordering) {
    Expression value = function.arguments().get(0);
    Expression uncast = value instanceof Cast cast && (cast.targetType() == AtomicType.STRING
        || cast.targetType() == AtomicType.BINARY || cast.targetType() instanceof CollatedStringType)
        ? cast.child() : value;
    if (ordering.size() != 1 || !(ordering.get(0).child().equals(value) || ordering.get(0).child().equals(uncast))) {
      String orderingNames = ordering.stream().map(order -> "\"" + rowResolver.resolve(order.child()).name() + "\"")
          .collect(Collectors.joining(", "));
      String name = function.name().toLowerCase(Locale.ROOT);
      throw invalid("MISMATCH_WITH_DISTINCT_INPUT", "The function `" + name + "` is invoked with DISTINCT and "
              + "WITHIN GROUP but expressions \"" + rowResolver.resolve(value).name() + "\" and " + orderingNames
              + " do not match.",
          Map.of("funcName", "`" + name + "`", "funcArg", "\"" + rowResolver.resolve(value).name() + "\"",
              "orderingExpr", orderingNames));
    }
    DataType type = rowResolver.resolve(ordering.get(0).child()).expression().dataType();
    DataType castType = value instanceof Cast cast && uncast != value ? cast.targetType() : AtomicType.STRING;
    // a cast keeps the order and the distinct values only between byte-compared types (no collation but UTF8_BINARY)
    boolean collated = uncast != value && (Collations.nonBinary(castType) || Collations.nonBinary(type));
    if (collated || type == AtomicType.FLOAT || type == AtomicType.DOUBLE || type == AtomicType.TIMESTAMP) {
      String name = function.name().toLowerCase(Locale.ROOT);
      String target = SparkErrors.toSqlType(castType);
      throw invalid("MISMATCH_WITH_DISTINCT_INPUT_UNSAFE_CAST", "The function `" + name + "` with DISTINCT and "
              + "WITHIN GROUP (ORDER BY ...) cannot cast " + SparkErrors.toSqlType(type) + " to " + target
              + " keeping the order and the distinct values.",
          Map.of("funcName", "`" + name + "`", "inputType", SparkErrors.toSqlType(type), "castType", target));
    }
  }

  private static EmberException invalid(String subclass, String detail, Map<String, String> parameters) {
    return new EmberException(ErrorKind.ANALYSIS, "INVALID_WITHIN_GROUP_EXPRESSION." + subclass, "42K0K",
        "Invalid function with WITHIN GROUP. " + detail, parameters);
  }
}
