package dev.ember.plan.expressions;

/**
 * An expression as the front ends build it (Spark Connect now, the SQL parser later): names are not
 * yet bound to columns and functions are only names. The analyzer turns it into a
 * {@link dev.ember.plan.resolved.BoundExpression}.
 */
public sealed interface Expression
    permits UnresolvedAttribute, UnresolvedStar, UnresolvedFunction, Literal, Alias, MultiAlias, Cast, SortOrder,
        ExtractValue, WindowExpression, UnresolvedRegex, LambdaFunction, LambdaVariable, SubqueryExpression,
        UserFunctionCall {
}
