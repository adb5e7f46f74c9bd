package dev.ember.conformance.cases;

import static org.apache.spark.sql.functions.call_function;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.json_array_length;
import static org.apache.spark.sql.functions.json_object_keys;
import static org.apache.spark.sql.functions.json_tuple;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.schema_of_json;

import dev.ember.conformance.CaseGroup;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** json_tuple, json_array_length, json_object_keys and schema_of_json. */
public final class JsonDocumentCases extends CaseGroup {
  private static final List<Row> DOCUMENTS = Arrays.asList(
      RowFactory.create(1, "{\"a\": 1, \"b\": \"x\\ny\", \"c\": {\"d\": [10, 20.50, {\"e\": true}]}}"),
      RowFactory.create(2, "{\"a\": null, \"b\": \"quote\\\"d\", \"a\": 2.5e3, 'c': 'single'}"),
      RowFactory.create(3, "[1, [2, 3], {\"a\": 4}]"),
      RowFactory.create(4, "{\"a\": 1, \"b\": "),
      RowFactory.create(5, "not json"),
      RowFactory.create(6, ""),
      RowFactory.create(7, null),
      RowFactory.create(8, "{}"),
      RowFactory.create(9, "[]"),
      RowFactory.create(10, "{\"a\": [1, {\"x\": null}], \"b\": false, \"\u00e9\": \"\u00fc\"} trailing"));

  private static Dataset<Row> documents(SparkSession spark) {
    return spark.createDataFrame(DOCUMENTS, new StructType().add("id", DataTypes.IntegerType)
        .add("j", DataTypes.StringType));
  }

  public JsonDocumentCases() {
    super("json_documents");
    query("json_tuple", spark -> documents(spark).select(col("id"), json_tuple(col("j"), "a", "b", "c", "\u00e9")));
    query("json_tuple_repeated_field", spark -> documents(spark).select(col("id"),
        json_tuple(col("j"), "a", "a", "zz")));
    query("json_tuple_aliases", spark -> documents(spark).select(json_tuple(col("j"), "a", "b")
        .as(new String[] {"first", "second"}), col("id")));
    query("json_tuple_then_filter", spark -> documents(spark).select(col("id"), json_tuple(col("j"), "a"))
        .filter(col("c0").isNotNull()));
    query("json_tuple_field_column", spark -> documents(spark).select(col("id"),
        call_function("json_tuple", col("j"), lit("a"), col("j"))));
    query("json_tuple_with_column", spark -> documents(spark).withColumn("t", json_tuple(col("j"), "b")));
    query("json_tuple_one_argument", spark -> documents(spark).select(call_function("json_tuple", col("j"))));
    query("json_tuple_not_strings", spark -> documents(spark).select(call_function("json_tuple", col("j"), lit(1))));
    query("json_tuple_null_field", spark -> documents(spark).select(call_function("json_tuple", col("j"),
        lit(null))));
    query("json_tuple_json_not_string", spark -> documents(spark).select(json_tuple(col("id"), "a")));
    query("json_tuple_nested", spark -> documents(spark).select(json_tuple(col("j"), "a").plus(1)));
    query("json_array_length", spark -> documents(spark).select(col("id"), json_array_length(col("j"))));
    query("json_array_length_literals", spark -> spark.range(1).select(json_array_length(lit("[1,2,[3,4]]")),
        json_array_length(lit("[1,")), json_array_length(lit(" [ ] ")), json_array_length(lit("['a', \"b\"]")),
        json_array_length(lit(null).cast("string"))));
    query("json_array_length_of_int", spark -> spark.range(1).select(json_array_length(lit(5))));
    query("json_array_length_wrong_type", spark -> spark.range(1).select(json_array_length(
        call_function("array", lit(1)))));
    query("json_object_keys", spark -> documents(spark).select(col("id"), json_object_keys(col("j"))));
    query("json_object_keys_literals", spark -> spark.range(1).select(json_object_keys(lit("{\"k\":1,\"k\":2}")),
        json_object_keys(lit("{'q\"uote': 1, \"nested\": {\"x\": 1}}")), json_object_keys(lit(null).cast("string"))));
    query("json_object_keys_of_int", spark -> spark.range(1).select(json_object_keys(lit(7))));
    query("json_object_keys_wrong_type", spark -> spark.range(1).select(json_object_keys(
        call_function("map", lit("a"), lit(1)))));
    query("schema_of_json", spark -> spark.range(1).select(
        schema_of_json("{\"b\": [1.5, null], \"a\": 1, \"c\": {\"d\": true}, \"e\": null}"),
        schema_of_json("[1, 2]"), schema_of_json("1"), schema_of_json("{\"a\": 1e50}"),
        schema_of_json("\"x\""), schema_of_json("[]"), schema_of_json("{}"),
        schema_of_json("[{\"a\": 1}, {\"b\": \"x\"}]")));
    query("schema_of_json_merges", spark -> spark.range(1).select(
        schema_of_json("[1, 2.5]"), schema_of_json("[1, \"x\"]"), schema_of_json("[[1], [null]]"),
        schema_of_json("{\"a\": {}}"), schema_of_json("[{}]"), schema_of_json("{\"a\": 12345678901234567890}"),
        schema_of_json("[12345678901234567890, 1]"), schema_of_json("[12345678901234567890, 1.5]"),
        schema_of_json("true"), schema_of_json("null"), schema_of_json("{\"\": 1, \"b\": 2}"),
        schema_of_json("{\"z\": 1, \"a\": {\"y\": [], \"x\": 'q'}}")));
    query("schema_of_json_options", spark -> spark.range(1).select(
        schema_of_json(lit("{\"a\": 1, \"b\": true}"), Map.of("primitivesAsString", "true")),
        schema_of_json(lit("{\"a\": 1.5, \"b\": \"2.25\"}"), Map.of("prefersDecimal", "true")),
        schema_of_json(lit("[01]"), Map.of("allowNumericLeadingZeros", "true")),
        schema_of_json(lit("{a: 1}"), Map.of("allowUnquotedFieldNames", "true")),
        schema_of_json(lit("[NaN]"), Map.of()),
        schema_of_json(lit("{\"a\": \"2020-01-01\"}"), Map.of("prefersDecimal", "true"))));
    query("schema_of_json_column_name", spark -> spark.range(1).select(schema_of_json(lit("[1]")).as("s"),
        schema_of_json(lit("{\"a\":1}"), Map.of("primitivesAsString", "true"))));
    query("schema_of_json_not_foldable", spark -> documents(spark).select(schema_of_json(col("j"))));
    query("schema_of_json_null", spark -> spark.range(1).select(schema_of_json(lit(null).cast("string"))));
  }
}
