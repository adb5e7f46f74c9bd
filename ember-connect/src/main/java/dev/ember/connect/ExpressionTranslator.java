package dev.ember.connect;

import dev.ember.plan.expressions.Alias;
import dev.ember.plan.expressions.Cast;
import dev.ember.plan.expressions.Expression;
import dev.ember.plan.expressions.Identifiers;
import dev.ember.plan.expressions.SortOrder;
import dev.ember.plan.expressions.UnresolvedAttribute;
import dev.ember.plan.expressions.UnresolvedFunction;
import dev.ember.plan.expressions.UnresolvedStar;
import java.util.List;
import java.util.OptionalLong;

/** Spark Connect {@code Expression} protos to Ember's unresolved expressions. */
final class ExpressionTranslator {
  /** Expression strings ({@code expr}, {@code selectExpr}, {@code filter(String)}) in Spark's SQL grammar. */
  private static final dev.ember.sql.SqlParser SQL = new dev.ember.sql.SqlParser(DataTypes::parseSqlType);

  private ExpressionTranslator() {
  }

  static List<Expression> translateAll(List<org.apache.spark.connect.proto.Expression> expressions) {
    return expressions.stream().map(ExpressionTranslator::translate).toList();
  }

  static Expression translate(org.apache.spark.connect.proto.Expression expression) {
    switch (expression.getExprTypeCase()) {
      case LITERAL:
        return LiteralTranslator.translate(expression.getLiteral());
      case UNRESOLVED_ATTRIBUTE: {
        var attribute = expression.getUnresolvedAttribute();
        return new UnresolvedAttribute(Identifiers.parseAttributeName(attribute.getUnparsedIdentifier()),
            attribute.hasPlanId() ? OptionalLong.of(attribute.getPlanId()) : OptionalLong.empty(),
            attribute.hasIsMetadataColumn() && attribute.getIsMetadataColumn());
      }
      case UNRESOLVED_STAR: {
        var star = expression.getUnresolvedStar();
        if (star.hasUnparsedTarget() && star.hasPlanId()) {
          // df.col("s.*"), df.col("t.*"): Spark Connect's planner refuses the pair
          throw new dev.ember.plan.errors.EmberException(dev.ember.plan.errors.ErrorKind.INVALID_PLAN_INPUT,
              "CONNECT_INVALID_PLAN.UNRESOLVED_STAR_WITH_BOTH_TARGET_AND_PLAN_ID", "56K00",
              "The Spark Connect plan is invalid. UnresolvedStar with both target and plan id is not supported.",
              java.util.Map.of());
        }
        List<String> target = List.of();
        if (star.hasUnparsedTarget()) {
          String text = star.getUnparsedTarget();
          target = Identifiers.parseAttributeName(text.endsWith(".*") ? text.substring(0, text.length() - 2) : text);
        }
        return new UnresolvedStar(target, star.hasPlanId() ? OptionalLong.of(star.getPlanId()) : OptionalLong.empty());
      }
      case TYPED_AGGREGATE_EXPRESSION:
        return UserFunctions.typedAggregate(expression.getTypedAggregateExpression());
      case UNRESOLVED_FUNCTION: {
        var function = expression.getUnresolvedFunction();
        if (function.getFunctionName().equals("reduce") && function.getArgumentsCount() == 1
            && function.getArguments(0).hasCommonInlineUserDefinedFunction()) {
          return UserFunctions.reduce(function.getArguments(0));
        }
        if (JsonSchemaArgument.takesSchema(function.getFunctionName())) {
          return JsonSchemaArgument.withSchema(function.getFunctionName(), translateAll(function.getArgumentsList()));
        }
        String name = function.getIsUserDefinedFunction() ? functionName(function.getFunctionName())
            : function.getFunctionName();
        return new UnresolvedFunction(name, translateAll(function.getArgumentsList()), function.getIsDistinct());
      }
      case DIRECT_SHUFFLE_PARTITION_ID:
        return new UnresolvedFunction(dev.ember.plan.logical.Repartition.DIRECT_SHUFFLE_PARTITION_ID,
            List.of(translate(expression.getDirectShufflePartitionId().getChild())), false);
      case ALIAS: {
        var alias = expression.getAlias();
        if (alias.getNameCount() != 1) {
          return new dev.ember.plan.expressions.MultiAlias(translate(alias.getExpr()), alias.getNameList());
        }
        return new Alias(translate(alias.getExpr()), alias.getName(0));
      }
      case CAST: {
        var cast = expression.getCast();
        var type = cast.hasType() ? DataTypes.fromProto(cast.getType())
            : DataTypes.parseSchema("c " + cast.getTypeStr()).fields().get(0).dataType();
        boolean tryCast = cast.getEvalMode()
            == org.apache.spark.connect.proto.Expression.Cast.EvalMode.EVAL_MODE_TRY;
        return new Cast(translate(cast.getExpr()), type, tryCast);
      }
      case UNRESOLVED_REGEX: {
        var regex = expression.getUnresolvedRegex();
        String name = regex.getColName();
        OptionalLong planId = regex.hasPlanId() ? OptionalLong.of(regex.getPlanId()) : OptionalLong.empty();
        // Spark: a name in backticks is a regular expression, anything else a plain column name
        if (name.length() > 2 && name.startsWith("`") && name.endsWith("`")) {
          return new dev.ember.plan.expressions.UnresolvedRegex(name.substring(1, name.length() - 1), planId);
        }
        return new UnresolvedAttribute(Identifiers.parseAttributeName(name), planId);
      }
      case UNRESOLVED_EXTRACT_VALUE:
        return new dev.ember.plan.expressions.ExtractValue(
            translate(expression.getUnresolvedExtractValue().getChild()),
            translate(expression.getUnresolvedExtractValue().getExtraction()));
      case LAMBDA_FUNCTION: {
        var lambda = expression.getLambdaFunction();
        return new dev.ember.plan.expressions.LambdaFunction(translate(lambda.getFunction()),
            lambda.getArgumentsList().stream().map(argument -> String.join(".", argument.getNamePartsList())).toList());
      }
      case UNRESOLVED_NAMED_LAMBDA_VARIABLE:
        return new dev.ember.plan.expressions.LambdaVariable(
            expression.getUnresolvedNamedLambdaVariable().getNamePartsList());
      case SORT_ORDER:
        return sortOrder(expression.getSortOrder());
      case WINDOW:
        return WindowTranslator.translate(expression.getWindow());
      case EXPRESSION_STRING:
        return SQL.parseExpression(expression.getExpressionString().getExpression());
      case SUBQUERY_EXPRESSION:
        return subquery(expression);
      case CALL_FUNCTION:
        return callFunction(expression.getCallFunction());
      case COMMON_INLINE_USER_DEFINED_FUNCTION:
        return UserFunctions.call(expression);
      case NAMED_ARGUMENT_EXPRESSION:
        return dev.ember.plan.expressions.NamedArguments.of(expression.getNamedArgumentExpression().getKey(),
            translate(expression.getNamedArgumentExpression().getValue()));
      case UPDATE_FIELDS: {
        var update = expression.getUpdateFields();
        Expression struct = translate(update.getStructExpression());
        return update.hasValueExpression()
            ? dev.ember.plan.expressions.FieldUpdates.withField(struct, update.getFieldName(),
                translate(update.getValueExpression()))
            : dev.ember.plan.expressions.FieldUpdates.dropField(struct, update.getFieldName());
      }
      default:
        throw UnsupportedApi.expression(expression.getExprTypeCase());
    }
  }

  /**
   * {@code functions.call_function(name, ...)} (a CallFunction, or an UnresolvedFunction marked user-defined): the
   * name as a multi-part identifier, where a builtin function may be qualified {@code system.builtin.name} or
   * {@code builtin.name}, as Spark's function resolution allows.
   */
  private static Expression callFunction(org.apache.spark.connect.proto.CallFunction call) {
    return new UnresolvedFunction(functionName(call.getFunctionName()), translateAll(call.getArgumentsList()), false);
  }

  private static String functionName(String written) {
    return dev.ember.plan.expressions.FunctionCallNames.of(
        dev.ember.plan.expressions.Identifiers.parseAttributeName(written));
  }

  /**
   * {@code df.scalar()}, {@code df.exists()}, {@code col.isin(df)}: the subquery's plan is one of the references of
   * the enclosing {@code WithRelations}, by plan id.
   */
  private static Expression subquery(org.apache.spark.connect.proto.Expression expression) {
    var subquery = expression.getSubqueryExpression();
    var kind = switch (subquery.getSubqueryType()) {
      case SUBQUERY_TYPE_SCALAR -> dev.ember.plan.expressions.SubqueryExpression.Kind.SCALAR;
      case SUBQUERY_TYPE_EXISTS -> dev.ember.plan.expressions.SubqueryExpression.Kind.EXISTS;
      case SUBQUERY_TYPE_IN -> dev.ember.plan.expressions.SubqueryExpression.Kind.IN;
      default -> throw UnsupportedApi.expression(expression.getExprTypeCase());
    };
    return new dev.ember.plan.expressions.SubqueryExpression(
        new dev.ember.plan.logical.ReferencedRelation(subquery.getPlanId()), kind,
        translateAll(subquery.getInSubqueryValuesList()));
  }

  static SortOrder sortOrder(org.apache.spark.connect.proto.Expression.SortOrder order) {
    boolean ascending = order.getDirection()
        != org.apache.spark.connect.proto.Expression.SortOrder.SortDirection.SORT_DIRECTION_DESCENDING;
    var nulls = order.getNullOrdering();
    boolean nullsFirst = switch (nulls) {
      case SORT_NULLS_FIRST -> true;
      case SORT_NULLS_LAST -> false;
      default -> ascending;
    };
    return new SortOrder(translate(order.getChild()), ascending, nullsFirst);
  }

  static RuntimeException notSupported(String what) {
    return UnsupportedApi.feature(what);
  }
}
