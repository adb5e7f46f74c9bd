package dev.ember.analyzer;

import dev.ember.plan.command.SqlFunction;
import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import dev.ember.plan.errors.SparkErrors;
import dev.ember.plan.expressions.Expression;
import dev.ember.plan.expressions.Literal;
import dev.ember.plan.expressions.UnresolvedFunction;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.types.DataType;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Supplier;

/**
 * Calls of SQL user-defined functions: the arguments (then the defaults of the parameters left out) are resolved
 * where the call is and cast to the parameters' types; the body is resolved on its own, seeing none of the caller's
 * columns, its parameters read by name after every column (and before session variables), as Spark's SQL function
 * resolution does; the result is cast to the declared type. A function reaching itself again is
 * CYCLIC_FUNCTION_REFERENCE.
 */
final class SqlFunctionCalls {
  private final Analyzer analyzer;
  /** The parameters of the functions being expanded, innermost first: a body sees only its own. */
  private final Deque<Map<String, BoundColumn>> parameters = new ArrayDeque<>();
  /** The names of the functions being expanded, innermost first. */
  private final Deque<String> expanding = new ArrayDeque<>();
  /** Whether each function being expanded is a table function, innermost first. */
  private final Deque<Boolean> tables = new ArrayDeque<>();
  /** The own names of the functions being expanded, lower-case, innermost first: they qualify their parameters. */
  private final Deque<String> ownNames = new ArrayDeque<>();

  SqlFunctionCalls(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  /** The parameters a body being resolved reads, by lower-case name (none outside a function's body). */
  Map<String, BoundColumn> currentParameters() {
    return parameters.isEmpty() ? Map.of() : parameters.peek();
  }

  /**
   * With spark.sql.legacy.allowUdfParameterToShadowParameterlessFunction, a parameter named as a function called
   * without arguments ({@code current_date}, {@code current_user}, {@code grouping__id}) in a scalar function's body
   * is read instead of that function.
   */
  java.util.Optional<BoundColumn> shadowingParameter(UnresolvedFunction call) {
    if (!call.arguments().isEmpty() || currentParameters().isEmpty() || tables.peek() || !analyzer.confValue(
        "spark.sql.legacy.allowUdfParameterToShadowParameterlessFunction").map(Boolean::parseBoolean).orElse(false)) {
      return java.util.Optional.empty();
    }
    String name = call.name().equalsIgnoreCase("grouping_id") ? "grouping__id" : call.name();
    return java.util.Optional.ofNullable(currentParameters().get(name.toLowerCase(Locale.ROOT)));
  }

  /** The parameter {@code f.p} names in the body of {@code f}, if any. */
  java.util.Optional<BoundColumn> qualifiedParameter(String function, String parameter) {
    if (ownNames.isEmpty() || !ownNames.peek().equals(function.toLowerCase(Locale.ROOT))) {
      return java.util.Optional.empty();
    }
    return java.util.Optional.ofNullable(currentParameters().get(parameter.toLowerCase(Locale.ROOT)));
  }

  /** Whether a SQL function's body is being resolved. */
  boolean inBody() {
    return !expanding.isEmpty();
  }

  /** {@code body} resolved as if outside every function's body: no parameter answers to a name. */
  <T> T hidingParameters(Supplier<T> body) {
    parameters.push(Map.of());
    ownNames.push("");
    try {
      return body.get();
    } finally {
      parameters.pop();
      ownNames.pop();
    }
  }

  BoundColumn resolve(ExpressionResolver caller, SqlFunction function, UnresolvedFunction call) {
    if (function.isTable()) {
      throw new EmberException(ErrorKind.ANALYSIS, "NOT_A_SCALAR_FUNCTION", "42887", function.quotedName()
          + " appears as a scalar expression here, but the function was defined as a table function. Please update "
          + "the query to move the function call into the FROM clause, or redefine " + function.quotedName()
          + " as a scalar function instead.", Map.of("functionName", function.quotedName()));
    }
    List<BoundColumn> arguments = arguments(caller, function, call.arguments());
    BoundColumn body = withParameters(function, arguments, () -> {
      ExpressionResolver resolver = analyzer.expressions(oneRow(), false);
      return resolver.resolveTopLevel(function.expression().orElseThrow());
    });
    BoundExpression value = function.returnType().isPresent()
        ? castTo(body.expression(), function.returnType().get()) : body.expression();
    return new BoundColumn(value, function.displayName() + "("
        + String.join(", ", arguments.subList(0, call.arguments().size()).stream().map(BoundColumn::name).toList())
        + ")");
  }

  /**
   * Resolves {@code body} with the function's parameters bound to {@code arguments} (one per parameter), seeing none
   * of the enclosing queries' columns.
   */
  <T> T withParameters(SqlFunction function, List<BoundColumn> arguments, Supplier<T> body) {
    String key = function.displayName().toLowerCase(Locale.ROOT);
    if (expanding.contains(key)) {
      List<String> path = new ArrayList<>(expanding);
      java.util.Collections.reverse(path);
      path.add(key);
      String text = String.join(" -> ", path.subList(path.indexOf(key), path.size()));
      throw new EmberException(ErrorKind.ANALYSIS, "CYCLIC_FUNCTION_REFERENCE", "42887",
          "Cyclic function reference detected: " + text + ".", Map.of("path", text));
    }
    Map<String, BoundColumn> bound = new HashMap<>();
    for (int index = 0; index < function.parameters().size(); index++) {
      SqlFunction.Parameter parameter = function.parameters().get(index);
      bound.put(parameter.name().toLowerCase(Locale.ROOT),
          new BoundColumn(arguments.get(index).expression(), parameter.name()));
    }
    parameters.push(bound);
    expanding.push(key);
    tables.push(function.isTable());
    ownNames.push(function.name().toLowerCase(Locale.ROOT));
    try {
      return analyzer.alongPath(function.frozenPath().map(dev.ember.catalog.SqlPath::parse),
          () -> analyzer.outerScopes().isolated(body));
    } finally {
      parameters.pop();
      expanding.pop();
      tables.pop();
      ownNames.pop();
    }
  }

  /** The call's arguments, then the defaults of the parameters it leaves out, each cast to its parameter's type. */
  List<BoundColumn> arguments(ExpressionResolver caller, SqlFunction function, List<Expression> written) {
    if (written.size() > function.parameters().size() || written.size() < function.requiredArguments()) {
      int required = function.requiredArguments();
      int all = function.parameters().size();
      throw SparkErrors.wrongNumArgs(function.quotedName(),
          required == all ? Integer.toString(all) : required + " - " + all, written.size());
    }
    List<BoundColumn> arguments = new ArrayList<>();
    for (int index = 0; index < function.parameters().size(); index++) {
      SqlFunction.Parameter parameter = function.parameters().get(index);
      BoundColumn argument = index < written.size() ? caller.resolve(written.get(index))
          : analyzer.outerScopes().isolated(() -> analyzer.expressions(oneRow(), false)
              .resolve(parameter.defaultValue().orElseThrow()));
      requireCastable(argument, parameter.type());
      arguments.add(new BoundColumn(castTo(argument.expression(), parameter.type()), argument.name()));
    }
    return arguments;
  }

  /** The parameters as typed NULLs: how a new function's body is checked when it is created. */
  static List<BoundColumn> nulls(SqlFunction function) {
    return function.parameters().stream()
        .map(parameter -> new BoundColumn(castTo(Literal.nullOf(parameter.type()), parameter.type()),
            parameter.name()))
        .toList();
  }

  private Scope oneRow() {
    return oneRow(analyzer);
  }

  /** The one empty row a SQL function's body and arguments are resolved over. */
  static Scope oneRow(Analyzer analyzer) {
    return analyzer.resolve(dev.ember.plan.logical.TableValuedFunctions.oneRow());
  }

  /** An argument or DEFAULT Spark can cast to its parameter's type: else CAST_WITHOUT_SUGGESTION naming it. */
  static void requireCastable(BoundColumn value, DataType type) {
    if (!value.expression().dataType().equals(type)) {
      CastChecks.check(value.name(), value.expression().dataType(), type);
    }
  }

  private static BoundExpression castTo(BoundExpression value, DataType type) {
    return value.dataType().equals(type) ? value : TypeCoercion.castTo(value, type);
  }
}
