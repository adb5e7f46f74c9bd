package dev.ember.plan.types;

import java.util.List;

/**
 * Spark 4's {@code VARIANT}: a semi-structured value in Spark's variant binary encoding. A value is its
 * {@code value} and {@code metadata} bytes, held as the struct {@link #physical()} (the layout Spark Connect sends
 * it in, Arrow's {@code value} and {@code metadata}).
 */
public record VariantType() implements DataType {
  public static final VariantType INSTANCE = new VariantType();

  private static final StructType PHYSICAL = new StructType(List.of(new StructField("value", AtomicType.BINARY, false),
      new StructField("metadata", AtomicType.BINARY, false)));

  /** How the values are held: {@code struct<value: binary, metadata: binary>}. */
  public StructType physical() {
    return PHYSICAL;
  }

  @Override
  public String simpleString() {
    return "variant";
  }

  @Override
  public String sql() {
    return "VARIANT";
  }
}
