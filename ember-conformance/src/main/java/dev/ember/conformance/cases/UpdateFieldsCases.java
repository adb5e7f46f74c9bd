package dev.ember.conformance.cases;

import static org.apache.spark.sql.functions.call_function;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;

import dev.ember.conformance.CaseGroup;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * {@code Column.withField} and {@code Column.dropFields} (Spark's UpdateFields): adding, replacing and dropping
 * fields of structs, nested paths, a NULL struct, case-insensitive names, duplicate names and Spark's errors; and
 * {@code functions.call_function}.
 */
public final class UpdateFieldsCases extends CaseGroup {
  public UpdateFieldsCases() {
    super("update_fields");
    query("add_field", spark -> structs(spark).select(col("id"), col("s").withField("d", lit(1))));
    query("replace_field", spark -> structs(spark).select(col("id"), col("s").withField("a", lit(10))));
    query("replace_field_other_type", spark -> structs(spark).select(col("s").withField("a", lit("x"))));
    query("replace_field_case_insensitive", spark -> structs(spark).select(col("s").withField("A", lit(10))));
    query("replace_nested_field", spark -> structs(spark).select(col("s").withField("c.x", lit(5))));
    query("add_nested_field", spark -> structs(spark).select(col("s").withField("c.z", col("id"))));
    query("add_field_missing_parent", spark -> structs(spark).select(col("s").withField("e.x", lit(1))));
    query("add_field_parent_not_struct", spark -> structs(spark).select(col("s").withField("a.x", lit(1))));
    query("add_field_null_value", spark -> structs(spark).select(col("s").withField("d", lit(null))));
    query("add_field_dotted_name", spark -> structs(spark).select(col("s").withField("`d.e`", lit(1))));
    query("with_field_on_int", spark -> structs(spark).select(col("id").withField("d", lit(1))));
    query("with_field_empty_name", spark -> structs(spark).select(col("s").withField("", lit(1))));
    query("drop_field", spark -> structs(spark).select(col("id"), drop(col("s"), "b")));
    query("drop_fields", spark -> structs(spark).select(drop(col("s"), "b", "a")));
    query("drop_nested_field", spark -> structs(spark).select(drop(col("s"), "c.x")));
    query("drop_missing_field", spark -> structs(spark).select(drop(col("s"), "zzz")));
    query("drop_all_fields", spark -> structs(spark).select(drop(col("s"), "a", "b", "c")));
    query("drop_all_nested_fields", spark -> structs(spark).select(drop(col("s"), "c.x", "c.y")));
    query("drop_field_on_int", spark -> structs(spark).select(drop(col("id"), "a")));
    query("with_then_drop", spark -> structs(spark).select(col("s").withField("d", col("id")).dropFields(names("a"))
        .withField("b", lit(true))));
    query("duplicate_names_replace", spark -> spark.range(1).select(struct(lit(1).as("a"), lit(2).as("a"))
        .withField("a", lit(3)).as("s")));
    query("duplicate_names_drop", spark -> spark.range(1).select(struct(lit(1).as("a"), lit(2).as("a"),
        lit(3).as("b")).dropFields(names("a")).as("s")));
    query("with_field_filter", spark -> structs(spark).where(col("s").withField("a", col("id")).getField("a")
        .gt(0)).select(col("id")));
    withConf("case_sensitive_add", "spark.sql.caseSensitive", "true",
        spark -> structs(spark).select(col("s").withField("A", lit(10))));
    query("call_function", spark -> structs(spark).select(call_function("abs", col("id").minus(5)),
        call_function("upper", lit("x")), call_function("`substr`", lit("abc"), lit(2))));
    query("call_function_qualified", spark -> structs(spark).select(call_function("system.builtin.abs", col("id"))));
    query("call_function_unknown", spark -> structs(spark).select(call_function("no_such_function", col("id"))));
  }

  private static org.apache.spark.sql.Column drop(org.apache.spark.sql.Column struct, String... fields) {
    return struct.dropFields(names(fields));
  }

  private static scala.collection.immutable.Seq<String> names(String... fields) {
    return scala.jdk.javaapi.CollectionConverters.asScala(List.of(fields)).toSeq();
  }

  /** {@code id int, s struct<a: int, b: string, c: struct<x: int, y: int>>}, a NULL struct in the last row. */
  private static Dataset<Row> structs(SparkSession spark) {
    StructType inner = new StructType().add("x", DataTypes.IntegerType).add("y", DataTypes.IntegerType);
    StructType schema = new StructType().add("id", DataTypes.IntegerType).add("s", new StructType()
        .add("a", DataTypes.IntegerType).add("b", DataTypes.StringType).add("c", inner));
    return spark.createDataFrame(List.of(
        RowFactory.create(1, RowFactory.create(1, "one", RowFactory.create(10, 11))),
        RowFactory.create(2, RowFactory.create(2, null, null)),
        RowFactory.create(3, null)), schema);
  }
}
