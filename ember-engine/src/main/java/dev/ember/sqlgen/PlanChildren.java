package dev.ember.sqlgen;

import dev.ember.plan.resolved.ResolvedPlan;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.RecordComponent;
import java.util.ArrayList;
import java.util.List;

/** The inputs of a plan node: its components that are plans (every node is a record). */
final class PlanChildren {
  private PlanChildren() {
  }

  static List<ResolvedPlan> of(ResolvedPlan plan) {
    List<ResolvedPlan> children = new ArrayList<>();
    for (RecordComponent component : plan.getClass().getRecordComponents()) {
      if (ResolvedPlan.class.isAssignableFrom(component.getType())) {
        try {
          children.add((ResolvedPlan) component.getAccessor().invoke(plan));
        } catch (IllegalAccessException | InvocationTargetException e) {
          throw new IllegalStateException("cannot read " + component, e);
        }
      }
    }
    return children;
  }
}
