package dev.ember.conformance.cases;

import static org.apache.spark.sql.functions.col;

import dev.ember.conformance.cases.UserCodeFixtures.KeyOne;
import dev.ember.conformance.cases.UserCodeFixtures.KeyTwo;
import dev.ember.conformance.cases.UserCodeFixtures.SumLongs;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.api.java.function.FlatMapGroupsFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.MapGroupsFunction;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * More of {@code user_functions} (issue 17): state functions with an initial state (as Spark runs them in a batch
 * query), groups of a key read back as fewer fields ({@code keyAs}), a group's sort by {@code *}, typed
 * aggregations after {@code mapValues}, reduceGroups over strings and the deprecated {@code explode}. Registered
 * into {@link UserFunctionCases}' group.
 */
final class UserFunctionStateCases {
  private UserFunctionStateCases() {
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

  static void register(UserFunctionValueCases.Cases cases) {
    cases.unordered("map_groups_with_initial_state", spark -> spark.range(9)
        .groupByKey((MapFunction<Long, Long>) value -> value % 3, Encoders.LONG())
        .mapGroupsWithState(COUNT_FROM_STATE, Encoders.LONG(), Encoders.STRING(),
            org.apache.spark.sql.streaming.GroupStateTimeout.NoTimeout(), initialCounts(spark)));
    cases.unordered("flat_map_groups_with_initial_state", spark -> spark.range(9)
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
    cases.unordered("initial_state_of_rows", spark -> UserFunctionCases.pairs(spark)
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
    cases.check("initial_state_duplicate_key", (spark, outcome) -> {
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
    cases.unordered("key_as_fewer_fields_keeps_groups", spark -> spark.range(10)
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
    cases.unordered("cogroup_key_as_fewer_fields", spark -> {
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
    cases.conditionOnly("sorted_groups_by_star", spark -> spark.range(10)
        .groupByKey((MapFunction<Long, Long>) value -> value % 2, Encoders.LONG())
        .flatMapSortedGroups(new org.apache.spark.sql.Column[] {col("*")},
            (FlatMapGroupsFunction<Long, Long, Long>) (key, values) -> values, Encoders.LONG()));
    cases.unordered("agg_after_map_values_of_rows", spark -> UserFunctionCases.pairs(spark)
        .groupByKey((MapFunction<Row, String>) row -> row.getString(1).compareTo("c") < 0 ? "ab" : "rest",
            Encoders.STRING())
        .mapValues((MapFunction<Row, Object>) row -> row.getLong(0) * 10, Encoders.scalaLong())
        .agg(typed(org.apache.spark.sql.functions.count("*"), Encoders.LONG()),
            overAny(new SumLongs().toColumn())));
    cases.unordered("agg_after_map_values_to_boxed_longs", spark -> UserFunctionCases.pairs(spark)
        .groupByKey((MapFunction<Row, String>) row -> row.getString(1).compareTo("c") < 0 ? "ab" : "rest",
            Encoders.STRING())
        .mapValues((MapFunction<Row, Long>) row -> row.getLong(0) * 10, Encoders.LONG())
        .agg(typed(org.apache.spark.sql.functions.count("*"), Encoders.LONG()), new SumLongs().toColumn()));
    cases.unordered("agg_after_map_values_of_rows_to_tuples", spark -> UserFunctionCases.pairs(spark)
        .groupByKey((MapFunction<Row, Long>) row -> row.getLong(0), Encoders.LONG())
        .mapValues((MapFunction<Row, scala.Tuple2<Long, String>>) row -> new scala.Tuple2<>(row.getLong(0) * 2,
            row.getString(1)), Encoders.tuple(Encoders.LONG(), Encoders.STRING()))
        .agg(typed(org.apache.spark.sql.functions.count("_1"), Encoders.LONG()),
            typed(org.apache.spark.sql.functions.max("_2"), Encoders.STRING())));
    cases.unordered("reduce_groups_of_strings", spark -> UserFunctionCases.pairs(spark).select(col("v")).as(Encoders.STRING())
        .groupByKey((MapFunction<String, Boolean>) letter -> letter.compareTo("c") < 0, Encoders.BOOLEAN())
        .reduceGroups((org.apache.spark.api.java.function.ReduceFunction<String>) (a, b) ->
            a.compareTo(b) < 0 ? a + b : b + a));
    cases.unordered("reduce_groups_after_map_values_to_strings", spark -> spark.range(6)
        .groupByKey((MapFunction<Long, Long>) value -> value % 2, Encoders.LONG())
        .mapValues((MapFunction<Long, String>) value -> "v" + value, Encoders.STRING())
        .reduceGroups((org.apache.spark.api.java.function.ReduceFunction<String>) (a, b) ->
            a.compareTo(b) < 0 ? a + b : b + a));
    cases.query("deprecated_explode_of_column", spark -> spark.range(3).explode("id", "each",
        (scala.Function1<Object, scala.collection.IterableOnce<Object>> & java.io.Serializable) id ->
            scala.jdk.javaapi.CollectionConverters.asScala(List.<Object>of(id, (Long) id * 10)),
        ((scala.reflect.api.TypeTags) scala.reflect.runtime.package$.MODULE$.universe()).TypeTag().Long()));
  }
}
