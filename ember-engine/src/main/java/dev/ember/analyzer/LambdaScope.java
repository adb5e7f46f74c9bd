package dev.ember.analyzer;

import dev.ember.plan.errors.SparkErrors;
import dev.ember.plan.expressions.Expression;
import dev.ember.plan.expressions.LambdaFunction;
import dev.ember.plan.expressions.LambdaVariable;
import dev.ember.plan.expressions.UnresolvedAttribute;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.BoundLambda;
import dev.ember.plan.resolved.LambdaParameter;
import dev.ember.plan.types.DataType;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The lambda parameters visible where an expression resolves (nested lambdas see the outer ones),
 * and the resolver for the current level.
 */
final class LambdaScope {
  private static final AtomicLong IDS = new AtomicLong();

  private final ExpressionResolver resolver;
  private final Map<String, LambdaParameter> parameters;
  /** Every lambda parameter name bound so far in this expression (shared with nested scopes). */
  private final Set<String> boundNames;

  LambdaScope(ExpressionResolver resolver, Map<String, LambdaParameter> parameters, Set<String> boundNames) {
    this.resolver = resolver;
    this.parameters = Map.copyOf(parameters);
    this.boundNames = boundNames;
  }

  ExpressionResolver resolver() {
    return resolver;
  }

  /** How Spark writes a resolved lambda variable in names and messages. */
  static final String VARIABLE_NAME = "namedlambdavariable()";

  /** A lambda variable: the parameter, then any struct fields after it. */
  BoundColumn variable(LambdaVariable variable, NameMatcher names) {
    LambdaParameter parameter = parameters.get(variable.nameParts().get(0));
    if (parameter == null) {
      throw SparkErrors.internal("unknown lambda variable " + variable.name());
    }
    BoundExpression value = parameter;
    for (String field : variable.nameParts().subList(1, variable.nameParts().size())) {
      value = StructFields.access(value, field, names);
      if (value == null) {
        throw SparkErrors.internal("no field " + field + " in lambda variable " + variable.name());
      }
    }
    // Spark's resolved lambda variable writes itself as namedlambdavariable(), whatever its name
    List<String> fields = variable.nameParts().subList(1, variable.nameParts().size());
    return new BoundColumn(value, fields.isEmpty() ? VARIABLE_NAME : VARIABLE_NAME + "." + String.join(".", fields));
  }

  /** Binds {@code lambda} with its first parameters typed {@code types}; named {@code lambdafunction(body, x)}. */
  BoundColumn bind(LambdaFunction lambda, List<DataType> types, List<Boolean> nullable) {
    if (lambda.parameters().size() > types.size()) {
      throw SparkErrors.internal("too many lambda parameters: " + lambda.parameters());
    }
    Map<String, LambdaParameter> inner = new HashMap<>(parameters);
    List<LambdaParameter> bound = new ArrayList<>();
    // a lambda without parameters stands for an expression given where a lambda belongs: Spark's hidden parameters
    List<String> names = lambda.parameters().isEmpty()
        ? java.util.stream.IntStream.range(0, types.size()).mapToObj(i -> "hidden lambda parameter " + i).toList()
        : lambda.parameters();
    for (int i = 0; i < names.size(); i++) {
      LambdaParameter parameter = new LambdaParameter(names.get(i), IDS.incrementAndGet(), types.get(i),
          nullable.get(i));
      inner.put(parameter.name(), parameter);
      bound.add(parameter);
      boundNames.add(parameter.name());
    }
    BoundColumn body = resolver.withLambdas(inner, boundNames).resolve(lambda.body());
    return new BoundColumn(new BoundLambda(bound, body.expression()),
        "lambdafunction(" + body.name() + ", " + String.join(", ", java.util.Collections.nCopies(names.size(),
            VARIABLE_NAME)) + ")");
  }

  /** Spark's error messages show resolved lambda variables as {@code namedlambdavariable()}. */
  String errorText(String text) {
    String result = text;
    for (String name : boundNames) {
      result = result.replaceAll("\\b" + Pattern.quote(name) + "\\b", Matcher.quoteReplacement("namedlambdavariable()"));
    }
    return result;
  }

  /** The name an unresolved lambda argument would get (for errors raised before it binds). */
  static String unresolvedName(Expression argument) {
    if (argument instanceof LambdaFunction lambda) {
      return "lambdafunction(" + unresolvedName(lambda.body()) + ", " + String.join(", ", lambda.parameters()) + ")";
    }
    if (argument instanceof LambdaVariable variable) {
      return variable.name();
    }
    if (argument instanceof UnresolvedAttribute attribute) {
      return String.join(".", attribute.nameParts());
    }
    return "...";
  }
}
