package dev.ember.plan.logical;

/** The join types of {@code Dataset.join}; {@link #CROSS} is an inner join that may have no condition. */
public enum JoinType {
  INNER, LEFT_OUTER, RIGHT_OUTER, FULL_OUTER, LEFT_SEMI, LEFT_ANTI, CROSS;

  /** Semi and anti joins output the left side only. */
  public boolean leftOnly() {
    return this == LEFT_SEMI || this == LEFT_ANTI;
  }

  /** Whether the left side's columns can be NULL-extended (the right side is preserved). */
  public boolean nullExtendsLeft() {
    return this == RIGHT_OUTER || this == FULL_OUTER;
  }

  /** Whether the right side's columns can be NULL-extended (the left side is preserved). */
  public boolean nullExtendsRight() {
    return this == LEFT_OUTER || this == FULL_OUTER;
  }
}
