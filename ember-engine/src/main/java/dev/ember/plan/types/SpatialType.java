package dev.ember.plan.types;

import java.util.List;
import java.util.Locale;

/**
 * Spark 4.2's {@code GEOMETRY(srid)} and {@code GEOGRAPHY(srid)}; {@link #MIXED_SRID} is {@code ANY} (each value
 * carries its own SRID). A value is its SRID and its WKB bytes, held as the struct {@link #physical()} (the
 * layout Spark Connect sends it in, Arrow's {@code srid} and {@code wkb}).
 */
public record SpatialType(boolean geography, int srid) implements DataType {
  /** Spark's {@code SpatialType.MIXED_SRID}: the SRID of a {@code GEOMETRY(ANY)} / {@code GEOGRAPHY(ANY)}. */
  public static final int MIXED_SRID = -1;

  private static final StructType PHYSICAL = new StructType(List.of(new StructField("srid", AtomicType.INTEGER, false),
      new StructField("wkb", AtomicType.BINARY, false)));

  /** How the values are held: {@code struct<srid: int, wkb: binary>}. */
  public StructType physical() {
    return PHYSICAL;
  }

  /** The struct a type is held as, or the type itself when it is no spatial type. */
  public static DataType physicalOf(DataType type) {
    return type instanceof SpatialType spatial ? spatial.physical() : type;
  }

  /** Whether a GEOMETRY or GEOGRAPHY is anywhere in the type, nested types included. */
  public static boolean contains(DataType type) {
    if (type instanceof SpatialType) {
      return true;
    }
    if (type instanceof ArrayType array) {
      return contains(array.elementType());
    }
    if (type instanceof MapType map) {
      return contains(map.keyType()) || contains(map.valueType());
    }
    return type instanceof StructType struct && struct.fields().stream().anyMatch(field -> contains(field.dataType()));
  }

  public boolean mixedSrid() {
    return srid == MIXED_SRID;
  }

  /** Spark's {@code typeName}: {@code geometry(0)}, {@code geography(any)}. */
  @Override
  public String simpleString() {
    return (geography ? "geography" : "geometry") + "(" + (mixedSrid() ? "any" : Integer.toString(srid)) + ")";
  }

  @Override
  public String sql() {
    return simpleString().toUpperCase(Locale.ROOT);
  }
}
