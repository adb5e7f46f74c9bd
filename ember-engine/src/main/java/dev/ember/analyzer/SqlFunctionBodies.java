package dev.ember.analyzer;

import dev.ember.plan.command.SqlFunction;
import dev.ember.plan.types.DataType;
import java.util.List;

/** A new SQL function's body checked when it is created, as Spark analyzes it then (errors name the body's text). */
final class SqlFunctionBodies {
  private SqlFunctionBodies() {
  }

  static void validate(Analyzer analyzer, SqlFunction function) {
    validateDefaults(analyzer, function);
    if (function.expression().isPresent()) {
      resultType(analyzer, function);
      return;
    }
    SqlFunctionCalls calls = analyzer.sqlFunctionCalls();
    List<BoundColumn> nulls = SqlFunctionCalls.nulls(function);
    Scope body = calls.withParameters(function, nulls, () -> analyzer.resolve(function.query().orElseThrow()));
    SqlTableFunctions.requireDeclaredColumns(function, body.visible().output().size());
  }

  /**
   * Each DEFAULT resolved on its own (it sees no parameter) and castable to its parameter's type; a subquery in it is
   * NOT_A_VALID_DEFAULT_EXPRESSION.
   */
  private static void validateDefaults(Analyzer analyzer, SqlFunction function) {
    for (SqlFunction.Parameter parameter : function.parameters()) {
      if (parameter.defaultValue().isEmpty()) {
        continue;
      }
      if (containsSubquery(parameter.defaultValue().get())) {
        throw new dev.ember.plan.errors.EmberException(dev.ember.plan.errors.ErrorKind.ANALYSIS,
            "USER_DEFINED_FUNCTIONS.NOT_A_VALID_DEFAULT_EXPRESSION", "42601", "User defined function is invalid: "
                + "The DEFAULT expression of `" + function.name() + "`.`" + parameter.name()
                + "` is not supported because it contains a subquery.",
            java.util.Map.of("functionName", function.name(), "parameterName", parameter.name()));
      }
      BoundColumn value = analyzer.sqlFunctionCalls().hidingParameters(() -> analyzer.outerScopes().isolated(
          () -> analyzer.expressions(SqlFunctionCalls.oneRow(analyzer), false).resolve(parameter.defaultValue().get())));
      SqlFunctionCalls.requireCastable(value, parameter.type());
    }
  }

  private static boolean containsSubquery(dev.ember.plan.expressions.Expression expression) {
    if (expression instanceof dev.ember.plan.expressions.UnresolvedFunction call) {
      return call.arguments().stream().anyMatch(SqlFunctionBodies::containsSubquery);
    }
    if (expression instanceof dev.ember.plan.expressions.Alias alias) {
      return containsSubquery(alias.child());
    }
    if (expression instanceof dev.ember.plan.expressions.Cast cast) {
      return containsSubquery(cast.child());
    }
    return expression instanceof dev.ember.plan.expressions.SubqueryExpression;
  }


  /** The type of a scalar function's body, resolved with its parameters (NULLs of their types). */
  static DataType resultType(Analyzer analyzer, SqlFunction function) {
    return analyzer.sqlFunctionCalls().withParameters(function, SqlFunctionCalls.nulls(function),
        () -> analyzer.expressions(SqlFunctionCalls.oneRow(analyzer), false)
            .resolveTopLevel(function.expression().orElseThrow())).expression().dataType();
  }
}
