package dev.ember.plan.resolved;

import dev.ember.plan.types.ArrayType;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import dev.ember.plan.types.MapType;
import dev.ember.plan.types.StructField;
import dev.ember.plan.types.StructType;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;

/**
 * explode / posexplode (optionally outer) of an array or a map, or inline of an array of structs:
 * one output row per element. Only
 * valid as a top-level column of a select, where the analyzer plans it as {@link GeneratedRows}.
 */
public record Generator(String function, BoundExpression collection, boolean position, boolean outer)
    implements BoundExpression {
  public Generator {
    Objects.requireNonNull(function, "function");
    Objects.requireNonNull(collection, "collection");
  }

  /** The generated columns with Spark's default names: [pos,] col or [pos,] key, value. */
  public List<StructField> outputs() {
    List<StructField> fields = new ArrayList<>();
    if (position) {
      fields.add(new StructField("pos", AtomicType.INTEGER, outer));
    }
    if (inline()) {
      StructType element = (StructType) ((ArrayType) collection.dataType()).elementType();
      element.fields().forEach(field -> fields.add(new StructField(field.name(), field.dataType(),
          outer || field.nullable() || ((ArrayType) collection.dataType()).containsNull())));
      return fields;
    }
    if (collection.dataType() instanceof MapType map) {
      fields.add(new StructField("key", map.keyType(), outer));
      fields.add(new StructField("value", map.valueType(), outer || map.valueContainsNull()));
    } else {
      ArrayType array = (ArrayType) collection.dataType();
      fields.add(new StructField("col", array.elementType(), outer || array.containsNull()));
    }
    return fields;
  }

  /** inline / inline_outer: the struct elements' fields become the columns. */
  public boolean inline() {
    return function.startsWith("inline");
  }

  @Override
  public DataType dataType() {
    return new StructType(outputs());
  }

  @Override
  public boolean nullable() {
    return true;
  }
}
