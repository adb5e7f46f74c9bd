package dev.ember.conformance.cases;

import static org.apache.spark.sql.functions.call_function;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.udf;

import dev.ember.conformance.CaseGroup;
import dev.ember.conformance.cases.UserCodeFixtures.JoinWithDash;
import dev.ember.conformance.cases.UserCodeFixtures.KeyOne;
import dev.ember.conformance.cases.UserCodeFixtures.KeyTwo;
import dev.ember.conformance.cases.UserCodeFixtures.MeanOfDoubles;
import dev.ember.conformance.cases.UserCodeFixtures.Person;
import dev.ember.conformance.cases.UserCodeFixtures.SumLongs;
import java.math.BigDecimal;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.api.java.function.FilterFunction;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF0;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.api.java.UDF2;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * User code on the JVM (issue 17): Java UDFs of every common input and output type, with nulls, in select, filter,
 * grouping, ordering and aggregate arguments, named and registered for SQL, failing; typed filter, map, flatMap and
 * mapPartitions with Spark's encoders. The classes are the same in Spark's JVM and Ember's, as in a job.
 */
public final class UserFunctionCases extends CaseGroup {
  private static final UserDefinedFunction TIMES_TEN =
      udf((UDF1<Long, Long>) value -> value * 10, DataTypes.LongType);
  private static final UserDefinedFunction PLUS_ONE_OR_MINUS =
      udf((UDF1<Long, Long>) value -> value == null ? -1L : value + 1, DataTypes.LongType);

  public UserFunctionCases() {
    super("user_functions");
    scalarFunctions();
    functionPlaces();
    typedOperations();
    typedGroups();
    aggregators();
    moreTypedOperations();
    typesAndEncoders();
    UserFunctionValueCases.Cases cases = new UserFunctionValueCases.Cases() {
      @Override
      public void query(String name, DataFrameQuery query) {
        UserFunctionCases.this.query(name, query);
      }

      @Override
      public void unordered(String name, DataFrameQuery query) {
        UserFunctionCases.this.unordered(name, query);
      }

      @Override
      public void conditionOnly(String name, DataFrameQuery query) {
        UserFunctionCases.this.conditionOnly(name, query);
      }

      @Override
      public void check(String name, dev.ember.conformance.CaseBody body) {
        UserFunctionCases.this.check(name, body);
      }
    };
    UserFunctionStateCases.register(cases);
    UserFunctionValueCases.register(cases);
    UserFunctionTypedCases.register(cases);
    UserFunctionJoinCases.register(cases);
  }

  private static Dataset<Row> people(SparkSession spark) {
    return spark.createDataFrame(Arrays.asList(
        RowFactory.create(1L, "ann", 3.5, java.sql.Date.valueOf("2024-01-05"), new BigDecimal("1.50")),
        RowFactory.create(2L, null, null, null, null),
        RowFactory.create(3L, "bob", -2.0, java.sql.Date.valueOf("1999-12-31"), new BigDecimal("-20.25"))),
        new StructType().add("id", DataTypes.LongType).add("name", DataTypes.StringType)
            .add("score", DataTypes.DoubleType).add("day", DataTypes.DateType)
            .add("amount", DataTypes.createDecimalType(10, 2)));
  }

  private void scalarFunctions() {
    query("long_to_long", spark -> spark.range(4).select(col("id"), TIMES_TEN.apply(col("id"))));
    query("two_arguments_to_string", spark -> spark.range(3).select(udf((UDF2<Long, Long, String>) (a, b) -> a + ":" + b,
        DataTypes.StringType).apply(col("id"), col("id").plus(10))));
    query("string_with_nulls", spark -> people(spark).select(col("id"), udf(
        (UDF1<String, String>) name -> name == null ? "nobody" : name.toUpperCase(), DataTypes.StringType)
        .apply(col("name"))));
    query("boxed_null_input", spark -> spark.sql("SELECT * FROM VALUES (1L), (NULL), (3L) AS t(x)")
        .select(PLUS_ONE_OR_MINUS.apply(col("x"))));
    query("named_function", spark -> spark.range(2).select(TIMES_TEN.withName("times_ten").apply(col("id"))));
    query("double_result", spark -> people(spark).select(udf(
        (UDF1<Double, Double> ) score -> score == null ? null : score * 2, DataTypes.DoubleType).apply(col("score"))));
    query("integer_result", spark -> spark.range(3).select(udf((UDF1<Long, Integer>) value -> (int) (value * 7),
        DataTypes.IntegerType).apply(col("id")).as("seven")));
    query("boolean_result", spark -> spark.range(4).select(udf((UDF1<Long, Boolean>) value -> value % 2 == 0,
        DataTypes.BooleanType).apply(col("id")).as("even")));
    query("date_input", spark -> people(spark).select(udf((UDF1<java.sql.Date, String>) day -> day == null ? "?"
        : day.toString(), DataTypes.StringType).apply(col("day")).as("day_text")));
    query("decimal_input", spark -> people(spark).select(udf((UDF1<BigDecimal, String>) amount -> amount == null
        ? "?" : amount.toPlainString() + "/" + amount.scale(), DataTypes.StringType).apply(col("amount")).as("text")));
    query("struct_input_as_row", spark -> people(spark).select(udf((UDF1<Row, String>) row -> row.getLong(0) + "-"
        + row.getString(1), DataTypes.StringType).apply(struct(col("id"), col("name"))).as("row_text")));
    query("no_arguments", spark -> spark.range(3).select(col("id"), udf((UDF0<Integer>) () -> 42,
        DataTypes.IntegerType).apply().as("answer")));
    query("nested_calls", spark -> spark.range(3).select(TIMES_TEN.apply(TIMES_TEN.apply(col("id").plus(1)))));
    conditionOnly("java_function_of_another_type", spark -> spark.sql("SELECT CAST(id AS INT) AS i FROM range(3)")
        .select(TIMES_TEN.apply(col("i"))));
    conditionOnly("function_throws", spark -> spark.range(3).select(udf((UDF1<Long, Long>) value -> {
      throw new IllegalStateException("no value " + value);
    }, DataTypes.LongType).apply(col("id"))));
  }

  private void functionPlaces() {
    query("in_filter", spark -> spark.range(8).filter(udf((UDF1<Long, Boolean>) value -> value % 3 == 0,
        DataTypes.BooleanType).apply(col("id"))));
    query("in_group_by", spark -> spark.range(9).groupBy(udf((UDF1<Long, Long>) value -> value % 3,
        DataTypes.LongType).apply(col("id")).as("k")).count().orderBy("k"));
    query("in_order_by", spark -> spark.range(5).orderBy(udf((UDF1<Long, Long>) value -> -value,
        DataTypes.LongType).apply(col("id"))));
    query("in_aggregate_argument", spark -> spark.range(5).agg(sum(TIMES_TEN.apply(col("id")))));
    unordered("in_inner_join_condition", spark -> spark.range(6).as("a").join(spark.range(6).as("b"),
        udf((UDF2<Long, Long, Boolean>) (left, right) -> left + right == 5, DataTypes.BooleanType)
            .apply(col("a.id"), col("b.id")).and(col("a.id").lt(col("b.id")))));
    query("with_column", spark -> people(spark).withColumn("next", PLUS_ONE_OR_MINUS.apply(col("id")))
        .select("id", "next"));
    query("registered_in_sql", spark -> {
      spark.udf().register("ember_times_ten", TIMES_TEN);
      return spark.sql("SELECT id, ember_times_ten(id) FROM range(3)");
    });
    query("registered_call_function", spark -> {
      spark.udf().register("ember_plus_one", PLUS_ONE_OR_MINUS);
      return spark.range(3).select(call_function("ember_plus_one", col("id")));
    });
  }

  private void typedOperations() {
    query("typed_filter", spark -> spark.range(10).filter((FilterFunction<Long>) value -> value % 3 == 0));
    query("typed_filter_rows", spark -> people(spark).filter((FilterFunction<Row>) row -> row.getLong(0) != 2L));
    query("typed_map_to_string", spark -> spark.range(4).map((MapFunction<Long, String>) value -> "v" + value,
        Encoders.STRING()));
    query("typed_map_rows", spark -> people(spark).map((MapFunction<Row, String>) row -> row.getString(1) + "!",
        Encoders.STRING()));
    query("typed_map_to_tuple", spark -> spark.range(3).map((MapFunction<Long, scala.Tuple2<Long, String>>)
        value -> new scala.Tuple2<>(value * 2, "n" + value), Encoders.tuple(Encoders.LONG(), Encoders.STRING())));
    query("typed_flat_map", spark -> spark.range(3).flatMap((FlatMapFunction<Long, Integer>)
        value -> Arrays.asList((int) (long) value, (int) (long) value * 100).iterator(), Encoders.INT()));
    query("map_partitions_one_partition", spark -> spark.range(10).repartition(1).mapPartitions(
        (MapPartitionsFunction<Long, Long>) values -> {
          long count = 0;
          while (values.hasNext()) {
            values.next();
            count++;
          }
          return List.of(count).iterator();
        }, Encoders.LONG()));
    query("typed_map_then_sql_operators", spark -> spark.range(6).map((MapFunction<Long, Long>) value -> value * value,
        Encoders.LONG()).filter(col("value").gt(3)).orderBy(col("value").desc()));
  }

  static Dataset<Row> pairs(SparkSession spark) {
    return spark.sql("SELECT * FROM VALUES (1L, 'a'), (2L, 'b'), (1L, 'c'), (3L, 'd'), (2L, 'e'), (1L, 'f') AS t(k, v)");
  }

  private void typedGroups() {
    unordered("group_by_key_map_groups", spark -> spark.range(10)
        .groupByKey((MapFunction<Long, Long>) value -> value % 3, Encoders.LONG())
        .mapGroups((MapGroupsFunction<Long, Long, String>) (key, values) -> {
          long total = 0;
          while (values.hasNext()) {
            total += values.next();
          }
          return key + "=" + total;
        }, Encoders.STRING()));
    unordered("group_by_key_flat_map_groups_rows", spark -> pairs(spark)
        .groupByKey((MapFunction<Row, Long>) row -> row.getLong(0), Encoders.LONG())
        .flatMapGroups((FlatMapGroupsFunction<Long, Row, String>) (key, rows) -> {
          List<String> out = new java.util.ArrayList<>();
          rows.forEachRemaining(row -> out.add(key + row.getString(1)));
          out.sort(null);
          return out.iterator();
        }, Encoders.STRING()));
    unordered("relational_grouping_as_typed", spark -> pairs(spark).groupBy(col("k"))
        .as(Encoders.LONG(), Encoders.tuple(Encoders.LONG(), Encoders.STRING()))
        .mapGroups((MapGroupsFunction<Long, scala.Tuple2<Long, String>, Long>) (key, values) -> {
          long count = 0;
          while (values.hasNext()) {
            values.next();
            count++;
          }
          return key * 100 + count;
        }, Encoders.LONG()));
    unordered("flat_map_sorted_groups", spark -> pairs(spark)
        .groupByKey((MapFunction<Row, Long>) row -> row.getLong(0), Encoders.LONG())
        .flatMapSortedGroups(new org.apache.spark.sql.Column[] {col("v").desc()},
            (FlatMapGroupsFunction<Long, Row, String>) (key, rows) -> {
              List<String> names = new java.util.ArrayList<>();
              rows.forEachRemaining(row -> names.add(row.getString(1)));
              return List.of(key + ":" + String.join(",", names)).iterator();
            }, Encoders.STRING()));
    unordered("group_by_key_keys", spark -> spark.range(10)
        .groupByKey((MapFunction<Long, String>) value -> value % 2 == 0 ? "even" : "odd", Encoders.STRING()).keys());
    unordered("group_by_key_count", spark -> spark.range(10)
        .groupByKey((MapFunction<Long, Long>) value -> value % 4, Encoders.LONG()).count());
    unordered("group_by_key_map_values", spark -> pairs(spark)
        .groupByKey((MapFunction<Row, Long>) row -> row.getLong(0), Encoders.LONG())
        .mapValues((MapFunction<Row, String>) row -> row.getString(1).toUpperCase(), Encoders.STRING())
        .mapGroups((MapGroupsFunction<Long, String, String>) (key, values) -> {
          List<String> all = new java.util.ArrayList<>();
          values.forEachRemaining(all::add);
          all.sort(null);
          return key + String.join("", all);
        }, Encoders.STRING()));
  }

  private void aggregators() {
    query("udaf_in_agg", spark -> spark.range(10).agg(org.apache.spark.sql.functions.udaf(new SumLongs(),
        Encoders.LONG()).apply(col("id"))));
    unordered("udaf_grouped", spark -> spark.range(10).groupBy(col("id").mod(3).as("k")).agg(
        org.apache.spark.sql.functions.udaf(new SumLongs(), Encoders.LONG()).apply(col("id")).as("total")));
    query("udaf_registered_in_sql", spark -> {
      spark.udf().register("ember_sum_longs", org.apache.spark.sql.functions.udaf(new SumLongs(), Encoders.LONG()));
      return spark.sql("SELECT ember_sum_longs(id) AS total, count(*) AS n FROM range(5)");
    });
    query("udaf_mean_with_nulls", spark -> people(spark).agg(org.apache.spark.sql.functions.udaf(new MeanOfDoubles(),
        Encoders.DOUBLE()).apply(col("score")).as("mean")));
    query("udf_over_aggregate", spark -> spark.range(5).agg(TIMES_TEN.apply(sum(col("id"))).as("scaled")));
    query("typed_column_on_dataset", spark -> spark.range(6).as(Encoders.LONG()).select(new SumLongs().toColumn()));
    check("dataset_reduce", (spark, outcome) -> outcome.value("result", String.valueOf(spark.range(1, 6)
        .reduce((org.apache.spark.api.java.function.ReduceFunction<Long>) Long::sum))));
    unordered("reduce_groups", spark -> spark.range(10)
        .groupByKey((MapFunction<Long, Long>) value -> value % 3, Encoders.LONG())
        .reduceGroups((org.apache.spark.api.java.function.ReduceFunction<Long>) Long::sum));
    unordered("grouped_typed_column", spark -> spark.range(10)
        .groupByKey((MapFunction<Long, Long>) value -> value % 2, Encoders.LONG())
        .agg(new SumLongs().toColumn()));
  }

  private void moreTypedOperations() {
    query("registered_java_class", spark -> {
      spark.udf().registerJava("ember_join_with_dash", JoinWithDash.class.getName(), DataTypes.StringType);
      return spark.sql("SELECT ember_join_with_dash(CAST(id AS STRING), 'x') AS joined FROM range(2)");
    });
    unordered("cogroup_two_datasets", spark -> {
      var left = spark.range(6).groupByKey((MapFunction<Long, Long>) value -> value % 3, Encoders.LONG());
      var right = pairs(spark).groupByKey((MapFunction<Row, Long>) row -> row.getLong(0), Encoders.LONG());
      return left.cogroup(right, (org.apache.spark.api.java.function.CoGroupFunction<Long, Long, Row, String>)
          (key, numbers, rows) -> {
            long sum = 0;
            while (numbers.hasNext()) {
              sum += numbers.next();
            }
            List<String> letters = new java.util.ArrayList<>();
            rows.forEachRemaining(row -> letters.add(row.getString(1)));
            letters.sort(null);
            return List.of(key + ":" + sum + ":" + String.join("", letters)).iterator();
          }, Encoders.STRING());
    });
    unordered("map_groups_with_state_in_batch", spark -> spark.range(7)
        .groupByKey((MapFunction<Long, Long>) value -> value % 2, Encoders.LONG())
        .mapGroupsWithState((org.apache.spark.api.java.function.MapGroupsWithStateFunction<Long, Long, Long, String>)
            (key, values, state) -> {
              long total = state.exists() ? state.get() : 0;
              while (values.hasNext()) {
                total += values.next();
              }
              state.update(total);
              return key + "=" + total + (state.hasTimedOut() ? "!" : "");
            }, Encoders.LONG(), Encoders.STRING()));
    query("udaf_with_duplicates", spark -> spark.sql("SELECT * FROM VALUES (1L), (1L), (2L) AS t(x)")
        .agg(org.apache.spark.sql.functions.udaf(new SumLongs(), Encoders.LONG()).apply(col("x")).as("all")));
  }

  /** Each value's class and text, as the function receives it. */
  private static final UserDefinedFunction DESCRIBE = udf((UDF1<Object, String>) value -> value == null ? "null"
      : value.getClass().getSimpleName() + ":" + value, DataTypes.StringType);

  private void typesAndEncoders() {
    query("input_types_as_spark_passes_them", spark -> spark.sql("SELECT CAST(1 AS TINYINT) AS b, CAST(2 AS SMALLINT)"
        + " AS s, 3 AS i, CAST(4.5 AS FLOAT) AS f, true AS z, 'text' AS t")
        .select(DESCRIBE.apply(col("b")), DESCRIBE.apply(col("s")), DESCRIBE.apply(col("i")),
            DESCRIBE.apply(col("f")), DESCRIBE.apply(col("z")), DESCRIBE.apply(col("t"))));
    query("binary_input", spark -> spark.sql("SELECT X'010203' AS x").select(udf((UDF1<byte[], Integer>) bytes ->
        bytes.length, DataTypes.IntegerType).apply(col("x")).as("length")));
    query("array_input_as_seq", spark -> spark.sql("SELECT array(1L, 2L, 3L) AS a").select(udf(
        (UDF1<scala.collection.Seq<Long>, Integer>) values -> values.size(), DataTypes.IntegerType).apply(col("a"))
        .as("size")));
    query("map_input", spark -> spark.sql("SELECT map('a', 1, 'b', 2) AS m").select(udf(
        (UDF1<scala.collection.Map<String, Integer>, Integer>) map -> map.size(), DataTypes.IntegerType)
        .apply(col("m")).as("size")));
    query("array_result", spark -> spark.range(3).select(udf((UDF1<Long, List<Long>>) value -> List.of(value,
        value * 10), DataTypes.createArrayType(DataTypes.LongType)).apply(col("id")).as("pair")));
    query("struct_result", spark -> spark.range(2).select(udf((UDF1<Long, Row>) value -> RowFactory.create(value,
        "n" + value), new StructType().add("number", DataTypes.LongType).add("text", DataTypes.StringType))
        .apply(col("id")).as("made")));
    query("decimal_result", spark -> spark.range(3).select(udf((UDF1<Long, BigDecimal>) value ->
        BigDecimal.valueOf(value * 125, 2), DataTypes.createDecimalType(10, 2)).apply(col("id")).as("amount")));
    query("exploded_array_result", spark -> spark.range(2).select(col("id"), org.apache.spark.sql.functions.explode(
        udf((UDF1<Long, List<Long>>) value -> List.of(value, value + 100), DataTypes.createArrayType(
            DataTypes.LongType)).apply(col("id"))).as("each")));
    query("nondeterministic_function", spark -> spark.range(3).select(TIMES_TEN.asNondeterministic()
        .apply(col("id")).as("n")));
    query("over_window_function", spark -> spark.range(4).select(col("id"), TIMES_TEN.apply(
        org.apache.spark.sql.functions.row_number().over(org.apache.spark.sql.expressions.Window.orderBy(
            col("id").desc())).cast("long")).as("ranked")).orderBy("id"));
    query("registered_in_sql_clauses", spark -> {
      spark.udf().register("ember_parity", udf((UDF1<Long, Long>) value -> value % 2, DataTypes.LongType));
      return spark.sql("SELECT ember_parity(id) AS p, count(*) AS n FROM range(7) WHERE ember_parity(id + 1) >= 0"
          + " GROUP BY ember_parity(id) ORDER BY ember_parity(id) DESC");
    });
    query("bean_encoder_map", spark -> people(spark).select(col("id"), col("name")).as(Encoders.bean(Person.class))
        .map((MapFunction<Person, String>) person -> person.getId() + "=" + person.getName(), Encoders.STRING()));
    query("bean_encoder_output", spark -> spark.range(2).map((MapFunction<Long, Person>) value -> {
      Person person = new Person();
      person.setId(value);
      person.setName("p" + value);
      return person;
    }, Encoders.bean(Person.class)));
    query("tuple_dataset_filter", spark -> spark.range(4).map((MapFunction<Long, scala.Tuple2<Long, String>>) value ->
        new scala.Tuple2<>(value, "v" + value), Encoders.tuple(Encoders.LONG(), Encoders.STRING()))
        .filter((FilterFunction<scala.Tuple2<Long, String>>) pair -> pair._1() % 2 == 1));
    query("map_partitions_to_rows", spark -> spark.range(3).repartition(1).mapPartitions(
        (MapPartitionsFunction<Long, Row>) values -> {
          List<Row> rows = new java.util.ArrayList<>();
          values.forEachRemaining(value -> rows.add(RowFactory.create(value, value * value)));
          return rows.iterator();
        }, Encoders.row(new StructType().add("n", DataTypes.LongType).add("square", DataTypes.LongType))));
    check("map_function_throws", (spark, outcome) -> {
      try {
        spark.range(3).map((MapFunction<Long, Long>) value -> {
          throw new IllegalArgumentException("bad " + value);
        }, Encoders.LONG()).collectAsList();
        outcome.value("error", "none");
      } catch (Exception failure) {
        // the class only: the job's SparkException has no error condition, which the Connect client reports as
        // CONNECT_CLIENT_UNEXPECTED_MISSING_SQL_STATE
        outcome.value("class", failure.getClass().getName());
      }
    });
  }
}
