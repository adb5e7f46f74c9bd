package dev.ember.conformance.cases;

import static org.apache.spark.sql.functions.call_function;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.udf;

import dev.ember.conformance.CaseGroup;
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
    statesAndGroupings();
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
    UserFunctionValueCases.register(cases);
    UserFunctionTypedCases.register(cases);
  }

  /** A Java bean, as {@code Encoders.bean} reads and writes it. */
  public static final class Person implements java.io.Serializable {
    private long id;
    private String name;

    public long getId() {
      return id;
    }

    public void setId(long id) {
      this.id = id;
    }

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }
  }

  /** A Java UDF class Spark instantiates by name ({@code spark.udf().registerJava}). */
  public static final class JoinWithDash implements UDF2<String, String, String> {
    @Override
    public String call(String left, String right) {
      return left + "-" + right;
    }
  }

  /** A sum of longs as an Aggregator (NULL inputs count as nothing). */
  public static final class SumLongs extends org.apache.spark.sql.expressions.Aggregator<Long, Long, Long> {
    @Override
    public Long zero() {
      return 0L;
    }

    @Override
    public Long reduce(Long buffer, Long value) {
      return value == null ? buffer : buffer + value;
    }

    @Override
    public Long merge(Long left, Long right) {
      return left + right;
    }

    @Override
    public Long finish(Long buffer) {
      return buffer;
    }

    @Override
    public org.apache.spark.sql.Encoder<Long> bufferEncoder() {
      return Encoders.LONG();
    }

    @Override
    public org.apache.spark.sql.Encoder<Long> outputEncoder() {
      return Encoders.LONG();
    }
  }

  /** The mean of doubles, with a (sum, count) buffer. */
  public static final class MeanOfDoubles
      extends org.apache.spark.sql.expressions.Aggregator<Double, scala.Tuple2<Double, Long>, Double> {
    @Override
    public scala.Tuple2<Double, Long> zero() {
      return new scala.Tuple2<>(0.0, 0L);
    }

    @Override
    public scala.Tuple2<Double, Long> reduce(scala.Tuple2<Double, Long> buffer, Double value) {
      return value == null ? buffer : new scala.Tuple2<>(buffer._1() + value, buffer._2() + 1);
    }

    @Override
    public scala.Tuple2<Double, Long> merge(scala.Tuple2<Double, Long> left, scala.Tuple2<Double, Long> right) {
      return new scala.Tuple2<>(left._1() + right._1(), left._2() + right._2());
    }

    @Override
    public Double finish(scala.Tuple2<Double, Long> buffer) {
      return buffer._2() == 0 ? null : buffer._1() / buffer._2();
    }

    @Override
    public org.apache.spark.sql.Encoder<scala.Tuple2<Double, Long>> bufferEncoder() {
      return Encoders.tuple(Encoders.DOUBLE(), Encoders.LONG());
    }

    @Override
    public org.apache.spark.sql.Encoder<Double> outputEncoder() {
      return Encoders.DOUBLE();
    }
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

  private static Dataset<Row> pairs(SparkSession spark) {
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
        // the class only: Spark fails the job with a SparkException of no error condition, Ember with FAILED_EXECUTE_UDF
        outcome.value("class", failure.getClass().getName());
      }
    });
  }

  /** A key of two fields, read back ({@code keyAs}) as {@link KeyOne} of the first only. */
  public static final class KeyTwo implements java.io.Serializable {
    private long a;
    private long b;

    public KeyTwo() {
    }

    KeyTwo(long a, long b) {
      this.a = a;
      this.b = b;
    }

    public long getA() {
      return a;
    }

    public void setA(long a) {
      this.a = a;
    }

    public long getB() {
      return b;
    }

    public void setB(long b) {
      this.b = b;
    }
  }

  /** The first field of {@link KeyTwo}. */
  public static final class KeyOne implements java.io.Serializable {
    private long a;

    public long getA() {
      return a;
    }

    public void setA(long a) {
      this.a = a;
    }
  }

  /**
   * Initial counts grouped by their last digit: keys 0 and 1 of the values' three, and key 7 of none of them (the
   * Connect client sends an initial state's rows as they are: a {@code mapValues} of it never reaches a server).
   */
  private static org.apache.spark.sql.KeyValueGroupedDataset<Long, Long> initialCounts(SparkSession spark,
      Long... extra) {
    List<Long> counts = new java.util.ArrayList<>(List.of(100L, 201L, 707L));
    counts.addAll(Arrays.asList(extra));
    return spark.createDataset(counts, Encoders.LONG())
        .groupByKey((MapFunction<Long, Long>) count -> count % 10, Encoders.LONG());
  }

  private static final org.apache.spark.api.java.function.MapGroupsWithStateFunction<Long, Long, Long, String>
      COUNT_FROM_STATE = (key, values, state) -> {
        long count = state.exists() ? state.get() : 0;
        String seen = state.exists() ? "initial" : "none";
        while (values.hasNext()) {
          values.next();
          count++;
        }
        state.update(count);
        return key + ":" + count + ":" + seen;
      };

  /** {@code column.as(encoder)} as a typed column over values of any type, as Scala's {@code .as[U]} infers it. */
  @SuppressWarnings("unchecked")
  private static <V, U> org.apache.spark.sql.TypedColumn<V, U> typed(org.apache.spark.sql.Column column,
      org.apache.spark.sql.Encoder<U> encoder) {
    return (org.apache.spark.sql.TypedColumn<V, U>) (org.apache.spark.sql.TypedColumn<?, U>) column.as(encoder);
  }

  /** A typed column over values of any type (the values are Scala longs, the aggregator's are boxed). */
  @SuppressWarnings("unchecked")
  static <V, U> org.apache.spark.sql.TypedColumn<V, U> overAny(org.apache.spark.sql.TypedColumn<?, U> column) {
    return (org.apache.spark.sql.TypedColumn<V, U>) column;
  }

  private void statesAndGroupings() {
    unordered("map_groups_with_initial_state", spark -> spark.range(9)
        .groupByKey((MapFunction<Long, Long>) value -> value % 3, Encoders.LONG())
        .mapGroupsWithState(COUNT_FROM_STATE, Encoders.LONG(), Encoders.STRING(),
            org.apache.spark.sql.streaming.GroupStateTimeout.NoTimeout(), initialCounts(spark)));
    unordered("flat_map_groups_with_initial_state", spark -> spark.range(9)
        .groupByKey((MapFunction<Long, Long>) value -> value % 3, Encoders.LONG())
        .flatMapGroupsWithState(
            (org.apache.spark.api.java.function.FlatMapGroupsWithStateFunction<Long, Long, Long, String>)
                (key, values, state) -> {
                  List<String> out = new java.util.ArrayList<>();
                  out.add(key + " starts at " + (state.exists() ? state.get() : -1));
                  values.forEachRemaining(value -> out.add(key + " sees " + value));
                  return out.iterator();
                }, org.apache.spark.sql.streaming.OutputMode.Append(), Encoders.LONG(), Encoders.STRING(),
            org.apache.spark.sql.streaming.GroupStateTimeout.NoTimeout(), initialCounts(spark)));
    unordered("initial_state_of_rows", spark -> pairs(spark)
        .groupByKey((MapFunction<Row, Long>) row -> row.getLong(0), Encoders.LONG())
        .mapGroupsWithState((org.apache.spark.api.java.function.MapGroupsWithStateFunction<Long, Row, Row, String>)
            (key, rows, state) -> {
              StringBuilder letters = new StringBuilder(state.exists() ? state.get().getString(1) : "-");
              List<String> sorted = new java.util.ArrayList<>();
              rows.forEachRemaining(row -> sorted.add(row.getString(1)));
              sorted.sort(null);
              sorted.forEach(letters::append);
              return key + "=" + letters;
            }, Encoders.row(new StructType().add("k", DataTypes.LongType).add("v", DataTypes.StringType)),
            Encoders.STRING(), org.apache.spark.sql.streaming.GroupStateTimeout.NoTimeout(),
            spark.sql("SELECT * FROM VALUES (2L, 'x'), (9L, 'z') AS t(k, v)")
                .groupByKey((MapFunction<Row, Long>) row -> row.getLong(0), Encoders.LONG())));
    check("initial_state_duplicate_key", (spark, outcome) -> {
      try {
        spark.range(3).groupByKey((MapFunction<Long, Long>) value -> value % 3, Encoders.LONG())
            .mapGroupsWithState(COUNT_FROM_STATE, Encoders.LONG(), Encoders.STRING(),
                org.apache.spark.sql.streaming.GroupStateTimeout.NoTimeout(), initialCounts(spark, 11L))
            .collectAsList();
        outcome.value("error", "none");
      } catch (Exception failure) {
        // Spark fails the job (no error condition), Ember the function (FAILED_EXECUTE_UDF): the class and cause
        outcome.value("class", failure.getClass().getName());
        outcome.value("names_duplicates", String.valueOf(String.valueOf(failure.getMessage())
            .contains("Make sure to de-duplicate the initial state")));
      }
    });
    unordered("key_as_fewer_fields_keeps_groups", spark -> spark.range(10)
        .groupByKey((MapFunction<Long, KeyTwo>) id -> new KeyTwo(id % 2, id % 4), Encoders.bean(KeyTwo.class))
        .keyAs(Encoders.bean(KeyOne.class))
        .mapGroups((MapGroupsFunction<KeyOne, Long, String>) (key, values) -> {
          long count = 0;
          while (values.hasNext()) {
            values.next();
            count++;
          }
          return key.getA() + ":" + count;
        }, Encoders.STRING()));
    unordered("cogroup_key_as_fewer_fields", spark -> {
      var left = spark.range(8).groupByKey((MapFunction<Long, KeyTwo>) id -> new KeyTwo(id % 2, id % 4),
          Encoders.bean(KeyTwo.class)).keyAs(Encoders.bean(KeyOne.class));
      var right = spark.range(4).groupByKey((MapFunction<Long, KeyTwo>) id -> new KeyTwo(id % 2, id),
          Encoders.bean(KeyTwo.class)).keyAs(Encoders.bean(KeyOne.class));
      return left.cogroup(right, (org.apache.spark.api.java.function.CoGroupFunction<KeyOne, Long, Long, String>)
          (key, lefts, rights) -> {
            List<Long> all = new java.util.ArrayList<>();
            lefts.forEachRemaining(all::add);
            all.add(-1L);
            rights.forEachRemaining(all::add);
            return List.of(key.getA() + ":" + all).iterator();
          }, Encoders.STRING());
    });
    conditionOnly("sorted_groups_by_star", spark -> spark.range(10)
        .groupByKey((MapFunction<Long, Long>) value -> value % 2, Encoders.LONG())
        .flatMapSortedGroups(new org.apache.spark.sql.Column[] {col("*")},
            (FlatMapGroupsFunction<Long, Long, Long>) (key, values) -> values, Encoders.LONG()));
    unordered("agg_after_map_values_of_rows", spark -> pairs(spark)
        .groupByKey((MapFunction<Row, String>) row -> row.getString(1).compareTo("c") < 0 ? "ab" : "rest",
            Encoders.STRING())
        .mapValues((MapFunction<Row, Object>) row -> row.getLong(0) * 10, Encoders.scalaLong())
        .agg(typed(org.apache.spark.sql.functions.count("*"), Encoders.LONG()),
            overAny(new SumLongs().toColumn())));
    unordered("agg_after_map_values_to_boxed_longs", spark -> pairs(spark)
        .groupByKey((MapFunction<Row, String>) row -> row.getString(1).compareTo("c") < 0 ? "ab" : "rest",
            Encoders.STRING())
        .mapValues((MapFunction<Row, Long>) row -> row.getLong(0) * 10, Encoders.LONG())
        .agg(typed(org.apache.spark.sql.functions.count("*"), Encoders.LONG()), new SumLongs().toColumn()));
    unordered("agg_after_map_values_of_rows_to_tuples", spark -> pairs(spark)
        .groupByKey((MapFunction<Row, Long>) row -> row.getLong(0), Encoders.LONG())
        .mapValues((MapFunction<Row, scala.Tuple2<Long, String>>) row -> new scala.Tuple2<>(row.getLong(0) * 2,
            row.getString(1)), Encoders.tuple(Encoders.LONG(), Encoders.STRING()))
        .agg(typed(org.apache.spark.sql.functions.count("_1"), Encoders.LONG()),
            typed(org.apache.spark.sql.functions.max("_2"), Encoders.STRING())));
    unordered("reduce_groups_of_strings", spark -> pairs(spark).select(col("v")).as(Encoders.STRING())
        .groupByKey((MapFunction<String, Boolean>) letter -> letter.compareTo("c") < 0, Encoders.BOOLEAN())
        .reduceGroups((org.apache.spark.api.java.function.ReduceFunction<String>) (a, b) ->
            a.compareTo(b) < 0 ? a + b : b + a));
    unordered("reduce_groups_after_map_values_to_strings", spark -> spark.range(6)
        .groupByKey((MapFunction<Long, Long>) value -> value % 2, Encoders.LONG())
        .mapValues((MapFunction<Long, String>) value -> "v" + value, Encoders.STRING())
        .reduceGroups((org.apache.spark.api.java.function.ReduceFunction<String>) (a, b) ->
            a.compareTo(b) < 0 ? a + b : b + a));
    query("deprecated_explode_of_column", spark -> spark.range(3).explode("id", "each",
        (scala.Function1<Object, scala.collection.IterableOnce<Object>> & java.io.Serializable) id ->
            scala.jdk.javaapi.CollectionConverters.asScala(List.<Object>of(id, (Long) id * 10)),
        ((scala.reflect.api.TypeTags) scala.reflect.runtime.package$.MODULE$.universe()).TypeTag().Long()));
  }
}
