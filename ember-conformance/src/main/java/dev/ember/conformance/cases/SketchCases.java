package dev.ember.conformance.cases;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count_min_sketch;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import dev.ember.conformance.CaseGroup;
import dev.ember.conformance.Outcome;
import java.io.ByteArrayOutputStream;
import java.security.MessageDigest;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.LongStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.sketch.BloomFilter;
import org.apache.spark.util.sketch.CountMinSketch;

/**
 * {@code stat().bloomFilter} and {@code stat().countMinSketch}: the client aggregates with
 * {@code bloom_filter_agg} / {@code count_min_sketch} and reads the bytes back, so the cases record
 * those bytes (equal bytes, equal sketches) and what the sketches answer, as Spark's
 * ClientDataFrameStatSuite checks them.
 */
public final class SketchCases extends CaseGroup {
  private static final List<String> TYPES = List.of("long", "int", "short", "byte", "string");

  public SketchCases() {
    super("sketches");
    for (String type : TYPES) {
      check("bloom_filter_" + type + "_fpp", (spark, outcome) ->
          describe(outcome, values(spark, type).stat().bloomFilter("v", 1000, 0.03), probes(type)));
      check("bloom_filter_" + type + "_bits", (spark, outcome) ->
          describe(outcome, values(spark, type).stat().bloomFilter("v", 1000, 64 * 5), probes(type)));
    }
    check("bloom_filter_many_values", (spark, outcome) -> describe(outcome,
        spark.range(5000).select(col("id").multiply(7919).mod(100003).as("v")).stat().bloomFilter("v", 5000, 0.01),
        LongStream.range(0, 20).boxed().map(Object.class::cast).toList()));
    check("bloom_filter_with_nulls", (spark, outcome) -> describe(outcome, spark.range(20)
        .select(when(col("id").mod(3).equalTo(0), lit(null)).otherwise(col("id").cast("string")).as("v"))
        .stat().bloomFilter(col("v"), 100, 0.1), List.of("1", "3", "null")));
    check("bloom_filter_one_hash", (spark, outcome) ->
        describe(outcome, values(spark, "long").stat().bloomFilter("v", 1000, 64), probes("long")));
    check("bloom_filter_many_hashes", (spark, outcome) ->
        describe(outcome, values(spark, "int").stat().bloomFilter("v", 3, 64 * 4), probes("int")));
    check("bloom_filter_capped_items", (spark, outcome) ->
        describe(outcome, values(spark, "long").stat().bloomFilter("v", 10_000_000L, 128L), probes("long")));
    check("bloom_filter_capped_bits", (spark, outcome) ->
        describe(outcome, values(spark, "long").stat().bloomFilter("v", 100, 100_000_000L), probes("long")));
    check("bloom_filter_all_nulls", (spark, outcome) -> describe(outcome,
        spark.range(3).select(lit(null).cast("long").as("v")).stat().bloomFilter("v", 10, 0.1), List.of()));
    check("bloom_filter_empty", (spark, outcome) -> describe(outcome,
        spark.range(0).stat().bloomFilter("id", 10, 0.1), List.of()));
    check("bloom_filter_double_column", (spark, outcome) -> describe(outcome,
        spark.range(10).select(col("id").cast("double").as("v")).stat().bloomFilter("v", 1000, 0.03), List.of()));
    check("bloom_filter_negative_items", (spark, outcome) ->
        describe(outcome, spark.range(1000).stat().bloomFilter("id", -1000, 100), List.of()));
    check("bloom_filter_negative_bits", (spark, outcome) ->
        describe(outcome, spark.range(1000).stat().bloomFilter("id", 1000, -100), List.of()));
    check("bloom_filter_negative_fpp", (spark, outcome) ->
        describe(outcome, spark.range(1000).stat().bloomFilter("id", 1000, -1.0), List.of()));
    check("bloom_filter_zero_items", (spark, outcome) ->
        describe(outcome, spark.range(1000).stat().bloomFilter("id", 0, 100), List.of()));

    check("count_min_sketch_depth_width", (spark, outcome) ->
        describe(outcome, spark.range(1000).stat().countMinSketch("id", 10, 20, 42), List.of(0L, 1L, 999L, 1000L)));
    check("count_min_sketch_eps_confidence", (spark, outcome) -> describe(outcome,
        spark.range(1000).stat().countMinSketch("id", 0.001, 0.99, 42), List.of(0L, 1L, 999L, 1000L)));
    for (String type : TYPES) {
      check("count_min_sketch_" + type, (spark, outcome) ->
          describe(outcome, values(spark, type).stat().countMinSketch("v", 0.1, 0.9, 7), probes(type)));
    }
    check("count_min_sketch_repeated_strings", (spark, outcome) -> describe(outcome, spark.range(300)
        .select(when(col("id").mod(3).equalTo(0), lit("héllo")).otherwise(col("id").mod(7).cast("string")).as("v"))
        .stat().countMinSketch("v", 0.05, 0.95, -3), List.of("héllo", "1", "6", "7")));
    check("count_min_sketch_binary", (spark, outcome) -> describe(outcome, spark.range(50)
        .select(col("id").mod(4).cast("string").cast("binary").as("v")).stat().countMinSketch("v", 0.2, 0.8, 1),
        List.of()));
    check("count_min_sketch_negative_longs", (spark, outcome) -> describe(outcome, spark.range(200)
        .select(col("id").multiply(-123456789L).multiply(1000003L).as("v")).stat().countMinSketch("v", 0.01, 0.999, 5),
        List.of(0L, -123456789L * 1000003L, 5L)));
    check("count_min_sketch_with_nulls", (spark, outcome) -> describe(outcome, spark.range(20)
        .select(when(col("id").mod(2).equalTo(0), lit(null)).otherwise(col("id")).as("v"))
        .stat().countMinSketch("v", 0.5, 0.5, 0), List.of(1L, 2L)));
    check("count_min_sketch_empty", (spark, outcome) ->
        describe(outcome, spark.range(0).stat().countMinSketch("id", 0.5, 0.5, 0), List.of(1L)));
    query("count_min_sketch_select", spark ->
        spark.range(3).select(count_min_sketch(col("id"), lit(0.5), lit(0.5), lit(1))));
    unordered("count_min_sketch_grouped", spark -> spark.range(10).groupBy(col("id").mod(2).as("k"))
        .agg(count_min_sketch(col("id"), lit(0.9), lit(0.3), lit(2)).as("sketch")));
    check("count_min_sketch_double_column", (spark, outcome) -> describe(outcome,
        spark.range(10).select(col("id").cast("double").as("v")).stat().countMinSketch("v", 0.1, 0.9, 1), List.of()));
    check("count_min_sketch_negative_eps", (spark, outcome) ->
        describe(outcome, spark.range(10).stat().countMinSketch("id", -0.1, 0.9, 1), List.of()));
    check("count_min_sketch_confidence_one", (spark, outcome) ->
        describe(outcome, spark.range(10).stat().countMinSketch("id", 0.1, 1.0, 1), List.of()));
    check("count_min_sketch_zero_confidence", (spark, outcome) ->
        describe(outcome, spark.range(10).stat().countMinSketch("id", 0.1, 0.0, 1), List.of()));
    query("count_min_sketch_float_eps", spark ->
        spark.range(10).select(count_min_sketch(col("id"), lit(0.5f), lit(0.5), lit(1))));
    query("count_min_sketch_long_seed", spark ->
        spark.range(10).select(count_min_sketch(col("id"), lit(0.5), lit(0.5), lit(1L))));
    query("count_min_sketch_column_eps", spark ->
        spark.range(10).select(count_min_sketch(col("id"), col("id").cast("double"), lit(0.5), lit(1))));
    query("count_min_sketch_null_eps", spark ->
        spark.range(10).select(count_min_sketch(col("id"), lit(null).cast("double"), lit(0.5), lit(1))));
  }

  /** v: ten values from -100 to 107 of the given type. */
  private static Dataset<Row> values(SparkSession spark, String type) {
    return spark.range(10).select(col("id").multiply(23).minus(100).cast(type).as("v"));
  }

  /** Members (-100, 15, 107) and non-members (-101, 55, 113) of {@link #values}, as the type's Java objects. */
  private static List<Object> probes(String type) {
    return LongStream.of(-100, 15, 107, -101, 55, 113).mapToObj(value -> (Object) switch (type) {
      case "int" -> (int) value;
      case "short" -> (short) value;
      case "byte" -> (byte) value;
      case "string" -> Long.toString(value);
      default -> value;
    }).toList();
  }

  private static void describe(Outcome outcome, BloomFilter filter, List<Object> probes) throws Exception {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    filter.writeTo(bytes);
    bytes(outcome, bytes.toByteArray());
    outcome.value("bitSize", filter.bitSize());
    outcome.value("cardinality", filter.cardinality());
    outcome.value("expectedFpp", filter.expectedFpp());
    outcome.value("mightContain", probes.stream().map(filter::mightContain).toList());
  }

  private static void describe(Outcome outcome, CountMinSketch sketch, List<Object> probes) throws Exception {
    bytes(outcome, sketch.toByteArray());
    outcome.value("depth", sketch.depth());
    outcome.value("width", sketch.width());
    outcome.value("relativeError", sketch.relativeError());
    outcome.value("confidence", sketch.confidence());
    outcome.value("totalCount", sketch.totalCount());
    outcome.value("estimateCount", probes.stream().map(sketch::estimateCount).toList());
  }

  /** Short serializations in full, long ones by length and SHA-256. */
  private static void bytes(Outcome outcome, byte[] serialized) throws Exception {
    outcome.value("bytes", serialized.length <= 1024 ? HexFormat.of().formatHex(serialized)
        : serialized.length + " bytes, sha-256 "
            + HexFormat.of().formatHex(MessageDigest.getInstance("SHA-256").digest(serialized)));
  }
}
