package dev.ember.analyzer;

import dev.ember.plan.command.SqlFunction;
import dev.ember.plan.logical.LocalRelation;
import dev.ember.plan.types.DataType;
import dev.ember.plan.types.StructType;
import java.util.List;

/** A new SQL function's body checked when it is created, as Spark analyzes it then (errors name the body's text). */
final class SqlFunctionBodies {
  private SqlFunctionBodies() {
  }

  static void validate(Analyzer analyzer, SqlFunction function) {
    if (function.expression().isPresent()) {
      resultType(analyzer, function);
      return;
    }
    SqlFunctionCalls calls = analyzer.sqlFunctionCalls();
    List<BoundColumn> nulls = SqlFunctionCalls.nulls(function);
    Scope body = calls.withParameters(function, nulls, () -> analyzer.resolve(function.query().orElseThrow()));
    SqlTableFunctions.requireDeclaredColumns(function, body.visible().output().size());
  }

  /** The type of a scalar function's body, resolved with its parameters (NULLs of their types). */
  static DataType resultType(Analyzer analyzer, SqlFunction function) {
    return analyzer.sqlFunctionCalls().withParameters(function, SqlFunctionCalls.nulls(function),
        () -> analyzer.expressions(
            analyzer.resolve(new LocalRelation(new StructType(List.of()), List.of(List.of()))), false)
            .resolveTopLevel(function.expression().orElseThrow())).expression().dataType();
  }
}
