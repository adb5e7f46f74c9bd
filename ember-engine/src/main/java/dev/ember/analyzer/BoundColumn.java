package dev.ember.analyzer;

import dev.ember.plan.resolved.BoundExpression;

/** A resolved expression and the column name Spark gives it when it is not aliased. */
record BoundColumn(BoundExpression expression, String name) {
}
