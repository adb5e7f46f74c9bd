package dev.ember.plan.usercode;

/**
 * One row of the values a {@link RowFunction} is called with, read where the engine holds them rather than boxed into
 * an array: a function that builds an object of the row (a bean of flat fields) sets a primitive field from its
 * column's primitive value, with no boxing per value. A column is read as its type is
 * ({@link RowFunction#parameterTypes}): {@link #getLong} a BIGINT, {@link #getInt} an INTEGER, {@link #getDouble} a
 * DOUBLE; {@link #get} any, boxed as {@link RowFunction.Instance#apply(Object[])} takes it. The row is valid during
 * the call it is handed to.
 */
public interface RowValues {
  /** Whether column {@code column}'s value is NULL. */
  boolean isNull(int column);

  /** A BIGINT column's value (not NULL). */
  long getLong(int column);

  /** An INTEGER column's value (not NULL). */
  int getInt(int column);

  /** A DOUBLE column's value (not NULL). */
  double getDouble(int column);

  /** Column {@code column}'s value as its boxed Java value; null for NULL. */
  Object get(int column);
}
