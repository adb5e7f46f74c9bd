package dev.ember.analyzer;

import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import dev.ember.plan.errors.SparkErrors;
import dev.ember.plan.expressions.Expression;
import dev.ember.plan.expressions.Literal;
import dev.ember.plan.expressions.NamedArguments;
import dev.ember.plan.expressions.UnresolvedFunction;
import dev.ember.plan.types.AtomicType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Named function arguments ({@code mask(str, lowerChar => 'q')}), placed as Spark's NamedParametersSupport places
 * them: positional arguments first, then each named one in its parameter's place, a missing optional parameter taking
 * its default; only the functions with a parameter signature in Spark take names. Spark's errors: a positional
 * argument after a named one, an unknown name, a parameter named twice or named and positional, a required parameter
 * missing, and named arguments for a function without a signature.
 */
final class NamedArgumentCalls {
  /** A parameter, with its default when it is optional. */
  private record Parameter(String name, Optional<Expression> defaultValue) {
    static Parameter required(String name) {
      return new Parameter(name, Optional.empty());
    }

    static Parameter optional(String name, Expression defaultValue) {
      return new Parameter(name, Optional.of(defaultValue));
    }
  }

  private static final List<Parameter> COLLECTION = List.of(Parameter.required("collection"));
  private static final List<Parameter> INPUT = List.of(Parameter.required("input"));

  /** Spark's functions with a signature (FunctionSignature of their ExpressionBuilder). */
  private static final Map<String, List<Parameter>> SIGNATURES = Map.of(
      "mask", List.of(Parameter.required("str"), Parameter.optional("upperChar", Literal.of("X")),
          Parameter.optional("lowerChar", Literal.of("x")), Parameter.optional("digitChar", Literal.of("n")),
          Parameter.optional("otherChar", new Literal(null, AtomicType.STRING))),
      "count_min_sketch", List.of(Parameter.required("column"), Parameter.required("epsilon"),
          Parameter.required("confidence"), Parameter.required("seed")),
      "explode", COLLECTION, "explode_outer", COLLECTION, "posexplode", COLLECTION, "posexplode_outer", COLLECTION,
      "inline", INPUT, "inline_outer", INPUT, "variant_explode", INPUT, "variant_explode_outer", INPUT);
  /** The Tuple sketch functions with a signature, by the name without its summary suffix. */
  private static final Map<String, List<Parameter>> TUPLE_SKETCH_SIGNATURES = Map.of(
      "tuple_sketch_agg", tupleSketchSignature("key", "summary"),
      "tuple_union_agg", tupleSketchSignature("child"),
      "tuple_union", tupleSketchSignature("first", "second"),
      "tuple_union_theta", tupleSketchSignature("first", "second"));

  private NamedArgumentCalls() {
  }

  /** The call with its arguments in its parameters' order; a call without named arguments as it is. */
  static UnresolvedFunction positional(UnresolvedFunction function) {
    List<Expression> arguments = function.arguments();
    if (arguments.stream().noneMatch(argument -> NamedArguments.named(argument).isPresent())) {
      return function;
    }
    String name = function.name().toLowerCase(Locale.ROOT);
    if (FunctionRegistry.lookup(name).isEmpty()) {
      throw SparkErrors.unresolvedRoutine("`" + name + "`", SparkErrors.SEARCH_PATH);
    }
    List<Parameter> parameters = SIGNATURES.containsKey(name) ? SIGNATURES.get(name)
        : TUPLE_SKETCH_SIGNATURES.get(name.replaceFirst("_(double|integer)$", ""));
    if (parameters == null) {
      throw error("NAMED_PARAMETERS_NOT_SUPPORTED", "Named parameters are not supported for function `" + name
          + "`; please retry the query with positional arguments to the function call instead.",
          Map.of("functionName", "`" + name + "`"));
    }
    int positionalCount = 0;
    while (NamedArguments.named(arguments.get(positionalCount)).isEmpty()) {
      positionalCount++;
    }
    Set<String> parameterNames = parameters.stream().map(Parameter::name).collect(Collectors.toSet());
    Set<String> positionalNames = parameters.stream().limit(positionalCount).map(Parameter::name)
        .collect(Collectors.toSet());
    Set<String> namedOnce = new HashSet<>();
    Map<String, Expression> named = new java.util.HashMap<>();
    String precedingName = null;
    for (Expression argument : arguments.subList(positionalCount, arguments.size())) {
      Optional<NamedArguments.Named> namedArgument = NamedArguments.named(argument);
      if (namedArgument.isEmpty()) {
        throw error("UNEXPECTED_POSITIONAL_ARGUMENT", "Cannot invoke routine `" + name + "` because it contains "
            + "positional argument(s) following the named argument assigned to `" + precedingName + "`; please "
            + "rearrange them so the positional arguments come first and then retry the query again.",
            Map.of("routineName", "`" + name + "`", "parameterName", "`" + precedingName + "`"));
      }
      String parameter = namedArgument.get().parameter();
      precedingName = parameter;
      if (!parameterNames.contains(parameter)) {
        throw error("UNRECOGNIZED_PARAMETER_NAME", "Cannot invoke routine `" + name + "` because the routine call "
            + "included a named argument reference for the argument named `" + parameter + "`, but this routine "
            + "does not include any signature containing an argument with this name.",
            Map.of("routineName", "`" + name + "`", "argumentName", "`" + parameter + "`", "proposal",
                parameters.stream().map(each -> "`" + each.name() + "`").collect(Collectors.joining(" "))));
      }
      if (positionalNames.contains(parameter)) {
        throw duplicate("BOTH_POSITIONAL_AND_NAMED", name, parameter, "A positional argument and named argument "
            + "both referred to the same parameter. Please remove the named argument referring to this parameter.");
      }
      if (!namedOnce.add(parameter)) {
        throw duplicate("DOUBLE_NAMED_ARGUMENT_REFERENCE", name, parameter, "More than one named argument referred "
            + "to the same parameter. Please assign a value only once.");
      }
      named.put(parameter, namedArgument.get().value());
    }
    if (arguments.size() > parameters.size()) {
      throw SparkErrors.wrongNumArgs("`" + name + "`", Integer.toString(parameters.size()), arguments.size());
    }
    List<Expression> placed = new ArrayList<>(arguments.subList(0, positionalCount));
    for (int index = positionalCount; index < parameters.size(); index++) {
      Parameter parameter = parameters.get(index);
      Expression value = named.get(parameter.name());
      if (value == null) {
        int position = index - positionalCount;
        value = parameter.defaultValue().orElseThrow(() -> error("REQUIRED_PARAMETER_NOT_FOUND", "Cannot invoke "
                + "routine `" + name + "` because the parameter named `" + parameter.name() + "` is required, but "
                + "the routine call did not supply a value. Please update the routine call to supply an argument "
                + "value (either positionally at index " + position + " or by name) and retry the query again.",
            Map.of("routineName", "`" + name + "`", "parameterName", "`" + parameter.name() + "`", "index",
                Integer.toString(position))));
      }
      placed.add(value);
    }
    return new UnresolvedFunction(function.name(), placed, function.distinct());
  }

  /** The required parameters, then Spark's lgNomEntries (12) and mode ('sum'). */
  private static List<Parameter> tupleSketchSignature(String... required) {
    List<Parameter> parameters = new ArrayList<>();
    for (String name : required) {
      parameters.add(Parameter.required(name));
    }
    parameters.add(Parameter.optional("lgNomEntries", Literal.of(12)));
    parameters.add(Parameter.optional("mode", Literal.of("sum")));
    return parameters;
  }

  private static EmberException duplicate(String subclass, String routine, String parameter, String detail) {
    return error("DUPLICATE_ROUTINE_PARAMETER_ASSIGNMENT." + subclass, "Call to routine `" + routine + "` is invalid "
        + "because it includes multiple argument assignments to the same parameter name `" + parameter + "`. "
        + detail, Map.of("routineName", "`" + routine + "`", "parameterName", "`" + parameter + "`"));
  }

  private static EmberException error(String errorClass, String message, Map<String, String> parameters) {
    return new EmberException(ErrorKind.ANALYSIS, errorClass, "4274K", message, parameters);
  }
}
