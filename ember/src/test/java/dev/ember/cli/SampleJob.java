package dev.ember.cli;

import static org.apache.spark.sql.functions.col;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;

/** A Spark job as users write them (session from the builder), for the submit test. */
public final class SampleJob {
  private SampleJob() {
  }

  public static void main(String[] args) throws Exception {
    SparkSession spark = SparkSession.builder().master("local[2]").appName("sample").getOrCreate();
    long big = spark.range(100).filter(col("id").geq(Long.parseLong(args[1]))).count();
    Files.writeString(Path.of(args[0]), Long.toString(big));
  }
}
