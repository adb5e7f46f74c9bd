package dev.ember.analyzer;

import dev.ember.plan.command.SqlFunction;
import dev.ember.plan.logical.LocalRelation;
import dev.ember.plan.types.StructType;
import java.util.List;

/** A new SQL function's body checked when it is created, as Spark analyzes it then (errors name the body's text). */
final class SqlFunctionBodies {
  private SqlFunctionBodies() {
  }

  static void validate(Analyzer analyzer, SqlFunction function) {
    SqlFunctionCalls calls = analyzer.sqlFunctionCalls();
    List<BoundColumn> nulls = SqlFunctionCalls.nulls(function);
    if (function.expression().isPresent()) {
      calls.withParameters(function, nulls, () -> analyzer.expressions(
          analyzer.resolve(new LocalRelation(new StructType(List.of()), List.of(List.of()))), false)
          .resolveTopLevel(function.expression().get()));
      return;
    }
    Scope body = calls.withParameters(function, nulls, () -> analyzer.resolve(function.query().orElseThrow()));
    SqlTableFunctions.requireDeclaredColumns(function, body.visible().output().size());
  }
}
