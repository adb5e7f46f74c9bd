package dev.ember.engine.functions;

import dev.ember.plan.errors.RaisedError;
import java.util.ArrayList;
import java.util.List;
import org.duckdb.DuckDBColumnType;

/**
 * Spark's VectorSum / VectorAvg buffer, updated vector by vector in the order given: the first vector is copied,
 * each next one must have its dimension (VECTOR_DIMENSION_MISMATCH otherwise, two empty vectors aside) and is
 * added (sum) or folded into the running mean ({@code avg + (x - avg) * (1f / count)}), in float arithmetic;
 * a vector holding a NULL is skipped. Arguments: DuckDB's text of the FLOAT[][] of vectors, {@code sum} or
 * {@code avg}. The result is the text of a FLOAT[], NULL without vectors.
 */
final class VectorAggregation {
  static final JavaFunction FUNCTION = JavaFunction.of("ember_vector_aggregate",
      List.of(DuckDBColumnType.VARCHAR, DuckDBColumnType.VARCHAR), DuckDBColumnType.VARCHAR,
      arguments -> arguments[0] == null ? null : aggregate((String) arguments[0], (String) arguments[1]));

  private VectorAggregation() {
  }

  static String aggregate(String vectorsText, String kind) {
    String function = "vector_" + kind;
    float[] accumulated = null;
    long count = 0;
    for (Float[] vector : vectors(vectorsText)) {
      if (containsNull(vector)) {
        continue;
      }
      if (count == 0) {
        accumulated = new float[vector.length];
        for (int i = 0; i < vector.length; i++) {
          accumulated[i] = vector[i];
        }
        count = 1;
        continue;
      }
      if (accumulated.length == 0 && vector.length == 0) {
        count++;
        continue;
      }
      if (accumulated.length != vector.length) {
        throw new RaisedFailure(RaisedError.VECTOR_DIMENSION_MISMATCH.marker(function,
            Integer.toString(accumulated.length), Integer.toString(vector.length)));
      }
      count++;
      float inverse = 1.0f / count;
      for (int i = 0; i < accumulated.length; i++) {
        accumulated[i] = kind.equals("sum") ? accumulated[i] + vector[i]
            : accumulated[i] + (vector[i] - accumulated[i]) * inverse;
      }
    }
    if (count == 0) {
      return null;
    }
    List<String> values = new ArrayList<>();
    for (float value : accumulated) {
      values.add(Float.toString(value));
    }
    return "[" + String.join(", ", values) + "]";
  }

  private static boolean containsNull(Float[] vector) {
    for (Float value : vector) {
      if (value == null) {
        return true;
      }
    }
    return false;
  }

  /** DuckDB's text of a FLOAT[][]: {@code [[1.0, 2.0], [], NULL, [NULL, 3.0]]} (a NULL vector is left out). */
  private static List<Float[]> vectors(String text) {
    List<Float[]> vectors = new ArrayList<>();
    int position = text.indexOf('[') + 1;
    while (true) {
      int start = text.indexOf('[', position);
      if (start < 0) {
        return vectors;
      }
      int end = text.indexOf(']', start);
      vectors.add(VectorArithmetic.parse(text.substring(start, end + 1)));
      position = end + 1;
    }
  }
}
