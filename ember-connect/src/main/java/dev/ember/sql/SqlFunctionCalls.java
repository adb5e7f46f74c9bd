package dev.ember.sql;

import dev.ember.plan.expressions.AggregateFilters;
import dev.ember.plan.expressions.Expression;
import dev.ember.plan.expressions.UnresolvedAttribute;
import dev.ember.plan.expressions.UnresolvedFunction;
import dev.ember.plan.expressions.WithinGroup;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import org.antlr.v4.runtime.ParserRuleContext;
import org.apache.spark.sql.catalyst.parser.SqlBaseParser;

/**
 * {@code name([DISTINCT] arguments) [WITHIN GROUP (ORDER BY ...)] [FILTER (WHERE ...)] [OVER ...]}: the function as
 * the DataFrame API calls it by name; WITHIN GROUP is resolved by the analyzer ({@link WithinGroup}).
 */
final class SqlFunctionCalls {
  private SqlFunctionCalls() {
  }

  /** A function's name as written: a qualified name, or IDENTIFIER(...). */
  static List<String> nameParts(ExpressionBuilder builder, SqlBaseParser.FunctionNameContext name) {
    if (name.expression() != null) {
      return SqlIdentifierClause.nameParts(builder, name.expression());
    }
    if (name.qualifiedName() != null) {
      return name.qualifiedName().identifier().stream().map(ParserRuleContext::getText).toList();
    }
    throw ExpressionBuilder.unsupported(builder.source(name));
  }

  static Expression call(ExpressionBuilder builder, SqlBaseParser.FunctionCallContext call) {
    SqlBaseParser.FunctionNameContext name = call.functionName();
    if (name.identFunc != null && call.functionArgument().size() == 1 && call.setQuantifier() == null
        && call.windowSpec() == null && call.functionArgument(0).expression() != null) {
      // IDENTIFIER('c'): a column named by a constant string
      return new UnresolvedAttribute(SqlIdentifierClause.nameParts(builder, call.functionArgument(0).expression()),
          OptionalLong.empty());
    }
    List<String> parts = nameParts(builder, name);
    String function = dev.ember.plan.expressions.FunctionCallNames.of(parts).toLowerCase(Locale.ROOT);
    if (parts.size() == 1 && SqlDatetimeUnits.FUNCTIONS.contains(function)) {
      // Spark registers no such function: only the grammar's TIMESTAMPADD(unit, ...) forms call it
      throw dev.ember.plan.errors.SparkErrors.unresolvedRoutine("`" + parts.get(0) + "`",
          dev.ember.plan.errors.SparkErrors.SEARCH_PATH);
    }
    List<Expression> arguments = new ArrayList<>();
    for (SqlBaseParser.FunctionArgumentContext argument : call.functionArgument()) {
      arguments.add(SqlNamedArguments.argument(builder, argument));
    }
    boolean distinct = call.setQuantifier() != null && call.setQuantifier().DISTINCT() != null;
    SqlSchemaArguments.parse(builder, function, arguments);
    if (call.nullsOption != null && call.nullsOption.getType() == SqlBaseParser.IGNORE) {
      arguments = SqlIgnoreNulls.arguments(function, arguments);
    }
    UnresolvedFunction called = new UnresolvedFunction(function, arguments, distinct);
    UnresolvedFunction ordered = call.WITHIN() == null ? called
        : WithinGroup.of(called, call.sortItem().stream().map(item -> SqlWindows.sortOrder(builder, item)).toList());
    Expression filtered = call.FILTER() == null ? ordered
        : AggregateFilters.of(ordered, builder.condition(call.where));
    return call.windowSpec() == null ? filtered : SqlWindows.over(builder, filtered, call.windowSpec());
  }
}
