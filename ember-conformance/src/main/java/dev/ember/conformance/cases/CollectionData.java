package dev.ember.conformance.cases;

import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** Arrays, maps and nested arrays with empty, null and null-element values, shared by the collection groups. */
final class CollectionData {
  private CollectionData() {
  }

  private static final StructType SCHEMA = new StructType()
      .add("id", DataTypes.IntegerType)
      .add("a", DataTypes.createArrayType(DataTypes.IntegerType))
      .add("b", DataTypes.createArrayType(DataTypes.IntegerType))
      .add("s", DataTypes.createArrayType(DataTypes.StringType))
      .add("m", DataTypes.createMapType(DataTypes.StringType, DataTypes.IntegerType))
      .add("n", DataTypes.createArrayType(DataTypes.createArrayType(DataTypes.IntegerType)));

  private static final List<Row> ROWS = Arrays.asList(
      RowFactory.create(1, Arrays.asList(1, 2, 3), Arrays.asList(4, 5), Arrays.asList("x", "y", "x"),
          orderedMap("a", 1, "b", 2), Arrays.asList(Arrays.asList(1, 2), Arrays.asList(3))),
      RowFactory.create(2, Arrays.asList(3, null, 1, 3), Arrays.asList(), Arrays.asList("b", null),
          orderedMap(), Arrays.asList(Arrays.asList(), Arrays.asList(4, null))),
      RowFactory.create(3, Arrays.asList(), null, Arrays.asList(), orderedMap("z", null),
          Arrays.asList(null, Arrays.asList(5))),
      RowFactory.create(4, null, Arrays.asList(7), null, null, null));

  /** id int, a/b array&lt;int&gt;, s array&lt;string&gt;, m map&lt;string,int&gt;, n array&lt;array&lt;int&gt;&gt;. */
  static Dataset<Row> collections(SparkSession spark) {
    return spark.createDataFrame(ROWS, SCHEMA);
  }

  /** A Scala map (the Connect client takes no Java maps in Rows) keeping the given entry order. */
  static Object orderedMap(Object... keysAndValues) {
    Map<Object, Object> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return scala.jdk.javaapi.CollectionConverters.asScala(map);
  }
}
