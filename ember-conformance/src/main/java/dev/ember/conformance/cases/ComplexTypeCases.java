package dev.ember.conformance.cases;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import dev.ember.conformance.CaseGroup;
import java.io.Serializable;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** Arrays, maps and structs in local data, literals and results; Java beans. */
public final class ComplexTypeCases extends CaseGroup {
  /** A Java bean as Spark users pass them to createDataFrame. */
  public static final class Person implements Serializable {
    private String name;
    private int age;
    private Double score;

    public Person() {
    }

    public Person(String name, int age, Double score) {
      this.name = name;
      this.age = age;
      this.score = score;
    }

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }

    public int getAge() {
      return age;
    }

    public void setAge(int age) {
      this.age = age;
    }

    public Double getScore() {
      return score;
    }

    public void setScore(Double score) {
      this.score = score;
    }
  }

  private static final StructType NESTED = new StructType()
      .add("id", DataTypes.IntegerType)
      .add("tags", DataTypes.createArrayType(DataTypes.StringType))
      .add("scores", DataTypes.createMapType(DataTypes.StringType, DataTypes.IntegerType))
      .add("point", new StructType().add("x", DataTypes.DoubleType).add("y", DataTypes.DoubleType));

  private static final List<Row> NESTED_ROWS = Arrays.asList(
      RowFactory.create(1, Arrays.asList("a", "b"), scalaMap(Map.of("math", 90)), RowFactory.create(1.0, 2.0)),
      RowFactory.create(2, Arrays.asList("c", null), scalaMap(Map.of()), RowFactory.create(-0.5, null)),
      RowFactory.create(3, null, null, null));

  /** The Spark Connect client only accepts Scala maps in Rows (classic Spark takes both). */
  private static Object scalaMap(Map<String, Integer> map) {
    return scala.jdk.javaapi.CollectionConverters.asScala(map);
  }

  public ComplexTypeCases() {
    super("complex_types");
    query("nested_local_data", spark -> spark.createDataFrame(NESTED_ROWS, NESTED));
    query("nested_filter", spark -> spark.createDataFrame(NESTED_ROWS, NESTED).filter(col("id").lt(3)).select("tags", "point"));
    query("struct_field", spark -> spark.createDataFrame(NESTED_ROWS, NESTED).select(col("point.x"), col("point").getField("y")));
    query("get_item", spark -> spark.createDataFrame(NESTED_ROWS, NESTED).select(col("tags").getItem(0),
        col("tags").getItem(5), col("scores").getItem("math"), col("scores").getItem("art")));
    query("get_field_missing", spark -> spark.createDataFrame(NESTED_ROWS, NESTED).select(col("point").getField("z")));
    query("array_literal", spark -> spark.range(1).select(lit(new int[] {1, 2, 3}).as("a")));
    query("java_beans", spark -> spark.createDataFrame(Arrays.asList(new Person("Ann", 31, 1.5),
        new Person("Ben", 40, null)), Person.class));
    query("java_beans_query", spark -> spark.createDataFrame(Arrays.asList(new Person("Ann", 31, 1.5),
        new Person("Ben", 40, null)), Person.class).filter(col("age").gt(35)).select("name"));
    show("show_nested", 20, 20, false, spark -> spark.createDataFrame(NESTED_ROWS, NESTED));
    show("show_nested_vertical", 20, 0, true, spark -> spark.createDataFrame(NESTED_ROWS, NESTED));
    query("binary_local_data", spark -> spark.createDataFrame(List.of(RowFactory.create((Object) new byte[] {1, 2, (byte) 255})),
        new StructType().add("b", DataTypes.BinaryType)));
  }
}
