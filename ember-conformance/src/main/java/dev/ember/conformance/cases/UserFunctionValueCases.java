package dev.ember.conformance.cases;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.udf;

import dev.ember.conformance.CaseBody;
import dev.ember.conformance.CaseGroup.DataFrameQuery;
import dev.ember.conformance.cases.UserCodeFixtures.FailingSum;
import dev.ember.conformance.cases.UserCodeFixtures.Person;
import java.math.BigDecimal;
import java.util.List;
import java.util.Map;
import org.apache.spark.api.java.function.FilterFunction;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.MapGroupsFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF3;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * More of {@code user_functions} (issue 17): the values user code receives and returns for each type — timestamps,
 * small integers, floats, binary, maps, nested structs, arrays of structs, NULL structs and fields — and the typed
 * operators over empty inputs, beans and failures. Registered into {@link UserFunctionCases}' group.
 */
final class UserFunctionValueCases {
  /** A failing action's exception class and error condition (Spark's may come with no condition). */
  private static void failure(dev.ember.conformance.Outcome outcome, Runnable action) {
    try {
      action.run();
      outcome.value("error", "none");
    } catch (Exception failure) {
      outcome.value("class", failure.getClass().getName());
      outcome.value("condition", failure instanceof org.apache.spark.SparkThrowable thrown
          ? String.valueOf(thrown.getCondition()) : "none");
    }
  }

  /** The registration methods of the group these cases join. */
  interface Cases {
    void query(String name, DataFrameQuery query);

    void unordered(String name, DataFrameQuery query);

    void conditionOnly(String name, DataFrameQuery query);

    void check(String name, CaseBody body);
  }

  private static final String NESTED = "SELECT * FROM VALUES (1, named_struct('a', 1L, 'inner', named_struct('s', 'x',"
      + " 'd', 1.5D))), (2, named_struct('a', NULL, 'inner', named_struct('s', NULL, 'd', 2.5D))),"
      + " (3, named_struct('a', 3L, 'inner', NULL)), (4, NULL) AS t(id, n)";

  private UserFunctionValueCases() {
  }

  static void register(Cases cases) {
    values(cases);
    edgeValues(cases);
    structures(cases);
    typedEdges(cases);
  }

  private static void values(Cases cases) {
    cases.query("timestamp_input", spark -> spark.sql("SELECT TIMESTAMP '2024-03-01 10:15:30.123456' AS t")
        .select(udf((UDF1<java.sql.Timestamp, String>) t -> t.toInstant() + "/" + t.getNanos(),
            DataTypes.StringType).apply(col("t")).as("text")));
    cases.query("timestamp_result", spark -> spark.range(2).select(udf((UDF1<Long, java.sql.Timestamp>) id ->
        java.sql.Timestamp.from(java.time.Instant.ofEpochSecond(86_400 * id + 5)), DataTypes.TimestampType)
        .apply(col("id")).as("at")));
    cases.query("date_result", spark -> spark.range(2).select(udf((UDF1<Long, java.sql.Date>) id ->
        java.sql.Date.valueOf(java.time.LocalDate.of(2020, 2, 28).plusDays(id)), DataTypes.DateType)
        .apply(col("id")).as("day")));
    cases.query("short_and_byte_results", spark -> spark.range(3).select(
        udf((UDF1<Long, Short>) id -> (short) (id * 1000), DataTypes.ShortType).apply(col("id")).as("s"),
        udf((UDF1<Long, Byte>) id -> (byte) (id - 1), DataTypes.ByteType).apply(col("id")).as("b")));
    cases.query("float_result", spark -> spark.range(3).select(udf((UDF1<Long, Float>) id -> id / 4f,
        DataTypes.FloatType).apply(col("id")).as("quarter")));
    cases.query("binary_result", spark -> spark.range(3).select(udf((UDF1<Long, byte[]>) id -> new byte[] {
        (byte) (long) id, 7}, DataTypes.BinaryType).apply(col("id")).as("bytes")));
    cases.query("map_result", spark -> spark.range(2).select(udf((UDF1<Long, Map<String, Long>>) id ->
        new java.util.TreeMap<>(Map.of("id", id, "next", id + 1)),
        DataTypes.createMapType(DataTypes.StringType, DataTypes.LongType)).apply(col("id")).as("m")));
    cases.query("null_result", spark -> spark.range(3).select(udf((UDF1<Long, String>) id -> id % 2 == 0 ? null
        : "odd", DataTypes.StringType).apply(col("id")).as("maybe")));
    cases.query("null_boxed_inputs_of_every_type", spark -> spark.sql("SELECT CAST(NULL AS INT) AS i,"
        + " CAST(NULL AS DOUBLE) AS d, CAST(NULL AS STRING) AS s, CAST(NULL AS DATE) AS day,"
        + " CAST(NULL AS DECIMAL(5, 2)) AS amount, CAST(NULL AS ARRAY<INT>) AS a")
        .select(udf((UDF1<Object, String>) value -> String.valueOf(value), DataTypes.StringType)
            .apply(col("i")).as("i"), udf((UDF1<Object, String>) String::valueOf, DataTypes.StringType)
            .apply(col("d")).as("d"), udf((UDF1<Object, String>) String::valueOf, DataTypes.StringType)
            .apply(col("s")).as("s"), udf((UDF1<Object, String>) String::valueOf, DataTypes.StringType)
            .apply(col("day")).as("day"), udf((UDF1<Object, String>) String::valueOf, DataTypes.StringType)
            .apply(col("amount")).as("amount"), udf((UDF1<Object, String>) String::valueOf,
                DataTypes.StringType).apply(col("a")).as("a")));
    cases.query("literal_arguments", spark -> spark.range(3).select(udf((UDF3<Long, Integer, String, String>)
        (id, times, unit) -> id * times + unit, DataTypes.StringType).apply(col("id"), lit(5), lit("kg"))
        .as("weight")));
    cases.query("decimal_arithmetic_input", spark -> spark.sql("SELECT CAST(1.25 AS DECIMAL(10, 2)) * 3 AS x")
        .select(udf((UDF1<BigDecimal, String>) x -> x.toPlainString() + "@" + x.scale(), DataTypes.StringType)
            .apply(col("x")).as("text")));
    cases.query("in_case_when", spark -> spark.range(5).select(col("id"), org.apache.spark.sql.functions
        .when(udf((UDF1<Long, Boolean>) id -> id % 2 == 0, DataTypes.BooleanType).apply(col("id")), "even")
        .otherwise("odd").as("parity")));
    cases.query("in_having", spark -> spark.range(10).groupBy(col("id").mod(4).as("k")).count()
        .filter(udf((UDF1<Long, Boolean>) count -> count > 2, DataTypes.BooleanType).apply(col("count")))
        .orderBy("k"));
    cases.query("timestamp_in_session_time_zone", spark -> {
      spark.conf().set("spark.sql.session.timeZone", "America/New_York");
      try {
        return spark.sql("SELECT TIMESTAMP '2024-07-01 12:00:00' AS t").select(udf(
            (UDF1<java.sql.Timestamp, String>) t -> t.toInstant().toString(), DataTypes.StringType)
            .apply(col("t")).as("instant")).localCheckpoint();
      } finally {
        spark.conf().unset("spark.sql.session.timeZone");
      }
    });
  }

  private static void edgeValues(Cases cases) {
    cases.query("nan_and_infinity_input", spark -> spark.sql("SELECT * FROM VALUES (CAST('NaN' AS DOUBLE)),"
        + " (CAST('Infinity' AS DOUBLE)), (2.0D) AS t(x)").select(udf((UDF1<Double, String>) x ->
            x.isNaN() ? "nan" : x.isInfinite() ? "inf" : String.valueOf(1 / x), DataTypes.StringType)
        .apply(col("x")).as("text")));
    cases.query("negative_zero_input", spark -> spark.sql("SELECT -0.0D AS x").select(udf((UDF1<Double, Double>)
        x -> 1 / x, DataTypes.DoubleType).apply(col("x")).as("inverse")));
    cases.query("negative_zero_column_input", spark -> spark.range(1).select(lit(-0.0).as("x")).select(udf(
        (UDF1<Double, Double>) x -> 1 / x, DataTypes.DoubleType).apply(col("x")).as("inverse")));
    cases.query("nan_result", spark -> spark.range(2).select(udf((UDF1<Long, Double>) id -> id == 0 ? Double.NaN
        : Double.NEGATIVE_INFINITY, DataTypes.DoubleType).apply(col("id")).as("x")));
    cases.query("unicode_strings", spark -> spark.sql("SELECT * FROM VALUES ('na\u00efve'), ('\u2603 snow'),"
        + " ('\uD83D\uDE00') AS t(s)").select(col("s"), udf((UDF1<String, String>) s -> s.length() + ":"
            + s.codePointCount(0, s.length()) + ":" + new StringBuilder(s).reverse(), DataTypes.StringType)
        .apply(col("s")).as("text")));
    cases.query("dates_and_times_before_epoch", spark -> spark.sql("SELECT DATE '1900-01-01' AS d,"
        + " TIMESTAMP '1969-12-31 23:59:59.5' AS t").select(udf((UDF1<java.sql.Date, String>) d ->
            d.toLocalDate().toString(), DataTypes.StringType).apply(col("d")).as("day"),
        udf((UDF1<java.sql.Timestamp, String>) t -> t.toInstant().toString(), DataTypes.StringType)
            .apply(col("t")).as("instant")));
    cases.query("decimal_result_rounded_to_scale", spark -> spark.range(3).select(udf((UDF1<Long, BigDecimal>) id ->
        new BigDecimal("1.005").add(BigDecimal.valueOf(id)), DataTypes.createDecimalType(10, 2)).apply(col("id"))
        .as("amount")));
    cases.query("map_input_with_null_value", spark -> spark.sql("SELECT map('a', 1, 'b', NULL) AS m").select(udf(
        (UDF1<scala.collection.Map<String, Integer>, String>) m -> new java.util.TreeMap<>(
            scala.jdk.javaapi.CollectionConverters.asJava(m)).toString(), DataTypes.StringType).apply(col("m"))
        .as("text")));
  }

  private static void structures(Cases cases) {
    cases.query("nested_struct_input", spark -> spark.sql(NESTED).select(col("id"), udf((UDF1<Row, String>) n ->
        n == null ? "no struct" : n.get(0) + "|" + (n.getStruct(1) == null ? "no inner"
            : n.getStruct(1).getString(0) + "," + n.getStruct(1).getDouble(1)), DataTypes.StringType)
        .apply(col("n")).as("text")));
    cases.query("struct_field_names_in_row", spark -> spark.sql(NESTED).filter(col("n").isNotNull()).select(
        udf((UDF1<Row, String>) n -> String.join(",", n.schema().fieldNames()) + ";"
            + String.join(",", n.getStruct(1) == null ? new String[0] : n.getStruct(1).schema().fieldNames()),
            DataTypes.StringType).apply(col("n")).as("names")));
    cases.query("array_of_structs_input", spark -> spark.sql("SELECT array(named_struct('k', 'a', 'v', 1),"
        + " named_struct('k', 'b', 'v', 2)) AS entries").select(udf((UDF1<scala.collection.Seq<Row>, String>)
            entries -> {
              StringBuilder text = new StringBuilder();
              entries.foreach(entry -> text.append(entry.getString(0)).append('=').append(entry.getInt(1))
                  .append(';'));
              return text.toString();
            }, DataTypes.StringType).apply(col("entries")).as("text")));
    cases.query("array_with_nulls_input", spark -> spark.sql("SELECT array(1, NULL, 3) AS a").select(udf(
        (UDF1<scala.collection.Seq<Integer>, String>) values -> values.mkString("[", ",", "]"),
        DataTypes.StringType).apply(col("a")).as("text")));
    cases.query("nested_struct_result", spark -> spark.range(2).select(udf((UDF1<Long, Row>) id ->
        RowFactory.create(id, RowFactory.create("n" + id, List.of(id, id * 2))), new StructType()
        .add("id", DataTypes.LongType).add("inner", new StructType().add("name", DataTypes.StringType)
            .add("values", DataTypes.createArrayType(DataTypes.LongType)))).apply(col("id")).as("made"))
        .select(col("made.id"), col("made.inner.name"), col("made.inner.values")));
    cases.query("struct_of_columns_with_nulls", spark -> spark.sql("SELECT * FROM VALUES (1, 'a'), (NULL, 'b'),"
        + " (3, NULL) AS t(x, y)").select(udf((UDF1<Row, String>) row -> (row.isNullAt(0) ? "-" : row.get(0))
        + "/" + (row.isNullAt(1) ? "-" : row.get(1)), DataTypes.StringType).apply(struct(col("x"), col("y")))
        .as("text")));
  }

  private static void typedEdges(Cases cases) {
    cases.query("map_of_empty_dataset", spark -> spark.range(0).map((MapFunction<Long, String>) id -> "v" + id,
        Encoders.STRING()));
    cases.query("flat_map_to_nothing", spark -> spark.range(4).flatMap((FlatMapFunction<Long, Long>) id ->
        id % 2 == 0 ? List.<Long>of().iterator() : List.of(id, -id).iterator(), Encoders.LONG()));
    cases.query("map_partitions_of_empty_dataset", spark -> spark.range(0).repartition(1).mapPartitions(
        (MapPartitionsFunction<Long, Long>) values -> {
          long count = 0;
          while (values.hasNext()) {
            values.next();
            count++;
          }
          return List.of(count).iterator();
        }, Encoders.LONG()));
    cases.unordered("map_groups_of_empty_dataset", spark -> spark.range(0)
        .groupByKey((MapFunction<Long, Long>) id -> id % 2, Encoders.LONG())
        .mapGroups((MapGroupsFunction<Long, Long, String>) (key, values) -> "k" + key, Encoders.STRING()));
    cases.unordered("group_by_key_of_strings_count", spark -> spark.sql("SELECT * FROM VALUES ('apple'),"
        + " ('avocado'), ('banana'), (NULL) AS t(s)").as(Encoders.STRING())
        .groupByKey((MapFunction<String, String>) s -> s == null ? "?" : s.substring(0, 1), Encoders.STRING())
        .count());
    cases.unordered("bean_filter_and_group", spark -> spark.sql("SELECT * FROM VALUES (1L, 'ann'), (2L, 'bob'),"
        + " (3L, 'amy') AS t(id, name)").as(Encoders.bean(Person.class))
        .filter((FilterFunction<Person>) person -> person.getId() != 2L)
        .groupByKey((MapFunction<Person, String>) person -> person.getName().substring(0, 1),
            Encoders.STRING())
        .mapGroups((MapGroupsFunction<String, Person, Person>)
            (initial, people) -> {
              Person total = new Person();
              total.setName(initial);
              people.forEachRemaining(person -> total.setId(total.getId() + person.getId()));
              return total;
            }, Encoders.bean(Person.class)));
    cases.query("map_to_rows_with_schema", spark -> spark.range(3).map((MapFunction<Long, Row>) id ->
        RowFactory.create(id, id % 2 == 0 ? null : "odd"), Encoders.row(new StructType()
        .add("id", DataTypes.LongType).add("label", DataTypes.StringType))));
    cases.conditionOnly("filter_function_throws", spark -> spark.range(3).filter(udf((UDF1<Long, Boolean>) id -> {
      throw new IllegalStateException("no " + id);
    }, DataTypes.BooleanType).apply(col("id"))));
    cases.check("map_groups_function_throws", (spark, outcome) -> {
      try {
        spark.range(4).groupByKey((MapFunction<Long, Long>) id -> id % 2, Encoders.LONG())
            .mapGroups((MapGroupsFunction<Long, Long, Long>) (key, values) -> {
              throw new IllegalStateException("group " + key);
            }, Encoders.LONG()).collectAsList();
        outcome.value("error", "none");
      } catch (Exception failure) {
        // the class only: the job's SparkException has no error condition, which the Connect client reports as
        // CONNECT_CLIENT_UNEXPECTED_MISSING_SQL_STATE
        outcome.value("class", failure.getClass().getName());
        outcome.value("names_cause", String.valueOf(String.valueOf(failure.getMessage()).contains("group ")));
      }
    });
    cases.check("result_of_another_type", (spark, outcome) -> failure(outcome, () -> spark.range(2).select(
        udf((UDF1<Long, Object>) id -> "text " + id, DataTypes.IntegerType).apply(col("id"))).collectAsList()));
    cases.check("decimal_result_overflows", (spark, outcome) -> failure(outcome, () -> spark.range(2).select(
        udf((UDF1<Long, BigDecimal>) id -> new BigDecimal("123456789012.5"), DataTypes.createDecimalType(10, 2))
            .apply(col("id"))).collectAsList()));
    cases.check("udaf_throws", (spark, outcome) -> {
      try {
        spark.range(3).agg(org.apache.spark.sql.functions.udaf(new FailingSum(), Encoders.LONG())
            .apply(col("id"))).collectAsList();
        outcome.value("error", "none");
      } catch (Exception failure) {
        outcome.value("class", failure.getClass().getName());
        outcome.value("names_cause", String.valueOf(String.valueOf(failure.getMessage()).contains("no sum")));
      }
    });
  }
}
