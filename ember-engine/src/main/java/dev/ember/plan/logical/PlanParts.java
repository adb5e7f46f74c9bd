package dev.ember.plan.logical;

import dev.ember.plan.expressions.Expression;
import dev.ember.plan.expressions.WindowExpression;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;
import java.util.function.Predicate;

/**
 * The plans and expressions an unresolved plan or expression node holds: its record components of those types,
 * directly or in a list or an optional. Plan and expression nodes are records, so one walk serves every kind (for
 * the few checks that look everywhere, such as where a recursive CTE is read).
 */
public final class PlanParts {
  private PlanParts() {
  }

  public static List<Object> of(Object node) {
    if (!(node instanceof Record record)) {
      return List.of();
    }
    List<Object> parts = new ArrayList<>();
    for (Object value : RecordValues.of(record)) {
      add(value, parts);
    }
    return parts;
  }

  /** Whether {@code node} (a plan or an expression) or anything below it is {@code target}, the very node. */
  public static boolean reads(Object node, Object target) {
    return node == target || of(node).stream().anyMatch(part -> reads(part, target));
  }

  /** Whether {@code node} or anything below it satisfies {@code test}. */
  public static boolean anyMatch(Object node, Predicate<Object> test) {
    return test.test(node) || of(node).stream().anyMatch(part -> anyMatch(part, test));
  }

  /** Whether the expression computes a window function. */
  public static boolean windowed(Expression expression) {
    return anyMatch(expression, WindowExpression.class::isInstance);
  }

  private static void add(Object value, List<Object> parts) {
    if (value instanceof LogicalPlan || value instanceof Expression) {
      parts.add(value);
    } else if (value instanceof Collection<?> collection) {
      collection.forEach(element -> add(element, parts));
    } else if (value instanceof Optional<?> optional) {
      optional.ifPresent(element -> add(element, parts));
    }
  }
}
