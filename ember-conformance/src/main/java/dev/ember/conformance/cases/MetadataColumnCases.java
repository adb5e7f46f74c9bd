package dev.ember.conformance.cases;

import static dev.ember.conformance.ConformanceData.path;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.lit;

import dev.ember.conformance.CaseGroup;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * A file source's hidden {@code _metadata} struct (file_path, file_name, file_size, file_block_start,
 * file_block_length, file_modification_time; Parquet adds row_index): by name when no column has that name, by
 * {@code df.metadataColumn}, through filters, not through {@code *} or past an operator that picks its columns. The
 * modification time depends on the checkout, so cases show whether it is there, not its value.
 */
public final class MetadataColumnCases extends CaseGroup {
  private static final String[] FIELDS = {"file_path", "file_name", "file_size", "file_block_start",
      "file_block_length"};

  public MetadataColumnCases() {
    super("metadata_columns");
    unordered("parquet_fields", spark -> fields(spark.read().parquet(path("parquet_dir"))));
    unordered("csv_fields", spark -> fields(spark.read().option("header", "true").csv(path("people.csv"))));
    unordered("json_fields", spark -> fields(spark.read().json(path("people.json"))));
    unordered("text_fields", spark -> fields(spark.read().text(path("lines.txt"))));
    unordered("partitioned_fields", spark -> fields(spark.read().option("header", "true").csv(path("partitioned"))));
    query("parquet_schema", spark -> spark.read().parquet(path("parquet_dir")).select(col("_metadata")).limit(0));
    query("csv_schema", spark -> spark.read().csv(path("people.csv")).select(col("_metadata")).limit(0));
    unordered("modification_time_present", spark -> spark.read().parquet(path("parquet_dir"))
        .select(col("_metadata.file_modification_time").isNotNull().as("has_time")).distinct());
    unordered("row_index", spark -> spark.read().parquet(path("parquet_dir"))
        .select(col("_metadata.file_name"), col("_metadata.row_index")));
    query("star_leaves_it_out", spark -> spark.read().parquet(path("parquet_dir")).select(col("*")).limit(0));
    unordered("qualified_star_leaves_it_out", spark -> spark.read().option("header", "true")
        .csv(path("people.csv")).as("t").select(col("t.*"), col("_metadata.file_name")));
    query("columns_leave_it_out", spark -> spark.read().parquet(path("parquet_dir")).limit(0));
    unordered("after_filter", spark -> spark.read().option("header", "true").csv(path("people.csv"))
        .filter(col("name").isNotNull()).select(col("name"), col("_metadata.file_name")));
    query("after_projection", spark -> spark.read().option("header", "true").csv(path("people.csv"))
        .select(col("name")).select(col("_metadata.file_name")));
    unordered("grouped_by_file", spark -> spark.read().csv(path("csv_dir")).groupBy(col("_metadata.file_name"))
        .agg(count(lit(1)).as("n")));
    unordered("metadata_column_api", spark -> {
      Dataset<Row> people = spark.read().option("header", "true").csv(path("people.csv"));
      return people.select(col("name"), people.metadataColumn("_metadata").getField("file_name"));
    });
    unordered("data_column_named_metadata", spark -> withMetadataNamedColumn(spark).select(col("_metadata")));
    unordered("data_column_and_metadata_column_api", spark -> {
      Dataset<Row> data = withMetadataNamedColumn(spark);
      return data.groupBy(data.metadataColumn("_metadata").getField("file_name").endsWith(".snappy.parquet")
          .as("parquet")).count();
    });
    query("data_column_and_metadata_column_name", spark -> {
      Dataset<Row> data = withMetadataNamedColumn(spark);
      return data.select(col("_metadata"), data.metadataColumn("_metadata").getField("file_name")).limit(0);
    });
    query("unknown_metadata_column", spark -> {
      Dataset<Row> people = spark.read().option("header", "true").csv(path("people.csv"));
      return people.select(people.metadataColumn("_nope"));
    });
    query("range_has_none", spark -> spark.range(2).select(col("_metadata")));
    unordered("sql_view", spark -> {
      spark.read().option("header", "true").csv(path("people.csv")).createOrReplaceTempView("people_files");
      return spark.sql("SELECT name, _metadata.file_name FROM people_files");
    });
    unordered("join_side", spark -> {
      Dataset<Row> left = spark.read().csv(path("csv_dir"));
      return left.join(spark.range(1).toDF("k"), lit(true)).select(col("_c0"), col("_metadata.file_name"));
    });
  }

  private static Dataset<Row> fields(Dataset<Row> files) {
    Dataset<Row> selected = files;
    org.apache.spark.sql.Column[] columns = new org.apache.spark.sql.Column[FIELDS.length];
    for (int i = 0; i < FIELDS.length; i++) {
      columns[i] = col("_metadata." + FIELDS[i]);
    }
    return selected.select(columns);
  }

  /** The data written by Spark's test: a string column named {@code _metadata}, in the test's own directory. */
  private static Dataset<Row> withMetadataNamedColumn(SparkSession spark) {
    String directory = "target/metadata_columns/named";
    spark.range(0, 4, 1, 1).withColumn("_metadata", concat(lit("lol_"), col("id"))).write().mode("overwrite")
        .parquet(directory);
    return spark.read().parquet(directory);
  }
}
