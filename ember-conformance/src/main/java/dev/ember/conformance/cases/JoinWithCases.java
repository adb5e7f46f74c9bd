package dev.ember.conformance.cases;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import dev.ember.conformance.CaseGroup;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import scala.Tuple2;

/** {@code joinWith}: each side as one column (a struct of a row side, a primitive side's value), every join type. */
public final class JoinWithCases extends CaseGroup {
  public JoinWithCases() {
    super("join_with");
    query("flat_schema", spark -> numbers(spark, 1, 2, 3).as("a")
        .joinWith(numbers(spark, 1, 2).as("b"), col("a.value").equalTo(col("b.value")), "inner").toDF());
    unordered("tuple_with_primitive", spark -> numbers(spark, 1, 1, 2)
        .joinWith(pairs(spark), col("value").equalTo(col("_2"))).toDF());
    check("tuple_with_primitive_objects", (spark, outcome) -> outcome.value("objects", numbers(spark, 1, 1, 2)
        .joinWith(pairs(spark), col("value").equalTo(col("_2"))).collectAsList().stream().map(Object::toString).sorted()
        .toList()));
    unordered("primitive_select_fields", spark -> numbers(spark, 1, 1, 2)
        .joinWith(pairs(spark), col("value").equalTo(col("_2"))).toDF().select(col("_1"), col("_2._1"), col("_2._2")));
    unordered("rows_inner", spark -> SmallTables.left(spark).as("l")
        .joinWith(SmallTables.right(spark).as("r"), col("l.k").equalTo(col("r.k"))).toDF());
    check("rows_inner_objects", (spark, outcome) -> outcome.value("objects", SmallTables.left(spark).as("l")
        .joinWith(SmallTables.right(spark).as("r"), col("l.k").equalTo(col("r.k"))).collectAsList().stream()
        .map(Object::toString).sorted().toList()));
    unordered("rows_left_outer", spark -> SmallTables.left(spark).as("l")
        .joinWith(SmallTables.right(spark).as("r"), col("l.k").equalTo(col("r.k")), "left_outer").toDF());
    unordered("rows_right_outer", spark -> SmallTables.left(spark).as("l")
        .joinWith(SmallTables.right(spark).as("r"), col("l.k").equalTo(col("r.k")), "right_outer").toDF());
    unordered("rows_full_outer", spark -> SmallTables.left(spark).as("l")
        .joinWith(SmallTables.right(spark).as("r"), col("l.k").equalTo(col("r.k")), "full_outer").toDF());
    unordered("primitive_full_outer", spark -> numbers(spark, 1, 2, 3).as("a")
        .joinWith(numbers(spark, 2, 3, 4).as("b"), col("a.value").equalTo(col("b.value")), "full_outer").toDF());
    unordered("outer_condition_on_fields", spark -> SmallTables.left(spark).as("l")
        .joinWith(pairs(spark).as("p"), col("l.k").equalTo(col("p._2")).and(col("l.v").notEqual(col("p._1"))),
            "left_outer").toDF());
    unordered("cross", spark -> numbers(spark, 1, 2).as("a").joinWith(numbers(spark, 3, 4).as("b"), lit(true), "cross")
        .toDF());
    query("left_semi_refused", spark -> numbers(spark, 1, 2).as("a")
        .joinWith(numbers(spark, 1).as("b"), col("a.value").equalTo(col("b.value")), "left_semi").toDF());
    query("left_anti_refused", spark -> numbers(spark, 1, 2).as("a")
        .joinWith(numbers(spark, 1).as("b"), col("a.value").equalTo(col("b.value")), "left_anti").toDF());
    query("multi_level", spark -> pairs(spark).as("a").joinWith(pairs(spark).as("b"), col("a._1").equalTo(col("b._1")))
        .as("ab").joinWith(pairs(spark).as("c"), col("ab._1._2").equalTo(col("c._2"))).toDF());
  }

  private static Dataset<Integer> numbers(SparkSession spark, Integer... values) {
    return spark.createDataset(Arrays.asList(values), Encoders.INT());
  }

  private static Dataset<Tuple2<String, Integer>> pairs(SparkSession spark) {
    List<Tuple2<String, Integer>> values = List.of(new Tuple2<>("a", 1), new Tuple2<>("b", 2));
    return spark.createDataset(values, Encoders.tuple(Encoders.STRING(), Encoders.INT()));
  }
}
