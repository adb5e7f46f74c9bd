package dev.ember.sqlgen.tree;

/** A column of the FROM relation, by its (internal, unique) name. */
public record SqlColumn(String name) implements SqlExpression {
}
