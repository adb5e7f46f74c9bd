package dev.ember.sql;

import dev.ember.plan.errors.EmberException;
import dev.ember.plan.expressions.Alias;
import dev.ember.plan.expressions.Cast;
import dev.ember.plan.expressions.Expression;
import dev.ember.plan.expressions.ExtractValue;
import dev.ember.plan.expressions.LambdaFunction;
import dev.ember.plan.expressions.LambdaVariable;
import dev.ember.plan.expressions.Literal;
import dev.ember.plan.expressions.MultiAlias;
import dev.ember.plan.expressions.SubqueryExpression;
import dev.ember.plan.expressions.UnresolvedAttribute;
import dev.ember.plan.expressions.UnresolvedFunction;
import dev.ember.plan.expressions.UnresolvedStar;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.OptionalLong;
import java.util.Set;
import java.util.function.Function;
import org.antlr.v4.runtime.ParserRuleContext;
import org.apache.spark.sql.catalyst.parser.SqlBaseParser;

/**
 * Builds Ember's unresolved expressions from Spark's parse tree, as Spark's AstBuilder does: the same function
 * names the Spark Connect client sends for the DataFrame operators ({@code +}, {@code ==}, {@code and},
 * {@code when}, ...), so that both front ends name and resolve an expression alike.
 */
final class ExpressionBuilder {
  private final Function<String, DataType> dataTypes;
  /** The parameters of the lambdas being built: their names are lambda variables, not columns. */
  private final Set<String> lambdaParameters = new java.util.HashSet<>();
  private final SqlParameters parameters;
  /** The ordinal of each {@code ?} marker of the text, by its token index. */
  private final java.util.Map<Integer, Integer> positionalMarkers;
  /** The WINDOW clause of the query being built. */
  private final SqlNamedWindows namedWindows = new SqlNamedWindows(this::origins);

  /** The session's parser confs. */
  private final SqlParserOptions options;

  /** Where the statement's nodes were written (nothing for expression strings). */
  private SqlOriginRecorder origins = SqlOriginRecorder.NONE;

  /** {@code spark.sql.timestampType=TIMESTAMP_NTZ}: TIMESTAMP (literals and types) means TIMESTAMP_NTZ. */
  private boolean timestampWithoutTimeZone;

  /** The statement's query builder, for subqueries (none in an expression string: Spark refuses them there). */
  private QueryBuilder queries;

  ExpressionBuilder(Function<String, DataType> dataTypes) {
    this(dataTypes, SqlParameters.NONE, java.util.Map.of(), SqlParserOptions.DEFAULT);
  }

  ExpressionBuilder(Function<String, DataType> dataTypes, SqlParameters parameters,
      java.util.Map<Integer, Integer> positionalMarkers, SqlParserOptions options) {
    this.dataTypes = dataTypes;
    this.parameters = parameters;
    this.positionalMarkers = positionalMarkers;
    this.options = options;
  }

  /** Records origins with {@code recorder} from now on; returns the one it replaces. */
  SqlOriginRecorder useOrigins(SqlOriginRecorder recorder) {
    SqlOriginRecorder previous = origins;
    origins = recorder;
    return previous;
  }

  /** Reads TIMESTAMP as TIMESTAMP_NTZ, the session's {@code spark.sql.timestampType}. */
  void useTimestampWithoutTimeZone(boolean withoutTimeZone) {
    this.timestampWithoutTimeZone = withoutTimeZone;
  }

  SqlOriginRecorder origins() {
    return origins;
  }

  /** Builds subqueries with the statement's query builder (its CTEs are in scope in them). */
  void useQueries(QueryBuilder builder) {
    this.queries = builder;
  }

  /** The plan of a subquery in an expression (a query of its own: its CTEs may clash with the outer ones). */
  dev.ember.plan.logical.LogicalPlan subquery(SqlBaseParser.QueryContext query) {
    if (queries == null) {
      throw unsupported("a subquery in an expression string");
    }
    return queries.startOfQuery(query);
  }

  SqlParserOptions options() {
    return options;
  }

  /** {@code expression [AS] alias} or {@code expression AS (a, b)}. */
  Expression named(SqlBaseParser.NamedExpressionContext named) {
    Expression expression = expression(named.expression());
    if (named.errorCapturingIdentifier() != null) {
      return new Alias(expression, named.errorCapturingIdentifier().identifier().getText());
    }
    if (named.identifierList() != null) {
      return new MultiAlias(expression, named.identifierList().identifierSeq().errorCapturingIdentifier().stream()
          .map(identifier -> identifier.identifier().getText()).toList());
    }
    return expression;
  }

  SqlNamedWindows namedWindows() {
    return namedWindows;
  }

  Expression expression(SqlBaseParser.ExpressionContext expression) {
    return bool(expression.booleanExpression());
  }

  /** A WHERE, HAVING or ON condition. */
  Expression condition(SqlBaseParser.BooleanExpressionContext context) {
    return bool(context);
  }

  private Expression bool(SqlBaseParser.BooleanExpressionContext context) {
    try {
      return origins.record(context, boolWithoutOrigin(context));
    } catch (EmberException e) {
      throw origins.attach(context, e);
    }
  }

  private Expression boolWithoutOrigin(SqlBaseParser.BooleanExpressionContext context) {
    if (context instanceof SqlBaseParser.LogicalNotContext not) {
      return call("not", bool(not.booleanExpression()));
    }
    if (context instanceof SqlBaseParser.LogicalBinaryContext binary) {
      String operator = binary.operator.getType() == SqlBaseParser.AND ? "and" : "or";
      return call(operator, bool(binary.booleanExpression(0)), bool(binary.booleanExpression(1)));
    }
    if (context instanceof SqlBaseParser.ExistsContext exists) {
      return new SubqueryExpression(subquery(exists.query()), SubqueryExpression.Kind.EXISTS, List.of());
    }
    if (context instanceof SqlBaseParser.PredicatedContext predicated) {
      if (predicated.predicate() != null && predicated.predicate().query() != null) {
        return SqlPredicates.inSubquery(this, predicated.valueExpression(), predicated.predicate());
      }
      Expression value = value(predicated.valueExpression());
      return predicated.predicate() == null ? value : SqlPredicates.apply(this, value, predicated.predicate());
    }
    throw unsupported(source(context));
  }

  Expression value(SqlBaseParser.ValueExpressionContext context) {
    try {
      return origins.record(context, valueWithoutOrigin(context));
    } catch (EmberException e) {
      throw origins.attach(context, e);
    }
  }

  private Expression valueWithoutOrigin(SqlBaseParser.ValueExpressionContext context) {
    if (context instanceof SqlBaseParser.ValueExpressionDefaultContext primary) {
      return primary(primary.primaryExpression());
    }
    if (context instanceof SqlBaseParser.ArithmeticUnaryContext unary) {
      Expression operand = value(unary.valueExpression());
      return switch (unary.operator.getType()) {
        case SqlBaseParser.MINUS -> call("-", operand);
        case SqlBaseParser.PLUS -> call("positive", operand);
        default -> call("~", operand);
      };
    }
    if (context instanceof SqlBaseParser.ArithmeticBinaryContext binary) {
      Expression left = value(binary.valueExpression(0));
      Expression right = value(binary.valueExpression(1));
      String function = switch (binary.operator.getType()) {
        case SqlBaseParser.ASTERISK -> "*";
        case SqlBaseParser.SLASH -> "/";
        case SqlBaseParser.PERCENT -> "%";
        case SqlBaseParser.DIV -> "div";
        case SqlBaseParser.PLUS -> "+";
        case SqlBaseParser.MINUS -> "-";
        case SqlBaseParser.CONCAT_PIPE -> "concat";
        case SqlBaseParser.AMPERSAND -> "&";
        case SqlBaseParser.HAT -> "^";
        default -> "|";
      };
      return call(function, left, right);
    }
    if (context instanceof SqlBaseParser.ShiftExpressionContext shift) {
      SqlBaseParser.ShiftOperatorContext operator = shift.shiftOperator();
      String function = operator.SHIFT_LEFT() != null ? "<<" : operator.SHIFT_RIGHT() != null ? ">>" : ">>>";
      return call(function, value(shift.left), value(shift.right));
    }
    if (context instanceof SqlBaseParser.ComparisonContext comparison) {
      Expression left = value(comparison.valueExpression(0));
      Expression right = value(comparison.valueExpression(1));
      SqlBaseParser.ComparisonOperatorContext operator = comparison.comparisonOperator();
      if (operator.NEQ() != null || operator.NEQJ() != null) {
        return call("not", call("==", left, right));
      }
      String function = operator.EQ() != null ? "==" : operator.LT() != null ? "<" : operator.LTE() != null ? "<="
          : operator.GT() != null ? ">" : operator.GTE() != null ? ">=" : "<=>";
      return call(function, left, right);
    }
    throw unsupported(source(context));
  }

  Expression primary(SqlBaseParser.PrimaryExpressionContext context) {
    try {
      return origins.record(context, primaryWithoutOrigin(context));
    } catch (EmberException e) {
      throw origins.attach(context, e);
    }
  }

  private Expression primaryWithoutOrigin(SqlBaseParser.PrimaryExpressionContext context) {
    if (context instanceof SqlBaseParser.ConstantDefaultContext constant) {
      return constant(constant.constant());
    }
    if (context instanceof SqlBaseParser.ColumnReferenceContext column) {
      String name = column.identifier().getText();
      if (name.equalsIgnoreCase("grouping__id")) {
        // Hive's virtual column: Spark's GroupingID of every key, named as written
        return new Alias(new UnresolvedFunction("grouping_id", List.of(), false), name);
      }
      if (options.quotedRegexColumnNames() && SqlColumnRegexes.applies(column)) {
        return SqlColumnRegexes.regex(column.getStart().getText(), List.of());
      }
      return lambdaParameters.contains(name) ? new LambdaVariable(List.of(name)) : UnresolvedAttribute.of(name);
    }
    if (context instanceof SqlBaseParser.DereferenceContext dereference) {
      Expression base = primary(dereference.primaryExpression());
      String field = dereference.identifier().getText();
      if (base instanceof UnresolvedAttribute attribute && options.quotedRegexColumnNames()
          && SqlColumnRegexes.applies(dereference, dereference.identifier())) {
        return SqlColumnRegexes.regex(dereference.identifier().getStart().getText(), attribute.nameParts());
      }
      if (base instanceof UnresolvedAttribute attribute && !namedByIdentifierClause(dereference.primaryExpression())) {
        List<String> parts = new ArrayList<>(attribute.nameParts());
        parts.add(field);
        return new UnresolvedAttribute(parts, OptionalLong.empty());
      }
      if (base instanceof LambdaVariable variable) {
        List<String> parts = new ArrayList<>(variable.nameParts());
        parts.add(field);
        return new LambdaVariable(parts);
      }
      return new ExtractValue(base, Literal.of(field));
    }
    if (context instanceof SqlBaseParser.ParenthesizedExpressionContext parenthesized) {
      return expression(parenthesized.expression());
    }
    if (context instanceof SqlBaseParser.StarContext star) {
      List<String> target = star.qualifiedName() == null ? List.of()
          : star.qualifiedName().identifier().stream().map(ParserRuleContext::getText).toList();
      List<List<String>> except = star.exceptClause() == null ? List.of()
          : star.exceptClause().exceptCols.multipartIdentifier().stream().map(name -> name.parts.stream()
              .map(part -> part.identifier().getText()).toList()).toList();
      return new UnresolvedStar(target, OptionalLong.empty(), except);
    }
    if (context instanceof SqlBaseParser.SubscriptContext subscript) {
      return new ExtractValue(primary(subscript.primaryExpression()), value(subscript.valueExpression()));
    }
    if (context instanceof SqlBaseParser.FunctionCallContext function) {
      return SqlFunctionCalls.call(this, function);
    }
    if (context instanceof SqlBaseParser.SemiStructuredExtractContext extract) {
      return SqlVariantPaths.extract(this, extract);
    }
    if (context instanceof SqlBaseParser.SearchedCaseContext searched) {
      List<Expression> arguments = new ArrayList<>();
      for (SqlBaseParser.WhenClauseContext when : searched.whenClause()) {
        arguments.add(expression(when.expression(0)));
        arguments.add(expression(when.expression(1)));
      }
      if (searched.expression() != null) {
        arguments.add(expression(searched.expression()));
      }
      return new UnresolvedFunction("when", arguments, false);
    }
    if (context instanceof SqlBaseParser.SimpleCaseContext simple) {
      Expression operand = expression(simple.expression(0));
      List<Expression> arguments = new ArrayList<>();
      for (SqlBaseParser.WhenClauseContext when : simple.whenClause()) {
        arguments.add(call("==", operand, expression(when.expression(0))));
        arguments.add(expression(when.expression(1)));
      }
      if (simple.expression().size() > 1) {
        arguments.add(expression(simple.expression(1)));
      }
      return new UnresolvedFunction("when", arguments, false);
    }
    if (context instanceof SqlBaseParser.CollateContext collate) {
      // Spark's Collate: the collation's name as written
      return call("collate", primary(collate.primaryExpression()),
          Literal.of(collate.collateClause().collationName.getText()));
    }
    if (context instanceof SqlBaseParser.CastContext cast) {
      return new Cast(expression(cast.expression()), dataType(cast.dataType()), cast.TRY_CAST() != null);
    }
    if (context instanceof SqlBaseParser.CastByColonContext cast) {
      return new Cast(primary(cast.primaryExpression()), dataType(cast.dataType()), false);
    }
    if (context instanceof SqlBaseParser.CurrentLikeContext current) {
      return new UnresolvedFunction(current.name.getText().toLowerCase(Locale.ROOT), List.of(), false);
    }
    if (context instanceof SqlBaseParser.StructContext struct) {
      return new UnresolvedFunction("struct", struct.namedExpression().stream().map(this::named).toList(), false);
    }
    if (context instanceof SqlBaseParser.RowConstructorContext row) {
      return dev.ember.plan.expressions.RowConstructors.of(row.namedExpression().stream().map(this::named).toList());
    }
    if (context instanceof SqlBaseParser.LambdaContext lambda) {
      List<String> parameters = lambda.identifier().stream().map(ParserRuleContext::getText).toList();
      Set<String> outer = Set.copyOf(lambdaParameters);
      lambdaParameters.addAll(parameters);
      try {
        return new LambdaFunction(expression(lambda.expression()), parameters);
      } finally {
        lambdaParameters.retainAll(outer);
        lambdaParameters.addAll(outer);
      }
    }
    return SqlSpecialForms.build(this, context);
  }

  /**
   * Whether a column is written {@code IDENTIFIER('name')}: Spark resolves it as a column on its own, so a field after
   * it ({@code IDENTIFIER('t').c1}) is a field of that column, never a qualified name.
   */
  private static boolean namedByIdentifierClause(SqlBaseParser.PrimaryExpressionContext base) {
    if (base instanceof SqlBaseParser.ColumnReferenceContext column) {
      return column.identifier().strictIdentifier() instanceof SqlBaseParser.IdentifierLiteralContext;
    }
    return base instanceof SqlBaseParser.FunctionCallContext call && call.functionName().identFunc != null;
  }

  SqlParameters parameters() {
    return parameters;
  }

  /** Adjacent string literals, a parameter marker among them standing for its argument's text. */
  String string(SqlBaseParser.StringLitContext strings) {
    return SqlLiterals.string(strings, parameters,
        marker -> positionalMarkers.getOrDefault(marker.getTokenIndex(), Integer.MAX_VALUE));
  }

  Expression constant(SqlBaseParser.ConstantContext constant) {
    if (constant instanceof SqlBaseParser.NullLiteralContext) {
      return Literal.nullOf(AtomicType.NULL);
    }
    if (constant instanceof SqlBaseParser.BooleanLiteralContext bool) {
      return Literal.of(bool.booleanValue().TRUE() != null);
    }
    if (constant instanceof SqlBaseParser.StringLiteralContext string) {
      return Literal.of(string(string.stringLit()));
    }
    if (constant instanceof SqlBaseParser.NumericLiteralContext numeric) {
      return SqlLiterals.number(numeric.number());
    }
    if (constant instanceof SqlBaseParser.IntervalLiteralContext interval) {
      return SqlIntervals.literal(this, interval.interval());
    }
    if (constant instanceof SqlBaseParser.NamedParameterLiteralContext named) {
      return parameters.named(named.namedParameterMarker().simpleIdentifier().getText());
    }
    if (constant instanceof SqlBaseParser.PosParameterLiteralContext positional) {
      org.antlr.v4.runtime.Token marker = positional.QUESTION().getSymbol();
      return parameters.positional(positionalMarkers.getOrDefault(marker.getTokenIndex(), Integer.MAX_VALUE),
          marker.getStartIndex());
    }
    if (constant instanceof SqlBaseParser.TypeConstructorContext typed) {
      return SqlLiterals.typed(typed.literalType().getText(),
          SqlLiterals.unescape(typed.singleStringLitWithoutMarker().getText()), source(typed),
          timestampWithoutTimeZone);
    }
    throw unsupported(source(constant));
  }

  /** A type written in SQL ({@code CAST(x AS type)}): CHAR(n) and VARCHAR(n) are strings, as Spark's casts take them. */
  DataType dataType(SqlBaseParser.DataTypeContext type) {
    return dev.ember.plan.types.CharVarcharType.asString(columnType(type));
  }

  /** A column's type as a table's schema declares it: CHAR(n) and VARCHAR(n) kept (Spark's catalog keeps them). */
  DataType columnType(SqlBaseParser.DataTypeContext type) {
    return declaredType(source(type));
  }

  /**
   * A type written as text ({@code INT}, {@code a INT, b STRING}), as Spark's {@code DataType.fromDDL} reads it in
   * the session (its TIMESTAMP type), CHAR(n) and VARCHAR(n) kept.
   */
  DataType declaredType(String text) {
    return dataTypes.apply(timestampWithoutTimeZone ? SqlSessionTimestampTypes.withoutTimeZone(text) : text);
  }

  DataType dataType(String text) {
    return dev.ember.plan.types.CharVarcharType.asString(dataTypes.apply(text));
  }

  /**
   * The SQL text of a part of the tree, as the user wrote it: read from the parser's input, whose indexes count
   * code points (a character outside the BMP is one), not the UTF-16 units of the text.
   */
  String source(ParserRuleContext context) {
    return context.start.getInputStream().getText(
        org.antlr.v4.runtime.misc.Interval.of(context.start.getStartIndex(), context.stop.getStopIndex()));
  }

  static Expression call(String name, Expression... arguments) {
    return new UnresolvedFunction(name, List.of(arguments), false);
  }

  /** SQL that Spark accepts and Ember does not build yet: Spark's UNSUPPORTED_CALL naming the construct. */
  static EmberException unsupported(String what) {
    return dev.ember.plan.errors.SparkErrors.unsupportedCall(what, "SQL", "Ember does not support it yet.");
  }
}
