package dev.ember.conformance.cases;

import static org.apache.spark.sql.functions.col;

import dev.ember.conformance.CaseGroup;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;

/** What Spark refuses before it writes a DataFrame: a column name twice (also in another case). */
public final class WriteCheckCases extends CaseGroup {
  public WriteCheckCases() {
    super("write_checks");
    check("zip_with_index_duplicate_column", (spark, outcome) ->
        writeParquet(spark.range(3).withColumnRenamed("id", "index").zipWithIndex()));
    check("duplicate_column_other_case", (spark, outcome) ->
        writeParquet(spark.range(2).select(col("id"), col("id").as("ID"))));
    check("duplicate_column_from_join", (spark, outcome) ->
        writeParquet(spark.range(2).join(spark.range(3), "id").select(col("id"), col("id"))));
  }

  /** Writes into a fresh directory (the write is refused before anything is written there). */
  private static void writeParquet(Dataset<Row> df) throws IOException {
    Path directory = Files.createTempDirectory("ember-write-check");
    df.write().parquet(directory.resolve("out").toString());
  }
}
