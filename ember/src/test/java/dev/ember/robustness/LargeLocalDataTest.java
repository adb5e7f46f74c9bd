package dev.ember.robustness;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.sum;
import static org.assertj.core.api.Assertions.assertThat;

import java.math.BigDecimal;
import java.sql.Date;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** createDataFrame of many rows reaches DuckDB through Arrow, embedded and over a server, and reads back whole. */
class LargeLocalDataTest {
  private static final int ROWS = 200_000;
  private static final StructType SCHEMA = new StructType()
      .add("id", DataTypes.LongType, false)
      .add("score", DataTypes.DoubleType)
      .add("name", DataTypes.StringType)
      .add("day", DataTypes.DateType)
      .add("price", DataTypes.createDecimalType(12, 2))
      .add("tags", DataTypes.createArrayType(DataTypes.StringType));
  private static final List<Row> DATA = data();
  private static EmbeddedAndLoopback sessions;

  @BeforeAll
  static void startServer() {
    sessions = new EmbeddedAndLoopback(Map.of());
  }

  @AfterAll
  static void stopServer() {
    sessions.close();
  }

  private static List<Row> data() {
    List<Row> rows = new ArrayList<>(ROWS);
    LocalDate start = LocalDate.of(2020, 1, 1);
    for (int i = 0; i < ROWS; i++) {
      rows.add(RowFactory.create((long) i, i % 7 == 0 ? null : i / 4.0, "name-" + i,
          Date.valueOf(start.plusDays(i % 1000)), BigDecimal.valueOf(i, 2), List.of("t" + (i % 3), "u")));
    }
    return rows;
  }

  private static String text(Row row) {
    List<Object> values = new ArrayList<>();
    for (int i = 0; i < 5; i++) {
      values.add(row.get(i));
    }
    values.add(row.get(5) instanceof List<?> list ? list : row.getList(5));
    return values.toString();
  }

  @ParameterizedTest
  @MethodSource("dev.ember.robustness.EmbeddedAndLoopback#names")
  void manyRowsReadBackWhole(String name) {
    SparkSession spark = sessions.session(name);
    long started = System.nanoTime();
    Dataset<Row> df = spark.createDataFrame(DATA, SCHEMA);
    Row totals = df.agg(sum("id"), sum("score"), max("name"), max("day"), sum("price")).first();
    System.out.printf("createDataFrame of %d rows × %d columns and an aggregate (%s): %d ms%n", ROWS,
        SCHEMA.size(), name, (System.nanoTime() - started) / 1_000_000);
    assertThat(totals.getLong(0)).isEqualTo((long) ROWS * (ROWS - 1) / 2);
    assertThat(totals.getString(2)).isEqualTo("name-99999");
    assertThat(totals.getDate(3)).isEqualTo(Date.valueOf(LocalDate.of(2020, 1, 1).plusDays(999)));
    assertThat(totals.getDecimal(4)).isEqualByComparingTo(BigDecimal.valueOf((long) ROWS * (ROWS - 1) / 2, 2));
    List<Row> some = df.filter(col("id").isin(0L, 7L, 199_999L)).orderBy("id").collectAsList();
    assertThat(some.stream().map(LargeLocalDataTest::text)).containsExactly(text(DATA.get(0)), text(DATA.get(7)),
        text(DATA.get(199_999)));
    // the same data again, and the DataFrame reused: found by content
    assertThat(spark.createDataFrame(DATA, SCHEMA).count()).isEqualTo(ROWS);
    assertThat(df.union(df).count()).isEqualTo(2L * ROWS);
  }
}
