package dev.ember.conformance.cases;

import static org.apache.spark.sql.functions.assert_true;
import static org.apache.spark.sql.functions.call_function;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.current_catalog;
import static org.apache.spark.sql.functions.current_database;
import static org.apache.spark.sql.functions.current_schema;
import static org.apache.spark.sql.functions.current_user;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.session_user;
import static org.apache.spark.sql.functions.typeof;
import static org.apache.spark.sql.functions.user;
import static org.apache.spark.sql.functions.uuid;
import static org.apache.spark.sql.functions.version;

import dev.ember.conformance.CaseGroup;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** typeof, the current catalog/schema/user, uuid, version, assert_true and the SQL cast functions. */
public final class MiscFunctionCases extends CaseGroup {
  public MiscFunctionCases() {
    super("misc_functions");
    query("typeof", spark -> FunctionData.mixed(spark).select(typeof(col("i")), typeof(col("d")), typeof(col("s")),
        typeof(col("b")), typeof(col("m")), typeof(lit(null)), typeof(lit(1L)), typeof(col("i").cast("short"))));
    query("typeof_complex", spark -> spark.range(1).select(typeof(lit(java.sql.Date.valueOf("2024-01-02"))),
        typeof(col("id").cast("timestamp")), typeof(col("id").cast("timestamp").cast("timestamp_ntz")), typeof(lit(new byte[] {1})),
        typeof(call_function("array", col("id"))), typeof(call_function("map", lit("k"), col("id"))),
        typeof(call_function("struct", col("id"), lit(1.5f).as("f")))));
    query("current_catalog_and_schema", spark -> spark.range(1).select(current_catalog(), current_database(),
        current_schema()));
    check("current_user", (spark, outcome) -> {
      Dataset<Row> df = spark.range(1).select(current_user(), user(), session_user());
      outcome.schema(df);
      Row row = df.first();
      outcome.value("all three equal and non-empty", row.getString(0).equals(row.getString(1))
          && row.getString(1).equals(row.getString(2)) && !row.getString(0).isEmpty());
    });
    check("uuid", (spark, outcome) -> {
      Dataset<Row> df = spark.range(50).select(uuid().as("u"));
      outcome.schema(df);
      List<Row> rows = df.collectAsList();
      outcome.value("canonical version 4", rows.stream().allMatch(r -> r.getString(0).matches(
          "[0-9a-f]{8}-[0-9a-f]{4}-4[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}")));
      outcome.value("distinct", rows.stream().map(r -> r.getString(0)).distinct().count());
      // the seed is fixed in the plan: running the same Dataset again gives the same UUIDs
      outcome.value("repeatable", df.collectAsList().equals(rows));
    });
    check("version", (spark, outcome) -> {
      Dataset<Row> df = spark.range(1).select(version());
      outcome.schema(df);
      outcome.value("version", df.first().getString(0));
    });
    query("assert_true_passes", spark -> spark.range(3).select(assert_true(col("id").lt(5)),
        assert_true(col("id").geq(0), lit("negative!"))));
    query("assert_true_fails", spark -> spark.range(3).select(assert_true(col("id").lt(1))));
    query("assert_true_fails_with_message", spark -> spark.range(3).select(assert_true(col("id").lt(1), lit("too big"))));
    query("assert_true_null", spark -> spark.range(1).select(assert_true(lit(null).cast("boolean"))));
    query("assert_true_not_boolean", spark -> spark.range(1).select(assert_true(col("id"))));
    query("cast_aliases", spark -> spark.range(2).select(call_function("bigint", lit("12")),
        call_function("int", lit(3.7)), call_function("smallint", col("id")), call_function("tinyint", lit("5")),
        call_function("double", lit("1.5")), call_function("float", col("id")), call_function("string", lit(2.5)),
        call_function("boolean", lit("true")), call_function("decimal", lit("3.14159")),
        call_function("date", lit("2024-02-03")), call_function("binary", lit("ab"))));
    query("cast_alias_timestamp", spark -> spark.range(1).select(call_function("timestamp", lit("2024-02-03 04:05:06"))));
    query("cast_alias_invalid", spark -> spark.range(1).select(call_function("int", lit("x"))));
    query("cast_alias_two_arguments", spark -> spark.range(1).select(call_function("int", lit("1"), lit("2"))));
  }
}
