package dev.ember.connect;

import dev.ember.plan.types.StructType;
import dev.ember.plan.usercode.RowFunction;
import dev.ember.plan.usercode.RowValues;

/**
 * A function of rows that fuses with the typed operations before or after it ({@link FusedRowFunction}): it tells
 * how it reads its arguments (their schema, the bean it builds of them) and makes {@link Stage}s, its calls split in
 * two so that a fused function reads a row once and hands what it read to both.
 */
interface FusableRowFunction extends RowFunction {
  /** The arguments' schema (a bean is built of its columns by name). */
  StructType arguments();

  /** The bean's class when the function takes one; null otherwise. */
  Class<?> beanClass();

  /** One instance's calls, used by one call at a time. */
  Stage newStage();

  @Override
  default Instance newInstance() {
    Stage stage = newStage();
    if (beanClass() == null) {
      return values -> stage.apply(stage.argumentsOf(values));
    }
    // a bean is built of the row where the engine holds it (primitive fields set unboxed)
    return new ValuesInstance() {
      @Override
      public Object apply(Object[] values) {
        return stage.apply(stage.argumentsOf(values));
      }

      @Override
      public Object apply(RowValues row) {
        return stage.apply(stage.argumentsOf(row));
      }
    };
  }

  @Override
  default java.util.Optional<RowFunction> fuse(Fusion fusion, RowFunction next) {
    return FusedRowFunction.of(fusion, this, next);
  }

  /** A function's calls: {@link #argumentsOf} a row's values, then {@link #apply} to them. */
  interface Stage {
    /** What the function is called with for a row of {@code values}: its bean, or the values themselves. */
    Object[] argumentsOf(Object[] values);

    /** {@link #argumentsOf(Object[])} of a row read in place; the array may be the stage's own, reused per row. */
    Object[] argumentsOf(RowValues row);

    /** The function's result for {@code called}. */
    Object apply(Object[] called);
  }
}
