package dev.ember.sqlgen.tree;

/** {@code *}. */
public record SqlStar() implements SqlExpression {
}
