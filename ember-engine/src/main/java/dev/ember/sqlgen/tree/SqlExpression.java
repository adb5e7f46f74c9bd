package dev.ember.sqlgen.tree;

/** A DuckDB SQL expression; rendered only by {@link dev.ember.sqlgen.SqlRenderer}. */
public sealed interface SqlExpression
    permits SqlColumn, SqlLiteral, SqlCall, SqlOperator, SqlCast, SqlCase, SqlStar, SqlList, SqlStruct,
        SqlFilteredAggregate, SqlOrderedAggregate, SqlWindow, SqlLambda, SqlIgnoreNulls, SqlParameter, SqlSubquery {
}
