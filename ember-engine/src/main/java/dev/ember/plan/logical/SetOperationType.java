package dev.ember.plan.logical;

/** union, intersect and except; Spark names the operator in its errors. */
public enum SetOperationType {
  UNION, INTERSECT, EXCEPT
}
