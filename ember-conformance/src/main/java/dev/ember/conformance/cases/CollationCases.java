package dev.ember.conformance.cases;

import static org.apache.spark.sql.functions.call_function;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.collate;
import static org.apache.spark.sql.functions.collation;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;

import dev.ember.conformance.CaseGroup;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructType;

/** String collations through the DataFrame API: collate(), collated schemas, comparison, grouping and order. */
public final class CollationCases extends CaseGroup {
  public CollationCases() {
    super("collations");
    query("collate_type_and_name", spark -> words(spark).select(collate(col("w"), "utf8_lcase"),
        collation(collate(col("w"), "unicode_ci")), collation(col("w"))));
    query("collated_schema", spark -> collated(spark).select(col("w"), col("w").equalTo(lit("AAA"))));
    unordered("filter_under_collation", spark -> collated(spark).filter(col("w").equalTo(lit("aaa"))));
    unordered("group_by_collation", spark -> collated(spark).groupBy(col("w")).agg(count(lit(1))).select(
        call_function("lower", col("w")), col("count(1)")));
    query("order_by_icu_collation", spark -> words(spark).orderBy(collate(col("w"), "UNICODE"), col("w")));
    query("contains_under_collation", spark -> words(spark).select(col("w"),
        call_function("contains", collate(col("w"), "UTF8_LCASE"), lit("B"))));
    query("window_under_collation", spark -> words(spark).select(col("w"),
        count(lit(1)).over(org.apache.spark.sql.expressions.Window.partitionBy(collate(col("w"), "UTF8_LCASE"))),
        org.apache.spark.sql.functions.rank().over(org.apache.spark.sql.expressions.Window.orderBy(
            collate(col("w"), "UNICODE_CI")))).orderBy(col("w")));
    check("table_default_collation", (spark, outcome) -> {
      spark.sql("DROP TABLE IF EXISTS collation_default_t");
      spark.sql("CREATE TABLE collation_default_t (a STRING, b STRING COLLATE UTF8_BINARY, c ARRAY<STRING>, n INT)"
          + " USING parquet DEFAULT COLLATION UTF8_LCASE");
      try {
        spark.sql("INSERT INTO collation_default_t VALUES ('x', 'X', array('y'), 1)");
        Dataset<Row> rows = spark.sql("SELECT *, a = 'X', b = 'x' FROM collation_default_t");
        outcome.value("schema", rows.schema().treeString());
        outcome.value("rows", rows.collectAsList().toString());
      } finally {
        spark.sql("DROP TABLE collation_default_t");
      }
    });
    query("aggregates_under_collation", spark -> words(spark).select(
        org.apache.spark.sql.functions.max(collate(col("w"), "UTF8_LCASE")),
        org.apache.spark.sql.functions.min(collate(col("w"), "UNICODE")),
        org.apache.spark.sql.functions.max(collate(col("w"), "UNICODE")),
        org.apache.spark.sql.functions.count_distinct(collate(col("w"), "UTF8_LCASE"))));
    unordered("set_operations_under_collation", spark -> {
      Dataset<Row> left = words(spark).select(collate(col("w"), "UTF8_LCASE").as("w"));
      Dataset<Row> right = words(spark).filter(col("w").equalTo(lit("AAA")))
          .select(collate(col("w"), "UTF8_LCASE").as("w"));
      return left.exceptAll(right).select(call_function("lower", col("w")).as("except_all"))
          .unionAll(left.intersectAll(right).select(call_function("lower", col("w"))))
          .unionAll(left.except(right).select(call_function("lower", col("w"))))
          .unionAll(left.intersect(right).select(call_function("lower", col("w"))));
    });
    check("schema_default_collation", (spark, outcome) -> {
      spark.sql("DROP SCHEMA IF EXISTS collation_schema CASCADE");
      spark.sql("CREATE SCHEMA collation_schema DEFAULT COLLATION unicode_ci");
      try {
        spark.sql("CREATE TABLE collation_schema.t (a STRING, b STRING COLLATE UTF8_BINARY) USING parquet");
        outcome.value("schema", spark.table("collation_schema.t").schema().treeString());
        spark.sql("ALTER SCHEMA collation_schema DEFAULT COLLATION utf8_lcase");
        outcome.value("collation", spark.sql("DESCRIBE SCHEMA EXTENDED collation_schema")
            .filter(col("info_name").equalTo(lit("Collation"))).collectAsList().toString());
      } finally {
        spark.sql("DROP SCHEMA collation_schema CASCADE");
      }
    });
    query("invalid_collation_name", spark -> words(spark).select(collate(col("w"), "UTF8_LCASEE")));
    query("explicit_collation_mismatch", spark -> words(spark).select(
        collate(col("w"), "UTF8_LCASE").equalTo(collate(col("w"), "UNICODE"))));
  }

  private static Dataset<Row> words(SparkSession spark) {
    return spark.createDataFrame(List.of(RowFactory.create("aaa"), RowFactory.create("AAA"), RowFactory.create("bbb"),
        RowFactory.create("äaa")), StructType.fromDDL("w string"));
  }

  /**
   * A column of a collation. Not a createDataFrame schema: the Spark Connect client's row encoder drops a schema's
   * collations (any Connect server sees plain strings), where classic Spark keeps them.
   */
  private static Dataset<Row> collated(SparkSession spark) {
    return spark.createDataFrame(List.of(RowFactory.create("aaa"), RowFactory.create("AAA"), RowFactory.create("bbb")),
        StructType.fromDDL("v string")).select(col("v").cast("string collate UTF8_LCASE").as("w"));
  }
}
