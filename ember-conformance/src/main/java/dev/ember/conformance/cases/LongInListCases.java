package dev.ember.conformance.cases;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.when;

import dev.ember.conformance.CaseGroup;
import java.math.BigDecimal;
import java.sql.Date;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.IntStream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;

/** isin with long lists of values (Ember sends them to DuckDB as one string): every type, NULLs, NaN, separators. */
public final class LongInListCases extends CaseGroup {
  public LongInListCases() {
    super("long_in_lists");
    query("longs", spark -> spark.range(0, 400).filter(col("id").isin(multiples(3, 100))).agg(
        org.apache.spark.sql.functions.count("*"), org.apache.spark.sql.functions.sum("id")));
    query("ints_against_long_column", spark -> spark.range(0, 400).filter(col("id").isin(ints(100))).orderBy("id")
        .limit(5));
    query("with_null_in_list", spark -> withNulls(spark).select(col("id"), col("id").isin(withNull(multiples(2, 80)))
        .as("found")).orderBy(col("id").asc_nulls_first()).limit(8));
    query("null_value", spark -> withNulls(spark).select(col("id"), col("id").isin(multiples(2, 80)).as("found"))
        .orderBy(col("id").asc_nulls_first()).limit(4));
    query("strings_with_separators", spark -> strings(spark).select(col("s"), col("s").isin(stringList()).as("found")));
    query("doubles_nan_and_zero", spark -> doubles(spark).select(col("d"), col("d").isin(doubleList()).as("found")));
    query("decimals", spark -> spark.range(0, 100).select(col("id"), col("id").cast(DataTypes.createDecimalType(10, 2))
        .divide(4).cast(DataTypes.createDecimalType(10, 2)).isin(decimalList()).as("found")).orderBy("id").limit(12));
    query("dates", spark -> spark.range(0, 100).select(col("id"), org.apache.spark.sql.functions.date_add(
        lit(Date.valueOf("2024-01-01")), col("id").cast("int")).isin(dateList()).as("found")).orderBy("id").limit(10));
    query("in_select_and_when", spark -> spark.range(0, 10).select(col("id"), when(col("id").isin(multiples(3, 70)),
        "three").otherwise("other").as("kind")));
    query("not_isin", spark -> spark.range(0, 300).filter(org.apache.spark.sql.functions.not(
        col("id").isin(multiples(2, 140)))).agg(org.apache.spark.sql.functions.count("*")));
    // lists whose text is long enough to be bound as a statement parameter
    query("thousands_of_longs", spark -> spark.range(0, 30000).filter(col("id").isin(multiples(3, 6000))).agg(
        org.apache.spark.sql.functions.count("*"), org.apache.spark.sql.functions.sum("id")));
    query("thousands_of_strings_and_null", spark -> strings(spark).select(col("s"),
        col("s").isin(withNull(manyStrings())).as("found")));
    // unaliased: the column is named after every constant, as Spark names it
    query("named_after_its_constants", spark -> spark.range(0, 5).select(col("id").isin(multiples(3, 70))));
    query("int_column_against_longs_named", spark -> spark.range(0, 6).select(col("id").cast("int").as("i"))
        .select(col("i").isin(multiples(2, 70))));
    query("string_column_against_longs", spark -> spark.range(0, 6).select(col("id").cast("string").as("s"))
        .select(col("s"), col("s").isin(multiples(2, 70)).as("found")));
    query("long_column_against_doubles", spark -> spark.range(0, 6).select(col("id"),
        col("id").isin(IntStream.range(0, 70).mapToObj(i -> (Object) (i * 1.5)).toArray()).as("found")));
    check("thousands_of_longs_cached", (spark, outcome) -> {
      Dataset<Long> cached = spark.range(0, 30000).filter(col("id").isin(multiples(5, 5000))).persist();
      outcome.value("count", cached.count());
      outcome.value("again", cached.filter(col("id").gt(24000)).count());
      cached.unpersist();
    });
  }

  private static Object[] manyStrings() {
    List<Object> values = new ArrayList<>(List.of("a,b", "x\u0001y", "plain"));
    IntStream.range(0, 4000).forEach(i -> values.add("s" + i));
    return values.toArray();
  }

  private static Object[] multiples(long factor, int count) {
    return IntStream.range(0, count).mapToObj(i -> (Object) (i * factor)).toArray();
  }

  private static Object[] ints(int count) {
    return IntStream.range(0, count).mapToObj(i -> (Object) (i * 7)).toArray();
  }

  private static Object[] withNull(Object[] values) {
    List<Object> list = new ArrayList<>(List.of(values));
    list.add(null);
    return list.toArray();
  }

  private static Dataset<Row> withNulls(SparkSession spark) {
    return spark.range(0, 10).select(when(col("id").equalTo(3), lit(null)).otherwise(col("id")).as("id"));
  }

  private static Dataset<Row> strings(SparkSession spark) {
    return spark.createDataFrame(List.of("a,b", "x\u0001y", "plain", "", "s70", "missing").stream()
        .map(value -> org.apache.spark.sql.RowFactory.create(value)).toList(),
        new org.apache.spark.sql.types.StructType().add("s", DataTypes.StringType, false));
  }

  private static Object[] stringList() {
    List<Object> values = new ArrayList<>(List.of("a,b", "x\u0001y", "plain", ""));
    IntStream.range(0, 80).forEach(i -> values.add("s" + i));
    return values.toArray();
  }

  private static Dataset<Row> doubles(SparkSession spark) {
    return spark.createDataFrame(List.of(Double.NaN, -0.0, 0.1, 1e300, Double.NEGATIVE_INFINITY, 2.5).stream()
        .map(value -> org.apache.spark.sql.RowFactory.create(value)).toList(),
        new org.apache.spark.sql.types.StructType().add("d", DataTypes.DoubleType, false));
  }

  private static Object[] doubleList() {
    List<Object> values = new ArrayList<>(List.of(Double.NaN, 0.0, 0.1, 1e300, Double.NEGATIVE_INFINITY));
    IntStream.range(0, 80).forEach(i -> values.add(i * 10.0 + 0.5));
    return values.toArray();
  }

  private static Object[] decimalList() {
    return IntStream.range(0, 80).mapToObj(i -> (Object) new BigDecimal(i).divide(new BigDecimal(2))
        .setScale(2)).toArray();
  }

  private static Object[] dateList() {
    return IntStream.range(0, 80).mapToObj(i -> (Object) Date.valueOf(java.time.LocalDate.of(2024, 1, 1)
        .plusDays(i * 3L))).toArray();
  }
}
