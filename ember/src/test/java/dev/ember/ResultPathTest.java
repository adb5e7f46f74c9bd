package dev.ember;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.concat;
import static org.apache.spark.sql.functions.date_add;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.map;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.when;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/**
 * Results through DuckDB's Arrow export reach the client with the values of the JDBC row path
 * ({@code spark.ember.result.arrowExport=false}), for every simple type, NULLs and nested types, over
 * several batches.
 */
class ResultPathTest {
  @Test
  void everyTypeArrivesAsOnTheRowPathOverSeveralBatches() {
    // set explicitly, the export is used even if the engine is still starting it
    SparkSession spark = Ember.builder().config("spark.ember.result.arrowExport", true)
        .config("spark.sql.execution.arrow.maxRecordsPerBatch", 7)
        .config("spark.sql.session.timeZone", "Asia/Kolkata").create();
    Dataset<Row> df = spark.range(25).select(
        nullEveryFourth(col("id").cast("byte")).as("b"), nullEveryFourth(col("id").cast("short")).as("s"),
        nullEveryFourth(col("id").cast("int")).as("i"), nullEveryFourth(col("id").multiply(10_000_000_000L)).as("l"),
        nullEveryFourth(col("id").cast("float").divide(4).cast("float")).as("f"),
        nullEveryFourth(col("id").divide(3)).as("d"),
        nullEveryFourth(col("id").cast("decimal(20,4)").divide(8)).as("dec"),
        nullEveryFourth(concat(lit("text "), col("id").cast("string"), lit(" é"))).as("t"),
        nullEveryFourth(col("id").cast("string").cast("binary")).as("bin"),
        nullEveryFourth(date_add(lit(java.sql.Date.valueOf("1969-12-30")), col("id").cast("int"))).as("dt"),
        nullEveryFourth(col("id").multiply(3600).cast("timestamp")).as("ts"),
        nullEveryFourth(lit(LocalDateTime.parse("1900-01-01T00:00:00.123456"))).as("ntz"),
        nullEveryFourth(col("id").mod(2).equalTo(0)).as("bool"),
        nullEveryFourth(array(col("id"), lit(null).cast("long"))).as("arr"),
        nullEveryFourth(map(col("id").cast("string"), col("id").divide(2))).as("m"),
        nullEveryFourth(struct(col("id").as("x"), col("id").cast("string").as("y z"))).as("st"));

    List<Row> exported = df.collectAsList();
    spark.conf().set("spark.ember.result.arrowExport", "false");
    List<Row> rows = df.collectAsList();

    assertThat(exported).hasSize(25).isEqualTo(rows);
    Row two = exported.get(2);
    assertThat(two.getByte(0)).isEqualTo((byte) 2);
    assertThat(two.getLong(3)).isEqualTo(20_000_000_000L);
    assertThat(two.getDecimal(6)).isEqualByComparingTo(new BigDecimal("0.25"));
    assertThat(two.getString(7)).isEqualTo("text 2 é");
    assertThat((byte[]) two.get(8)).isEqualTo("2".getBytes(java.nio.charset.StandardCharsets.UTF_8));
    assertThat(two.getDate(9).toLocalDate()).isEqualTo(LocalDate.parse("1970-01-01"));
    assertThat(two.getTimestamp(10).toInstant()).isEqualTo(Instant.parse("1970-01-01T02:00:00Z"));
    assertThat(two.<Object>getList(13)).containsExactly(2L, null);
    assertThat(two.getStruct(15).getString(1)).isEqualTo("2");
    for (int column = 0; column < 16; column++) {
      assertThat(exported.get(1).isNullAt(column)).isTrue();
      assertThat(exported.get(21).isNullAt(column)).isTrue();
    }
  }

  private static Column nullEveryFourth(Column value) {
    return when(col("id").mod(4).notEqual(1), value);
  }
}
