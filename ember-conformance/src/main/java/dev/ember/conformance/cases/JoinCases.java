package dev.ember.conformance.cases;

import static dev.ember.conformance.cases.SmallTables.left;
import static dev.ember.conformance.cases.SmallTables.right;
import static dev.ember.conformance.cases.SmallTables.rows;
import static dev.ember.conformance.cases.SmallTables.schema;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import dev.ember.conformance.CaseGroup;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.functions;
import org.apache.spark.sql.types.DataTypes;
import scala.jdk.javaapi.CollectionConverters;

/** join (every join type, conditions, using columns), crossJoin and df.col disambiguation. */
public final class JoinCases extends CaseGroup {
  public JoinCases() {
    super("joins");
    conditionJoins();
    usingJoins();
    references();
    conditions();
    errors();
  }

  private void conditionJoins() {
    unordered("inner_condition", spark -> {
      Dataset<Row> a = left(spark);
      Dataset<Row> b = right(spark);
      return a.join(b, a.col("k").equalTo(b.col("k")));
    });
    query("inner_condition_ordered", spark -> {
      Dataset<Row> a = left(spark);
      Dataset<Row> b = right(spark);
      return a.join(b, a.col("k").equalTo(b.col("k")), "inner").orderBy(a.col("k"), b.col("w"));
    });
    for (String type : List.of("left", "left_outer", "right", "right_outer", "full", "outer", "full_outer",
        "left_semi", "semi", "left_anti", "anti", "cross")) {
      unordered("condition_" + type, spark -> {
        Dataset<Row> a = left(spark);
        Dataset<Row> b = right(spark);
        return a.join(b, a.col("k").equalTo(b.col("k")), type);
      });
    }
    query("left_outer_ordered_show", spark -> {
      Dataset<Row> a = left(spark);
      Dataset<Row> b = right(spark);
      return a.join(b, a.col("k").equalTo(b.col("k")), "left").orderBy(a.col("v"), b.col("w"));
    });
    unordered("cross_join", spark -> left(spark).crossJoin(right(spark).select(col("w"))));
    query("cross_join_count", spark -> left(spark).crossJoin(right(spark)).groupBy().count());
    unordered("join_without_condition", spark -> spark.range(2).join(spark.range(3).toDF("j")));
    unordered("join_empty_right", spark -> {
      Dataset<Row> a = left(spark);
      Dataset<Row> b = right(spark).filter(lit(false));
      return a.join(b, a.col("k").equalTo(b.col("k")), "left");
    });
  }

  private void usingJoins() {
    unordered("using_inner", spark -> left(spark).join(right(spark), "k"));
    for (String type : List.of("left", "right", "full", "left_semi", "left_anti", "cross")) {
      unordered("using_" + type, spark -> left(spark).join(right(spark), new String[] {"k"}, type));
    }
    query("using_full_ordered_show", spark -> left(spark)
        .join(right(spark), CollectionConverters.asScala(List.of("k")).toSeq(), "full")
        .orderBy(col("k"), col("w")));
    unordered("using_two_columns", spark -> {
      Dataset<Row> a = left(spark).withColumn("g", col("k").mod(2));
      Dataset<Row> b = right(spark).withColumn("g", col("k").mod(2));
      return a.join(b, new String[] {"g", "k"});
    });
    unordered("using_case_insensitive", spark -> left(spark).join(right(spark).toDF("K", "w"), "k"));
    unordered("using_widens_key_type", spark -> left(spark).join(spark.range(1, 4).toDF("k"), "k", "full"));
    unordered("using_then_left_column_reference", spark -> {
      Dataset<Row> a = left(spark);
      Dataset<Row> b = right(spark);
      return a.join(b, "k").filter(a.col("v").notEqual("c")).select(a.col("k"), b.col("w"));
    });
    unordered("using_right_key_reference", spark -> {
      Dataset<Row> a = left(spark);
      Dataset<Row> b = right(spark);
      return a.join(b, new String[] {"k"}, "full").select(a.col("k"), b.col("k"), col("k"));
    });
    unordered("three_way_using", spark -> left(spark).join(right(spark), "k")
        .join(spark.range(5).toDF("k").withColumn("k", col("k").cast("int")).withColumn("z", col("k").multiply(10)), "k"));
    query("using_full_order_by_hidden_key", spark -> {
      Dataset<Row> a = left(spark);
      Dataset<Row> b = right(spark);
      return a.join(b, new String[] {"k"}, "full").orderBy(b.col("k").asc_nulls_last(), col("w"), col("v"));
    });
    unordered("join_after_using_join", spark -> {
      Dataset<Row> a = left(spark);
      Dataset<Row> b = right(spark);
      Dataset<Row> c = spark.range(2, 4).toDF("c");
      return a.join(b, "k").join(c, a.col("k").equalTo(c.col("c")), "left").select(col("k"), col("w"), col("c"));
    });
    check("using_columns_list", (spark, outcome) -> outcome.value("columns",
        String.join(",", left(spark).join(right(spark), new String[] {"k"}, "right").columns())));
  }

  private void references() {
    unordered("select_both_sides", spark -> {
      Dataset<Row> a = left(spark);
      Dataset<Row> b = right(spark);
      return a.join(b, a.col("k").equalTo(b.col("k"))).select(a.col("k"), b.col("w"), b.col("k").as("bk"));
    });
    unordered("unambiguous_unqualified_names", spark -> {
      Dataset<Row> a = left(spark);
      Dataset<Row> b = right(spark);
      return a.join(b, a.col("k").equalTo(b.col("k"))).select(col("v"), col("w"));
    });
    query("ambiguous_reference", spark -> {
      Dataset<Row> a = left(spark);
      Dataset<Row> b = right(spark);
      return a.join(b, a.col("k").equalTo(b.col("k"))).select(col("k"));
    });
    query("ambiguous_reference_in_filter", spark -> {
      Dataset<Row> a = left(spark);
      Dataset<Row> b = right(spark);
      return a.join(b, a.col("k").equalTo(b.col("k"))).filter(col("k").gt(1));
    });
    query("ambiguous_reference_in_condition", spark -> left(spark).join(right(spark), col("k").equalTo(col("k"))));
    unordered("aliased_sides", spark -> left(spark).as("l").join(right(spark).as("r"), col("l.k").equalTo(col("r.k")))
        .select(col("l.k"), col("r.k"), col("l.v"), col("r.w")));
    unordered("aliased_star", spark -> left(spark).as("l").join(right(spark).as("r"), col("l.k").equalTo(col("r.k")))
        .select(col("r.*")));
    unordered("self_join_aliased", spark -> {
      Dataset<Row> a = left(spark);
      return a.as("x").join(a.as("y"), col("x.k").equalTo(col("y.k").minus(1)))
          .select(col("x.k"), col("x.v"), col("y.v").as("next_v"));
    });
    unordered("self_join_same_dataframe", spark -> {
      Dataset<Row> a = left(spark);
      return a.join(a, a.col("k").equalTo(a.col("k")));
    });
    unordered("self_join_select_left_column", spark -> {
      Dataset<Row> a = left(spark);
      return a.join(a, a.col("k").equalTo(a.col("k"))).select(a.col("v"));
    });
    unordered("reused_aggregate_joined_with_its_maximum", spark -> {
      Dataset<Row> counts = right(spark).groupBy(col("k").as("key")).agg(functions.count(lit(1)).as("n"));
      Dataset<Row> most = counts.agg(functions.max("n").as("max_n"));
      return counts.join(most, col("n").equalTo(col("max_n")));
    });
    unordered("reused_aggregate_on_both_sides", spark -> {
      Dataset<Row> counts = right(spark).groupBy(col("k")).agg(functions.count(lit(1)).as("n"));
      return counts.as("a").join(counts.as("b"), col("a.n").equalTo(col("b.n")))
          .select(col("a.k"), col("b.k").as("other"), col("a.n"));
    });
    unordered("reused_distinct_with_different_filters", spark -> {
      Dataset<Row> keys = right(spark).select(col("k")).distinct();
      return keys.filter(col("k").gt(2)).union(keys.filter(col("k").leq(2)));
    });
    unordered("similar_aggregates_over_different_inputs_stay_apart", spark -> {
      Dataset<Row> big = right(spark).filter(col("k").gt(2)).groupBy(col("k")).count();
      Dataset<Row> small = right(spark).filter(col("k").lt(4)).groupBy(col("k")).count();
      return big.join(small, "k");
    });
    unordered("aggregate_joined_on_its_keys_with_a_filtered_side", spark -> {
      Dataset<Row> sums = right(spark).groupBy(col("k")).agg(functions.count(col("w")).as("n"));
      Dataset<Row> some = left(spark).filter(col("v").notEqual("c"));
      return some.join(sums, some.col("k").equalTo(sums.col("k")));
    });
    unordered("aggregate_on_the_left_joined_on_two_keys_and_a_condition", spark -> {
      Dataset<Row> sums = right(spark).groupBy(col("k"), col("w")).agg(functions.count(lit(1)).as("n"));
      Dataset<Row> pairs = right(spark).join(left(spark).select(col("k").as("lk")), col("k").equalTo(col("lk")), "left_semi")
          .select(col("k").as("pk"), col("w").as("pw"));
      return sums.join(pairs, col("k").equalTo(col("pk")).and(col("w").equalTo(col("pw"))).and(col("n").geq(1)));
    });
    unordered("aggregate_joined_on_a_computed_column_stays_whole", spark -> {
      Dataset<Row> sums = right(spark).groupBy(col("k")).agg(functions.count(lit(1)).as("n"));
      Dataset<Row> some = left(spark).filter(col("k").isNotNull());
      return some.join(sums, some.col("k").equalTo(sums.col("n")));
    });
    unordered("drop_right_key", spark -> {
      Dataset<Row> a = left(spark);
      Dataset<Row> b = right(spark);
      return a.join(b, a.col("k").equalTo(b.col("k")), "left").drop(b.col("k"));
    });
    unordered("with_column_after_join", spark -> {
      Dataset<Row> a = left(spark);
      Dataset<Row> b = right(spark);
      return a.join(b, a.col("k").equalTo(b.col("k"))).withColumn("vw", col("v"));
    });
    query("group_after_join", spark -> {
      Dataset<Row> a = left(spark);
      Dataset<Row> b = right(spark);
      return a.join(b, a.col("k").equalTo(b.col("k"))).groupBy(a.col("k")).count().orderBy(col("k"));
    });
    query("star_of_one_side", spark -> {
      Dataset<Row> a = left(spark);
      Dataset<Row> b = right(spark);
      return a.join(b, a.col("k").equalTo(b.col("k"))).select(b.col("*")).orderBy(col("w"));
    });
    check("join_count", (spark, outcome) -> {
      Dataset<Row> a = left(spark);
      Dataset<Row> b = right(spark);
      outcome.value("count", a.join(b, a.col("k").equalTo(b.col("k")), "full").count());
    });
  }

  private void conditions() {
    unordered("null_safe_condition", spark -> {
      Dataset<Row> a = left(spark);
      Dataset<Row> b = right(spark);
      return a.join(b, a.col("k").eqNullSafe(b.col("k")));
    });
    unordered("non_equi_condition", spark -> {
      Dataset<Row> a = left(spark);
      Dataset<Row> b = right(spark);
      return a.join(b, a.col("k").gt(b.col("k")));
    });
    unordered("equi_and_filter_condition", spark -> {
      Dataset<Row> a = left(spark);
      Dataset<Row> b = right(spark);
      return a.join(b, a.col("k").equalTo(b.col("k")).and(b.col("w").notEqual("z")), "left");
    });
    unordered("condition_on_one_side_only", spark -> {
      Dataset<Row> a = left(spark);
      Dataset<Row> b = right(spark);
      return a.join(b, a.col("k").equalTo(lit(2)), "left_anti");
    });
    unordered("condition_widens_int_to_bigint", spark -> {
      Dataset<Row> a = left(spark);
      Dataset<Row> r = spark.range(1, 3).toDF();
      return a.join(r, a.col("k").equalTo(r.col("id")));
    });
    unordered("condition_string_key_against_int", spark -> {
      Dataset<Row> a = left(spark);
      Dataset<Row> s = rows(spark, schema("s", DataTypes.StringType, "t", DataTypes.StringType),
          new Object[] {"1", "one"}, new Object[] {"3", "three"});
      return a.join(s, a.col("k").equalTo(s.col("s")));
    });
    unordered("condition_literal_true", spark -> left(spark).join(right(spark).select(col("w")), lit(true)));
  }

  private void errors() {
    query("using_column_missing_on_right", spark -> left(spark).join(right(spark), "v"));
    query("using_column_missing_on_left", spark -> left(spark).join(right(spark), "w"));
    query("condition_not_boolean", spark -> {
      Dataset<Row> a = left(spark);
      Dataset<Row> b = right(spark);
      return a.join(b, a.col("k").plus(b.col("k")));
    });
    query("condition_unresolved_column", spark -> {
      Dataset<Row> a = left(spark);
      Dataset<Row> b = right(spark);
      return a.join(b, a.col("k").equalTo(col("nope")));
    });
    query("unknown_join_type", spark -> {
      Dataset<Row> a = left(spark);
      Dataset<Row> b = right(spark);
      return a.join(b, a.col("k").equalTo(b.col("k")), "sideways");
    });
  }
}
