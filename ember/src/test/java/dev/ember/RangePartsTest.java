package dev.ember;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;

/** A large spark.range is read in parts, one per core: its rows come back complete and in the range's order. */
class RangePartsTest {
  @Test
  void aLargeRangeKeepsItsOrderThroughProjectionsAndFilters() throws Exception {
    try (SparkSession spark = Ember.builder().create()) {
      List<Row> rows = spark.range(7, 3_000_007, 3).selectExpr("id", "md5(CAST(id AS STRING)) AS digest")
          .filter("id % 2 = 1").collectAsList();
      assertThat(rows).hasSize(500_000);
      long expected = 7;
      for (Row row : rows) {
        assertThat(row.getLong(0)).isEqualTo(expected);
        expected += 6;
      }
      List<Row> descending = spark.range(1_000_000, -1_000_000, -2).selectExpr("id").collectAsList();
      assertThat(descending).hasSize(1_000_000);
      assertThat(descending.get(0).getLong(0)).isEqualTo(1_000_000);
      assertThat(descending.get(999_999).getLong(0)).isEqualTo(-999_998);
      for (int i = 1; i < descending.size(); i++) {
        assertThat(descending.get(i).getLong(0)).isEqualTo(descending.get(i - 1).getLong(0) - 2);
      }
      Row totals = spark.range(10_000_000).selectExpr("sum(id)", "count(*)").first();
      assertThat(totals.getLong(0)).isEqualTo(49_999_995_000_000L);
      assertThat(totals.getLong(1)).isEqualTo(10_000_000L);
      assertThat(spark.range(0, 2_000_000).selectExpr("monotonically_increasing_id() AS m", "id")
          .filter("m <> id").count()).isZero();
    }
  }
}
