package dev.ember.plan.logical;

import dev.ember.plan.expressions.Expression;

public record Filter(LogicalPlan input, Expression condition) implements LogicalPlan {
}
