package dev.ember.conformance.cases;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.element_at;
import static org.apache.spark.sql.functions.map_keys;

import dev.ember.conformance.CaseGroup;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.MapType;
import org.apache.spark.sql.types.StructType;

/**
 * Map and struct values as typed literals of the DataFrame API (what Scala's {@code typedLit} sends: the value with
 * its type): their types (value and element nullability included), output names, and use in expressions.
 */
public final class LiteralValueCases extends CaseGroup {
  private static final MapType STRING_TO_INT = DataTypes.createMapType(DataTypes.StringType, DataTypes.IntegerType);

  public LiteralValueCases() {
    super("literal_values");
    query("map_literal", spark -> spark.range(1).select(typed(map("a", 1, "b", 2), STRING_TO_INT)));
    query("map_literal_null_value", spark -> spark.range(1).select(typed(map("a", null), STRING_TO_INT)));
    query("map_literal_no_null_values", spark -> spark.range(1).select(typed(map("a", 1),
        DataTypes.createMapType(DataTypes.StringType, DataTypes.IntegerType, false))));
    query("map_literal_empty", spark -> spark.range(1).select(typed(map(), STRING_TO_INT)));
    query("map_literal_of_arrays", spark -> spark.range(1).select(typed(map(1, seq(1L, 2L), 2, seq()),
        DataTypes.createMapType(DataTypes.IntegerType, DataTypes.createArrayType(DataTypes.LongType)))));
    query("map_literal_of_maps", spark -> spark.range(1).select(typed(map("a", map("x", 1)),
        DataTypes.createMapType(DataTypes.StringType, STRING_TO_INT))));
    query("map_literal_used", spark -> spark.range(2).select(col("id"), element_at(typed(map(0L, "zero", 1L, "one"),
        DataTypes.createMapType(DataTypes.LongType, DataTypes.StringType)), col("id")).as("name"),
        map_keys(typed(map("k", 1.5), DataTypes.createMapType(DataTypes.StringType, DataTypes.DoubleType)))
            .as("keys")));
    StructType pair = new StructType().add("i", DataTypes.IntegerType).add("s", DataTypes.StringType);
    query("struct_literal", spark -> spark.range(1).select(typed(RowFactory.create(1, "one"), pair)));
    query("struct_literal_nested", spark -> spark.range(1).select(typed(RowFactory.create(seq(1L, 2L),
        map("x", 1)), new StructType().add("a", DataTypes.createArrayType(DataTypes.LongType))
        .add("m", STRING_TO_INT))));
    query("struct_literal_null_field", spark -> spark.range(1).select(typed(RowFactory.create(null, "x"), pair)
        .as("r")));
    query("struct_literal_field", spark -> spark.range(1).select(typed(RowFactory.create(7, "seven"), pair)
        .getField("s")));
    query("array_of_structs_literal", spark -> spark.range(1).select(typed(seq(RowFactory.create(1, "a"),
        RowFactory.create(2, null)), DataTypes.createArrayType(pair, false))));
    query("array_literal_no_nulls", spark -> spark.range(1).select(typed(seq(1, 2),
        DataTypes.createArrayType(DataTypes.IntegerType, false))));
  }

  /** What {@code typedLit} sends: the value with its type. */
  private static Column typed(Object value, DataType type) {
    return new Column(org.apache.spark.sql.internal.Literal$.MODULE$.apply(value, scala.Option.apply(type),
        org.apache.spark.sql.internal.Literal$.MODULE$.apply$default$3()));
  }

  /** A Scala map of the keys and values that alternate in {@code entries}, in their order. */
  private static scala.collection.immutable.Map<Object, Object> map(Object... entries) {
    scala.collection.immutable.Map<Object, Object> map = scala.collection.immutable.ListMap$.MODULE$.empty();
    for (int i = 0; i < entries.length; i += 2) {
      map = map.updated(entries[i], entries[i + 1]);
    }
    return map;
  }

  private static scala.collection.immutable.Seq<Object> seq(Object... values) {
    return scala.jdk.javaapi.CollectionConverters.asScala(java.util.Arrays.asList(values)).toSeq();
  }
}
