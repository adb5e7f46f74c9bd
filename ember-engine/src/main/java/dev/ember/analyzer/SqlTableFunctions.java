package dev.ember.analyzer;

import dev.ember.plan.command.SqlFunction;
import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import dev.ember.plan.logical.UnresolvedTableFunction;
import dev.ember.plan.resolved.Attribute;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.ColumnReference;
import dev.ember.plan.resolved.NamedExpression;
import dev.ember.plan.resolved.Projection;
import dev.ember.plan.types.StructField;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * {@code FROM f(arguments)} of a SQL table function: its query resolved with the parameters bound to the arguments,
 * its columns cast to the declared types and named as the RETURNS TABLE clause names them. A name that is no table
 * function is UNRESOLVABLE_TABLE_VALUED_FUNCTION, a scalar SQL function NOT_A_TABLE_FUNCTION.
 */
final class SqlTableFunctions {
  private SqlTableFunctions() {
  }

  static Scope resolve(Analyzer analyzer, UnresolvedTableFunction call) {
    SqlFunction function = analyzer.sqlFunction(call.name()).orElseThrow(() -> unresolvable(call.name()));
    if (!function.isTable()) {
      throw new EmberException(ErrorKind.ANALYSIS, "NOT_A_TABLE_FUNCTION", "42887", function.quotedName()
          + " appears as a table function here, but the function was defined as a scalar function. Please update "
          + "the query to move the function call outside the FROM clause, or redefine " + function.quotedName()
          + " as a table function instead.", Map.of("functionName", function.quotedName()));
    }
    SqlFunctionCalls calls = analyzer.sqlFunctionCalls();
    ExpressionResolver arguments = analyzer.expressions(
        SqlFunctionCalls.oneRow(analyzer), false);
    List<BoundColumn> bound = calls.arguments(arguments, function, call.arguments());
    Scope body = calls.withParameters(function, bound, () -> analyzer.resolve(function.query().orElseThrow()))
        .visible();
    List<Attribute> output = body.output();
    requireDeclaredColumns(function, output.size());
    if (function.returnColumns().isEmpty()) {
      return ColumnEditing.alias(body, function.name());
    }
    List<NamedExpression> columns = new ArrayList<>();
    for (int index = 0; index < output.size(); index++) {
      StructField declared = function.returnColumns().get().fields().get(index);
      BoundExpression value = new ColumnReference(output.get(index));
      if (!value.dataType().equals(declared.dataType())) {
        value = TypeCoercion.castTo(value, declared.dataType());
      }
      columns.add(new NamedExpression(value, analyzer.newAttribute(declared.name(), value.dataType(),
          value.nullable())));
    }
    // a table function's columns are qualified by its name, as a table's by its own
    return ColumnEditing.alias(Scope.of(new Projection(body.plan(), columns)), function.name());
  }

  static void requireDeclaredColumns(SqlFunction function, int produced) {
    if (function.returnColumns().isPresent() && function.returnColumns().get().fields().size() != produced) {
      int declared = function.returnColumns().get().fields().size();
      throw new EmberException(ErrorKind.ANALYSIS, "USER_DEFINED_FUNCTIONS.RETURN_COLUMN_COUNT_MISMATCH", "42601",
          "User defined function is invalid: The number of columns produced by the RETURN clause (num: `" + produced
              + "`) does not match the number of column names specified by the RETURNS clause (num: `" + declared
              + "`) of " + function.displayName() + ".",
          Map.of("name", function.displayName(), "outputSize", Integer.toString(produced),
              "returnParamSize", Integer.toString(declared)));
    }
  }

  static EmberException unresolvable(String name) {
    return new EmberException(ErrorKind.ANALYSIS, "UNRESOLVABLE_TABLE_VALUED_FUNCTION", "42883",
        "Could not resolve " + FunctionNames.quoted(name) + " to a table-valued function. Please make sure that "
            + FunctionNames.quoted(name) + " is defined as a table-valued function and that all required parameters "
            + "are provided correctly. If " + FunctionNames.quoted(name) + " is not defined, please create the "
            + "table-valued function before using it. For more information about defining table-valued functions, "
            + "please refer to the Apache Spark documentation.",
        Map.of("name", FunctionNames.quoted(name)));
  }
}
