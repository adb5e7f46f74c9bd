package dev.ember.conformance.cases;

import static dev.ember.conformance.cases.CollectionData.collections;
import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.call_function;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.crc32;
import static org.apache.spark.sql.functions.from_json;
import static org.apache.spark.sql.functions.get_json_object;
import static org.apache.spark.sql.functions.hash;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.md5;
import static org.apache.spark.sql.functions.sha1;
import static org.apache.spark.sql.functions.sha2;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.to_json;
import static org.apache.spark.sql.functions.xxhash64;

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

/** to_json, from_json, get_json_object; md5, sha1, sha2, crc32, hash (Murmur3) and xxhash64. */
public final class JsonHashCases extends CaseGroup {
  private static final List<Row> JSON_ROWS = Arrays.asList(
      RowFactory.create(1, "{\"a\": 1, \"b\": \"x\", \"c\": {\"d\": [10, 20, {\"e\": true}]}}"),
      RowFactory.create(2, "{\"a\": null, \"b\": \"quote\\\"d\", \"extra\": 1.5}"),
      RowFactory.create(3, "{\"a\": \"not a number\"}"),
      RowFactory.create(4, "not json"),
      RowFactory.create(5, null));

  private static Dataset<Row> json(SparkSession spark) {
    return spark.createDataFrame(JSON_ROWS, new StructType().add("id", DataTypes.IntegerType)
        .add("j", DataTypes.StringType));
  }

  public JsonHashCases() {
    super("json_and_hash");
    // a star among a function's arguments stands for the columns (toJSON is to_json(struct(*)))
    query("to_json_dataset", spark -> SmallTables.left(spark).toJSON().toDF());
    query("struct_of_star", spark -> SmallTables.left(spark).select(struct(col("*"))));
    query("struct_of_star_and_literal", spark -> SmallTables.left(spark).select(struct(col("*"), lit(1))));
    query("struct_of_qualified_star", spark -> SmallTables.left(spark).as("l")
        .join(SmallTables.right(spark).as("r"), "k").select(struct(col("r.*")).as("right")));
    query("hash_of_star", spark -> SmallTables.left(spark).select(hash(col("*")), xxhash64(col("*"))));
    query("concat_ws_of_star", spark -> SmallTables.left(spark).select(
        org.apache.spark.sql.functions.concat_ws("-", col("*"))));
    query("count_distinct_star", spark -> SmallTables.right(spark).agg(
        org.apache.spark.sql.functions.countDistinct(col("*"))));
    query("array_of_star", spark -> spark.range(3).withColumn("next", col("id").plus(1)).select(array(col("*"))));
    // to_json
    query("to_json_struct", spark -> FunctionData.mixed(spark).select(to_json(struct(col("i"), col("d"), col("s"),
        col("b"), col("m")))));
    query("to_json_nested", spark -> collections(spark).select(to_json(struct(col("id"), col("a"), col("m"),
        col("n"))).as("j")));
    query("to_json_array_and_map", spark -> collections(spark).select(to_json(col("a")).as("a"),
        to_json(col("m")).as("m"), to_json(col("s")).as("s")));
    query("to_json_escapes", spark -> spark.range(1).select(to_json(struct(lit("a\"b\\c\nd\u0001").as("t"),
        lit(1.0e20).as("big"), lit(0.1f).as("f"), lit(-0.0).as("z")))));
    query("to_json_not_a_struct", spark -> spark.range(1).select(to_json(col("id"))));
    // from_json
    query("from_json_ddl", spark -> json(spark).select(col("id"), from_json(col("j"), "a INT, b STRING",
        Map.of()).as("r")));
    query("from_json_struct_type", spark -> json(spark).select(col("id"), from_json(col("j"), new StructType()
        .add("a", DataTypes.LongType).add("extra", DataTypes.DoubleType)).as("r")));
    query("from_json_nested", spark -> json(spark).select(from_json(col("j"), "c STRUCT<d: ARRAY<STRING>>",
        Map.of()).as("r")));
    query("from_json_field_access", spark -> json(spark).select(from_json(col("j"), "a INT, b STRING", Map.of())
        .getField("b").as("b")));
    query("from_json_round_trip", spark -> collections(spark).select(from_json(to_json(struct(col("id"), col("s"))),
        "id INT, s ARRAY<STRING>", Map.of()).as("r")));
    query("from_json_array_and_map", spark -> spark.createDataFrame(Arrays.asList(RowFactory.create("[1, 2, null]"),
        RowFactory.create("{\"k\": 3}"), RowFactory.create("oops"), RowFactory.create((Object) null)),
        new StructType().add("j", DataTypes.StringType)).select(from_json(col("j"), "ARRAY<INT>", Map.of()).as("arr"),
        from_json(col("j"), "MAP<STRING, INT>", Map.of()).as("mp")));
    query("to_json_dates_and_binary", spark -> spark.range(1).select(to_json(struct(
        lit("2024-02-29").cast("date").as("d"), lit("hi").cast("binary").as("bin"),
        array(lit(Double.NaN), lit(1.0e-5), lit(123456789.0)).as("ds"))).as("j")));
    // get_json_object
    query("get_json_object", spark -> json(spark).select(col("id"), get_json_object(col("j"), "$.a").as("a"),
        get_json_object(col("j"), "$.b").as("b"), get_json_object(col("j"), "$.c.d[0]").as("d0"),
        get_json_object(col("j"), "$.c.d[2]").as("d2"), get_json_object(col("j"), "$.c").as("c")));
    query("get_json_object_missing", spark -> json(spark).select(get_json_object(col("j"), "$.nope"),
        get_json_object(col("j"), "$.c.d[9]")));
    query("get_json_object_unaliased", spark -> json(spark).select(get_json_object(col("j"), "$.b")));
    // md5, sha1, sha2, crc32
    query("md5_sha1", spark -> FunctionData.text(spark).select(md5(col("t")), sha1(col("t"))));
    query("sha2_lengths", spark -> FunctionData.text(spark).select(sha2(col("t"), 256), sha2(col("t"), 0)));
    query("sha2_224_384_512", spark -> FunctionData.text(spark).select(sha2(col("t"), 224), sha2(col("t"), 384),
        sha2(col("t"), 512)));
    query("sha2_long_input", spark -> FunctionData.text(spark).select(
        sha2(org.apache.spark.sql.functions.repeat(col("t"), 20), 224),
        sha2(org.apache.spark.sql.functions.repeat(col("t"), 20), 512), sha2(lit("abc").cast("binary"), 384)));
    query("sha2_invalid_length", spark -> spark.range(1).select(call_function("sha2", lit("abc"), lit(100))));
    query("crc32", spark -> FunctionData.text(spark).select(crc32(col("t"))));
    query("md5_of_binary", spark -> spark.range(1).select(md5(lit("abc").cast("binary")),
        crc32(lit("abc").cast("binary"))));
    query("md5_of_int", spark -> spark.range(1).select(md5(col("id"))));
    // hash (Murmur3 x86_32, seed 42)
    query("hash_int_long", spark -> spark.range(-2, 3).select(col("id"), hash(col("id")),
        hash(col("id").cast("int")), hash(lit(Integer.MAX_VALUE)), hash(lit(Long.MIN_VALUE))));
    query("hash_string", spark -> FunctionData.text(spark).select(col("t"), hash(col("t"))));
    query("hash_double_bool_null", spark -> FunctionData.mixed(spark).select(hash(col("d")), hash(col("b")),
        hash(col("d").cast("float")), hash(lit(null))));
    query("hash_several_columns", spark -> FunctionData.mixed(spark).select(hash(col("i"), col("s")),
        hash(col("s"), col("i"), col("b")), hash(col("d"), col("m"), col("i"))));
    query("hash_small_types", spark -> spark.range(3).select(hash(col("id").cast("short")),
        hash(col("id").cast("byte")), hash(lit("2024-02-29").cast("date")),
        hash(lit(java.time.Instant.parse("2024-01-02T03:04:05.123456Z"))).as("ts")));
    query("hash_decimal", spark -> FunctionData.mixed(spark).select(hash(col("m"))));
    query("hash_array_struct", spark -> collections(spark).select(hash(col("a")), hash(col("s")),
        hash(struct(col("id"), col("s")))));
    query("hash_map", spark -> collections(spark).select(hash(col("m"))));
    // xxhash64
    query("xxhash64", spark -> FunctionData.mixed(spark).select(xxhash64(col("i")), xxhash64(col("s")),
        xxhash64(col("d")), xxhash64(col("i"), col("s")), xxhash64(col("m")), xxhash64(col("b"))));
    query("xxhash64_long_strings", spark -> FunctionData.text(spark).select(xxhash64(col("t")),
        xxhash64(org.apache.spark.sql.functions.repeat(col("t"), 5)), xxhash64(col("n").cast("long"))));
    query("hash_long_strings", spark -> FunctionData.text(spark).select(
        hash(org.apache.spark.sql.functions.repeat(col("t"), 5)), crc32(org.apache.spark.sql.functions.repeat(col("t"), 3))));
    query("hash_literal_row", spark -> spark.range(1).select(hash(lit(1)), hash(lit("abc")), hash(lit(1.5)),
        hash(lit(true)), hash(array(lit(1), lit(2)))));
  }
}
