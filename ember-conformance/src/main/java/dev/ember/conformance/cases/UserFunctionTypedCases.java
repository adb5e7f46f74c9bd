package dev.ember.conformance.cases;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.struct;
import static org.apache.spark.sql.functions.udf;

import dev.ember.conformance.cases.UserCodeFixtures.MeanOfDoubles;
import dev.ember.conformance.cases.UserCodeFixtures.MinMax;
import dev.ember.conformance.cases.UserCodeFixtures.Person;
import dev.ember.conformance.cases.UserCodeFixtures.SumLongs;
import dev.ember.conformance.cases.UserCodeFixtures.WeightedCount;
import java.util.ArrayList;
import java.util.List;
import org.apache.spark.api.java.function.CoGroupFunction;
import org.apache.spark.api.java.function.FilterFunction;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.FlatMapGroupsWithStateFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.MapGroupsFunction;
import org.apache.spark.api.java.function.MapGroupsWithStateFunction;
import org.apache.spark.api.java.function.MapPartitionsFunction;
import org.apache.spark.api.java.function.ReduceFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.streaming.GroupStateTimeout;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;
import scala.Tuple2;

/**
 * More of {@code user_functions} (issue 17): Aggregators of several inputs, struct results and empty inputs, typed
 * columns side by side, groupings by tuples and beans, sorted cogroups, state functions that update and remove,
 * and UDFs where queries put them (windows, joins, repeated calls). Registered into {@link UserFunctionCases}'
 * group.
 */
final class UserFunctionTypedCases {
  private static final UserDefinedFunction PARITY = udf((UDF1<Long, Long>) value -> value % 2, DataTypes.LongType);

  private UserFunctionTypedCases() {
  }

  static void register(UserFunctionValueCases.Cases cases) {
    aggregators(cases);
    groupings(cases);
    states(cases);
    placements(cases);
  }

  private static Dataset<Row> scores(SparkSession spark) {
    return spark.sql("SELECT * FROM VALUES ('a', 1L, 2.0D), ('a', 2L, NULL), ('b', 3L, 4.0D), (NULL, 4L, 8.0D)"
        + " AS t(k, n, x)");
  }

  private static void aggregators(UserFunctionValueCases.Cases cases) {
    cases.query("udaf_of_two_columns", spark -> scores(spark).agg(org.apache.spark.sql.functions.udaf(
        new WeightedCount(), Encoders.tuple(Encoders.LONG(), Encoders.STRING())).apply(col("n"), col("k"))
        .as("weighted")));
    cases.query("udaf_over_empty_input", spark -> spark.range(0).agg(org.apache.spark.sql.functions.udaf(
        new SumLongs(), Encoders.LONG()).apply(col("id")).as("total")));
    cases.unordered("udaf_grouped_by_null_key", spark -> scores(spark).groupBy("k").agg(
        org.apache.spark.sql.functions.udaf(new SumLongs(), Encoders.LONG()).apply(col("n")).as("total"),
        org.apache.spark.sql.functions.udaf(new MeanOfDoubles(), Encoders.DOUBLE()).apply(col("x")).as("mean")));
    cases.query("udaf_struct_result", spark -> spark.range(5).agg(org.apache.spark.sql.functions.udaf(
        new MinMax(), Encoders.LONG()).apply(col("id")).as("range")).select(col("range._1"), col("range._2")));
    cases.query("udaf_in_sql_group_by_having", spark -> {
      spark.udf().register("ember_sum_having", org.apache.spark.sql.functions.udaf(new SumLongs(), Encoders.LONG()));
      return spark.sql("SELECT id % 3 AS k, ember_sum_having(id) AS total FROM range(10) GROUP BY id % 3"
          + " HAVING ember_sum_having(id) > 12 ORDER BY k");
    });
    cases.query("udaf_distinct_in_sql", spark -> {
      spark.udf().register("ember_sum_distinct", org.apache.spark.sql.functions.udaf(new SumLongs(),
          Encoders.LONG()));
      return spark.sql("SELECT ember_sum_distinct(DISTINCT x) AS total FROM VALUES (1L), (1L), (2L) AS t(x)");
    });
    cases.query("two_typed_columns", spark -> spark.range(1, 5).as(Encoders.LONG())
        .select(new SumLongs().toColumn(), new MinMax().toColumn()));
    cases.unordered("grouped_typed_column_and_count", spark -> spark.range(10)
        .groupByKey((MapFunction<Long, Long>) id -> id % 3, Encoders.LONG())
        .agg(new SumLongs().toColumn(), UserFunctionStateCases.overAny(org.apache.spark.sql.functions.count("*")
            .as(Encoders.LONG()))));
    cases.unordered("reduce_groups_of_tuples", spark -> spark.range(6).map((MapFunction<Long, Tuple2<Long, Long>>)
        id -> new Tuple2<>(id % 2, id), Encoders.tuple(Encoders.LONG(), Encoders.LONG()))
        .groupByKey((MapFunction<Tuple2<Long, Long>, Long>) Tuple2::_1, Encoders.LONG())
        .reduceGroups((ReduceFunction<Tuple2<Long, Long>>) (a, b) -> new Tuple2<>(a._1(), a._2() + b._2())));
    cases.check("dataset_reduce_strings", (spark, outcome) -> outcome.value("result", spark.createDataset(
        List.of("b", "a", "c"), Encoders.STRING()).reduce((ReduceFunction<String>) (a, b) ->
            a.compareTo(b) < 0 ? a + b : b + a).chars().sorted().collect(StringBuilder::new,
                StringBuilder::appendCodePoint, StringBuilder::append).toString()));
  }

  private static void groupings(UserFunctionValueCases.Cases cases) {
    cases.unordered("tuple_key_keys", spark -> spark.range(8)
        .groupByKey((MapFunction<Long, Tuple2<Long, String>>) id -> new Tuple2<>(id % 2, id < 4 ? "low" : "high"),
            Encoders.tuple(Encoders.LONG(), Encoders.STRING())).keys());
    cases.unordered("bean_key_count", spark -> spark.range(6)
        .groupByKey((MapFunction<Long, Person>) id -> {
          Person person = new Person();
          person.setId(id % 2);
          person.setName(id % 2 == 0 ? "even" : "odd");
          return person;
        }, Encoders.bean(Person.class)).count());
    cases.unordered("relational_grouping_two_columns", spark -> scores(spark).groupBy(col("k"), col("n").mod(2))
        .as(Encoders.tuple(Encoders.STRING(), Encoders.LONG()), Encoders.tuple(Encoders.STRING(), Encoders.LONG(),
            Encoders.DOUBLE()))
        .mapGroups((MapGroupsFunction<Tuple2<String, Long>, scala.Tuple3<String, Long, Double>, String>)
            (key, rows) -> {
              long count = 0;
              while (rows.hasNext()) {
                rows.next();
                count++;
              }
              return key._1() + "/" + key._2() + ":" + count;
            }, Encoders.STRING()));
    cases.unordered("map_groups_to_tuples", spark -> spark.range(7)
        .groupByKey((MapFunction<Long, Long>) id -> id % 3, Encoders.LONG())
        .mapGroups((MapGroupsFunction<Long, Long, Tuple2<Long, Long>>) (key, values) -> {
          long max = Long.MIN_VALUE;
          while (values.hasNext()) {
            max = Math.max(max, values.next());
          }
          return new Tuple2<>(key, max);
        }, Encoders.tuple(Encoders.LONG(), Encoders.LONG())));
    cases.unordered("flat_map_sorted_groups_two_orders", spark -> scores(spark)
        .groupByKey((MapFunction<Row, Boolean>) row -> row.isNullAt(0), Encoders.BOOLEAN())
        .flatMapSortedGroups(new org.apache.spark.sql.Column[] {col("k").asc_nulls_last(), col("n").desc()},
            (FlatMapGroupsFunction<Boolean, Row, String>) (key, rows) -> {
              List<String> seen = new ArrayList<>();
              rows.forEachRemaining(row -> seen.add(row.getString(0) + row.getLong(1)));
              return List.of(key + ":" + String.join(",", seen)).iterator();
            }, Encoders.STRING()));
    cases.unordered("map_values_then_flat_map_groups", spark -> scores(spark)
        .groupByKey((MapFunction<Row, Long>) row -> row.getLong(1) % 2, Encoders.LONG())
        .mapValues((MapFunction<Row, Double>) row -> row.isNullAt(2) ? -1.0 : row.getDouble(2), Encoders.DOUBLE())
        .flatMapGroups((FlatMapGroupsFunction<Long, Double, String>) (key, values) -> {
          List<String> out = new ArrayList<>();
          values.forEachRemaining(value -> out.add(key + "=" + value));
          out.sort(null);
          return out.iterator();
        }, Encoders.STRING()));
    cases.unordered("cogroup_with_empty_side", spark -> {
      var left = spark.range(4).groupByKey((MapFunction<Long, Long>) id -> id % 2, Encoders.LONG());
      var right = spark.range(0).groupByKey((MapFunction<Long, Long>) id -> id % 2, Encoders.LONG());
      return left.cogroup(right, (CoGroupFunction<Long, Long, Long, String>) (key, lefts, rights) -> {
        long count = 0;
        while (lefts.hasNext()) {
          lefts.next();
          count++;
        }
        return List.of(key + ":" + count + ":" + rights.hasNext()).iterator();
      }, Encoders.STRING());
    });
    cases.unordered("cogroup_sorted", spark -> {
      var left = spark.range(6).groupByKey((MapFunction<Long, Long>) id -> id % 2, Encoders.LONG());
      var right = spark.range(6).groupByKey((MapFunction<Long, Long>) id -> id % 3, Encoders.LONG());
      return left.cogroupSorted(right, new org.apache.spark.sql.Column[] {col("id").desc()},
          new org.apache.spark.sql.Column[] {col("id").asc()},
          (CoGroupFunction<Long, Long, Long, String>) (key, lefts, rights) -> {
            StringBuilder text = new StringBuilder(key + ":");
            lefts.forEachRemaining(text::append);
            text.append('|');
            rights.forEachRemaining(text::append);
            return List.of(text.toString()).iterator();
          }, Encoders.STRING());
    });
    cases.unordered("map_values_then_cogroup", spark -> {
      var left = spark.range(4).groupByKey((MapFunction<Long, Long>) id -> id % 2, Encoders.LONG())
          .mapValues((MapFunction<Long, String>) id -> "l" + id, Encoders.STRING());
      var right = spark.range(3).groupByKey((MapFunction<Long, Long>) id -> id % 2, Encoders.LONG())
          .mapValues((MapFunction<Long, String>) id -> "r" + id, Encoders.STRING());
      return left.cogroup(right, (CoGroupFunction<Long, String, String, String>) (key, lefts, rights) -> {
        List<String> all = new ArrayList<>();
        lefts.forEachRemaining(all::add);
        rights.forEachRemaining(all::add);
        all.sort(null);
        return List.of(key + ":" + String.join(",", all)).iterator();
      }, Encoders.STRING());
    });
  }

  private static void states(UserFunctionValueCases.Cases cases) {
    cases.unordered("state_removed_in_batch", spark -> spark.range(5)
        .groupByKey((MapFunction<Long, Long>) id -> id % 2, Encoders.LONG())
        .mapGroupsWithState((MapGroupsWithStateFunction<Long, Long, String, String>) (key, values, state) -> {
          state.update("seen " + key);
          boolean before = state.exists();
          state.remove();
          return key + ":" + before + ":" + state.exists() + ":" + state.getOption().isDefined();
        }, Encoders.STRING(), Encoders.STRING()));
    cases.unordered("flat_map_groups_with_state_update_mode", spark -> spark.range(5)
        .groupByKey((MapFunction<Long, Long>) id -> id % 2, Encoders.LONG())
        .flatMapGroupsWithState((FlatMapGroupsWithStateFunction<Long, Long, Long, Tuple2<Long, Long>>)
            (key, values, state) -> {
              List<Tuple2<Long, Long>> out = new ArrayList<>();
              values.forEachRemaining(value -> out.add(new Tuple2<>(key, value * 10)));
              return out.iterator();
            }, org.apache.spark.sql.streaming.OutputMode.Update(), Encoders.LONG(),
            Encoders.tuple(Encoders.LONG(), Encoders.LONG()), GroupStateTimeout.NoTimeout()));
    cases.unordered("state_timeout_refused_in_batch", spark -> spark.range(2)
        .groupByKey((MapFunction<Long, Long>) id -> id, Encoders.LONG())
        .mapGroupsWithState((MapGroupsWithStateFunction<Long, Long, Long, String>) (key, values, state) -> {
          try {
            state.setTimeoutDuration(1000);
            return key + ":set";
          } catch (UnsupportedOperationException refused) {
            return key + ":refused";
          }
        }, Encoders.LONG(), Encoders.STRING()));
  }

  private static void placements(UserFunctionValueCases.Cases cases) {
    cases.query("same_udf_in_filter_and_select", spark -> spark.range(6).filter(PARITY.apply(col("id")).equalTo(1))
        .select(col("id"), PARITY.apply(col("id")).as("p")));
    cases.query("udf_in_window_partition", spark -> spark.range(6).select(col("id"),
        org.apache.spark.sql.functions.sum("id").over(org.apache.spark.sql.expressions.Window.partitionBy(
            PARITY.apply(col("id")))).as("parity_total")).orderBy("id"));
    cases.query("udf_in_window_order", spark -> spark.range(5).select(col("id"),
        org.apache.spark.sql.functions.row_number().over(org.apache.spark.sql.expressions.Window.orderBy(
            udf((UDF1<Long, Long>) id -> -id, DataTypes.LongType).apply(col("id")))).as("rank")).orderBy("id"));
    cases.unordered("udf_join_condition_with_equality", spark -> spark.range(4).as("a").join(spark.range(4).as("b"),
        col("a.id").equalTo(col("b.id")).and(PARITY.apply(col("a.id")).equalTo(0))));
    cases.query("udf_order_by_desc_nulls", spark -> spark.sql("SELECT * FROM VALUES (1L), (NULL), (3L), (2L)"
        + " AS t(x)").orderBy(udf((UDF1<Long, Long>) x -> x == null ? null : x * -1, DataTypes.LongType)
        .apply(col("x")).desc_nulls_last()));
    cases.unordered("udf_group_by_then_udaf", spark -> spark.range(10).groupBy(PARITY.apply(col("id")).as("p"))
        .agg(org.apache.spark.sql.functions.udaf(new SumLongs(), Encoders.LONG()).apply(col("id")).as("total")));
    cases.query("struct_in_struct_out", spark -> spark.range(3).select(udf((UDF1<Row, Row>) row ->
        RowFactory.create(row.getLong(0) * 2, row.getString(1) + "!"), new StructType()
        .add("doubled", DataTypes.LongType).add("shout", DataTypes.StringType))
        .apply(struct(col("id"), col("id").cast("string").as("text"))).as("out"))
        .select(col("out.doubled"), col("out.shout")));
    cases.query("array_of_structs_result", spark -> spark.range(2).select(udf((UDF1<Long, List<Row>>) id ->
        List.of(RowFactory.create(id, "a"), RowFactory.create(id + 1, "b")), DataTypes.createArrayType(
            new StructType().add("n", DataTypes.LongType).add("s", DataTypes.StringType))).apply(col("id"))
        .as("items")));
    cases.query("nondeterministic_in_filter", spark -> spark.range(6).filter(udf((UDF1<Long, Boolean>) id ->
        id > 2, DataTypes.BooleanType).asNondeterministic().apply(col("id"))));
    cases.query("with_column_then_drop_input", spark -> spark.range(3).withColumn("p", PARITY.apply(col("id")))
        .drop("id"));
    cases.query("registered_in_sql_where_and_order", spark -> {
      spark.udf().register("ember_parity_where", PARITY);
      return spark.sql("SELECT id FROM range(8) WHERE ember_parity_where(id) = 0 ORDER BY ember_parity_where(id + 1),"
          + " id DESC");
    });
    cases.query("typed_filter_map_reduce_chain", spark -> spark.range(10)
        .filter((FilterFunction<Long>) id -> id % 3 != 0)
        .map((MapFunction<Long, Integer>) id -> (int) (id * id), Encoders.INT())
        .groupBy().sum("value"));
    cases.query("map_to_three_tuple", spark -> spark.range(3).map(
        (MapFunction<Long, scala.Tuple3<Long, String, Boolean>>) id -> new scala.Tuple3<>(id, "n" + id, id > 0),
        Encoders.tuple(Encoders.LONG(), Encoders.STRING(), Encoders.BOOLEAN())));
    cases.query("running_sum_in_one_partition", spark -> spark.range(5).repartition(1).mapPartitions(
        (MapPartitionsFunction<Long, Long>) values -> {
          List<Long> sums = new ArrayList<>();
          long sum = 0;
          while (values.hasNext()) {
            sum += values.next();
            sums.add(sum);
          }
          return sums.iterator();
        }, Encoders.LONG()).orderBy("value"));
    cases.query("integer_dataset_map", spark -> spark.createDataset(List.of(3, 1, 2), Encoders.INT())
        .map((MapFunction<Integer, Integer>) value -> value * 100, Encoders.INT()).orderBy("value"));
  }
}
