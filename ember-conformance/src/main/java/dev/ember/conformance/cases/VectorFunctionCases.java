package dev.ember.conformance.cases;

import static org.apache.spark.sql.functions.array;
import static org.apache.spark.sql.functions.call_function;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;

import dev.ember.conformance.CaseGroup;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** vector_cosine_similarity, vector_inner_product, vector_l2_distance, vector_norm, vector_normalize (float arrays). */
public final class VectorFunctionCases extends CaseGroup {
  private static final List<Row> VECTORS = Arrays.asList(
      RowFactory.create(1, Arrays.asList(1.0f, 2.0f, 3.0f), Arrays.asList(4.0f, 5.0f, 6.0f)),
      RowFactory.create(2, Arrays.asList(0.1f, 0.2f, 0.3f, 0.4f, 0.5f, 0.6f, 0.7f, 0.8f, 0.9f, 1.1f),
          Arrays.asList(1.5f, -2.5f, 3.25f, 1e-3f, 7.0f, 0.3f, 0.3f, 0.3f, 100.0f, -0.1f)),
      RowFactory.create(3, Arrays.asList(), Arrays.asList()),
      RowFactory.create(4, Arrays.asList(0.0f, 0.0f), Arrays.asList(1.0f, 1.0f)),
      RowFactory.create(5, Arrays.asList(1.0f, null), Arrays.asList(1.0f, 2.0f)),
      RowFactory.create(6, null, Arrays.asList(1.0f)),
      RowFactory.create(7, Arrays.asList(3e38f, 3e38f), Arrays.asList(-1e-40f, Float.NaN)));

  private static Dataset<Row> vectors(SparkSession spark) {
    return spark.createDataFrame(VECTORS, new StructType().add("id", DataTypes.IntegerType)
        .add("a", DataTypes.createArrayType(DataTypes.FloatType)).add("b", DataTypes.createArrayType(DataTypes.FloatType)));
  }

  private static Column floats(float... values) {
    Column[] elements = new Column[values.length];
    for (int i = 0; i < values.length; i++) {
      elements[i] = lit(values[i]);
    }
    return array(elements);
  }

  public VectorFunctionCases() {
    super("vector_functions");
    query("pairs", spark -> vectors(spark).select(col("id"),
        call_function("vector_cosine_similarity", col("a"), col("b")),
        call_function("vector_inner_product", col("a"), col("b")),
        call_function("vector_l2_distance", col("a"), col("b"))));
    query("norms", spark -> vectors(spark).select(col("id"), call_function("vector_norm", col("a"), lit(2.0f)),
        call_function("vector_norm", col("a"), lit(1.0f)),
        call_function("vector_norm", col("b"), lit(Float.POSITIVE_INFINITY))));
    query("normalize", spark -> vectors(spark).select(col("id"), call_function("vector_normalize", col("a"), lit(2.0f)),
        call_function("vector_normalize", col("b"), lit(1.0f)),
        call_function("vector_normalize", col("a"), lit(Float.POSITIVE_INFINITY))));
    query("literals", spark -> spark.range(1).select(
        call_function("vector_cosine_similarity", floats(1, 2, 3), floats(4, 5, 6)),
        call_function("vector_norm", floats(3, 4), lit(2.0f)), call_function("vector_normalize", floats(3, 4), lit(1.0f))));
    query("dimension_mismatch", spark -> spark.range(1).select(call_function("vector_inner_product", floats(1, 2),
        floats(1, 2, 3))));
    query("bad_degree", spark -> spark.range(1).select(call_function("vector_norm", floats(1, 2), lit(3.0f))));
    query("null_degree", spark -> spark.range(1).select(call_function("vector_norm", floats(1, 2),
        lit(null).cast("float"))));
    query("double_arrays", spark -> spark.range(1).select(call_function("vector_l2_distance", array(lit(1.0), lit(2.0)),
        array(lit(1.0), lit(2.0)))));
    query("int_arrays", spark -> spark.range(1).select(call_function("vector_inner_product", array(lit(1), lit(2)),
        array(lit(3), lit(4)))));
    query("double_degree", spark -> spark.range(1).select(call_function("vector_norm", floats(3, 4), lit(2.0))));
    query("one_argument_norm", spark -> spark.range(1).select(call_function("vector_norm", floats(3, 4))));
    query("not_an_array", spark -> spark.range(1).select(call_function("vector_cosine_similarity", lit(1.0f),
        floats(1))));
    // aggregates: one partition (Spark merges partial buffers otherwise), vectors in input order
    query("vector_sum_and_avg", spark -> spark.createDataFrame(Arrays.asList(
        RowFactory.create(1, Arrays.asList(0.1f, 0.2f, 0.3f)), RowFactory.create(1, Arrays.asList(1.5f, -2.5f, 1e-3f)),
        RowFactory.create(1, null), RowFactory.create(1, Arrays.asList(1.0f, null, 2.0f)),
        RowFactory.create(2, Arrays.asList(3e38f, 1.0f)), RowFactory.create(2, Arrays.asList(3e38f, 0.7f)),
        RowFactory.create(3, null)), new StructType().add("k", DataTypes.IntegerType)
            .add("v", DataTypes.createArrayType(DataTypes.FloatType))).coalesce(1).groupBy("k")
        .agg(call_function("vector_sum", col("v")), call_function("vector_avg", col("v"))).orderBy("k"));
    query("vector_avg_running", spark -> spark.range(0, 6, 1, 1).select(org.apache.spark.sql.functions.array(
        col("id").cast("float").divide(3).cast("float"), col("id").cast("float").multiply(0.7).cast("float")).as("v"))
        .agg(call_function("vector_avg", col("v")), call_function("vector_sum", col("v"))));
    query("vector_aggregate_empty_vectors", spark -> spark.range(0, 3, 1, 1).select(
        org.apache.spark.sql.functions.array().cast("array<float>").as("v")).agg(call_function("vector_sum", col("v")),
        call_function("vector_avg", col("v"))));
    query("vector_aggregate_dimension_mismatch", spark -> spark.range(0, 2, 1, 1).select(
        org.apache.spark.sql.functions.when(col("id").equalTo(0), floats(1, 2)).otherwise(floats(1, 2, 3)).as("v"))
        .agg(call_function("vector_sum", col("v"))));
    query("vector_aggregate_not_float", spark -> spark.range(1).select(array(lit(1.0), lit(2.0)).as("v"))
        .agg(call_function("vector_avg", col("v"))));
  }
}
