package dev.ember.engine.functions;

import dev.ember.plan.errors.RaisedError;
import java.util.ArrayList;
import java.util.List;
import org.duckdb.DuckDBColumnType;

/**
 * Spark 4.2's VectorFunctionImplUtils on float vectors, operation for operation (float arithmetic, eight
 * elements per block summed before they join the total, then the rest one by one), so the last bits agree:
 * {@code ember_vector(function, a, b, degree)} for cosine similarity, inner product, L2 distance and norm, and
 * {@code ember_vector_normalize(a, degree, function)}. Vectors travel as DuckDB's text of a FLOAT[] (shortest
 * round-trip digits); a NULL element makes the result NULL.
 */
public final class VectorArithmetic {
  static final JavaFunction SCALAR = JavaFunction.of("ember_vector", List.of(DuckDBColumnType.VARCHAR,
      DuckDBColumnType.VARCHAR, DuckDBColumnType.VARCHAR, DuckDBColumnType.DOUBLE), DuckDBColumnType.DOUBLE,
      arguments -> {
        String function = (String) arguments[0];
        if (arguments[1] == null || (arguments[2] == null && !function.equals("vector_norm")) || arguments[3] == null) {
          return null;
        }
        Float result = scalar(function, parse((String) arguments[1]),
            arguments[2] == null ? null : parse((String) arguments[2]), ((Double) arguments[3]).floatValue());
        return result == null ? null : (double) result;
      });
  static final JavaFunction NORMALIZE = JavaFunction.of("ember_vector_normalize", List.of(DuckDBColumnType.VARCHAR,
      DuckDBColumnType.DOUBLE), DuckDBColumnType.VARCHAR,
      arguments -> arguments[0] == null || arguments[1] == null ? null
          : normalize(parse((String) arguments[0]), ((Double) arguments[1]).floatValue()));

  private VectorArithmetic() {
  }

  private static Float scalar(String function, Float[] a, Float[] b, float degree) {
    if (function.equals("vector_norm")) {
      return norm(a, degree, function);
    }
    if (a.length != b.length) {
      throw new RaisedFailure(RaisedError.VECTOR_DIMENSION_MISMATCH.marker(function, Integer.toString(a.length),
          Integer.toString(b.length)));
    }
    return switch (function) {
      case "vector_cosine_similarity" -> cosineSimilarity(a, b);
      case "vector_inner_product" -> a.length == 0 ? Float.valueOf(0f) : sum(a, b, (x, y) -> x * y);
      default -> {
        Float squares = a.length == 0 ? Float.valueOf(0f) : sum(a, b, (x, y) -> (x - y) * (x - y));
        yield squares == null ? null : (float) Math.sqrt(squares);
      }
    };
  }

  /** A float function of two elements. */
  private interface Term {
    float of(float x, float y);
  }

  /** The sum of term(a[i], b[i]) in Spark's order: blocks of eight summed left to right, then the rest. */
  private static Float sum(Float[] a, Float[] b, Term term) {
    for (int i = 0; i < a.length; i++) {
      if (a[i] == null || b[i] == null) {
        return null;
      }
    }
    float total = 0f;
    int blocks = a.length / 8 * 8;
    int i = 0;
    for (; i < blocks; i += 8) {
      float block = term.of(a[i], b[i]);
      for (int j = 1; j < 8; j++) {
        block += term.of(a[i + j], b[i + j]);
      }
      total += block;
    }
    for (; i < a.length; i++) {
      total += term.of(a[i], b[i]);
    }
    return total;
  }

  private static Float cosineSimilarity(Float[] a, Float[] b) {
    if (a.length == 0) {
      return null;
    }
    Float dot = sum(a, b, (x, y) -> x * y);
    if (dot == null) {
      return null;
    }
    float normA = sum(a, a, (x, y) -> x * x);
    float normB = sum(b, b, (x, y) -> y * y);
    float denominator = (float) Math.sqrt(normA * normB);
    if (denominator < Float.MIN_NORMAL) {
      return null;
    }
    return dot / denominator;
  }

  private static Float norm(Float[] a, float degree, String function) {
    if (degree == 1f) {
      return a.length == 0 ? Float.valueOf(0f) : sum(a, a, (x, y) -> Math.abs(x));
    }
    if (degree == 2f) {
      Float squares = a.length == 0 ? Float.valueOf(0f) : sum(a, a, (x, y) -> x * x);
      return squares == null ? null : (float) Math.sqrt(squares);
    }
    if (degree == Float.POSITIVE_INFINITY) {
      float largest = 0f;
      for (Float x : a) {
        if (x == null) {
          return null;
        }
        if (Math.abs(x) > largest) {
          largest = Math.abs(x);
        }
      }
      return largest;
    }
    throw new RaisedFailure(RaisedError.INVALID_VECTOR_NORM_DEGREE.marker(function, Float.toString(degree)));
  }

  private static String normalize(Float[] a, float degree) {
    Float norm = norm(a, degree, "vector_normalize");
    if (norm == null) {
      return null;
    }
    if (a.length == 0) {
      return "[]";
    }
    if (norm < Float.MIN_NORMAL) {
      return null;
    }
    List<String> values = new ArrayList<>();
    for (Float x : a) {
      if (x == null) {
        return null;
      }
      values.add(Float.toString(x / norm));
    }
    return "[" + String.join(", ", values) + "]";
  }

  /** DuckDB's text of a FLOAT[]: {@code [1.0, NULL, nan, -inf]}. */
  static Float[] parse(String text) {
    String inside = text.substring(1, text.length() - 1).trim();
    if (inside.isEmpty()) {
      return new Float[0];
    }
    String[] parts = inside.split(",");
    Float[] values = new Float[parts.length];
    for (int i = 0; i < parts.length; i++) {
      String part = parts[i].trim();
      values[i] = switch (part.toLowerCase(java.util.Locale.ROOT)) {
        case "null" -> null;
        case "nan", "-nan" -> Float.NaN;
        case "inf", "infinity" -> Float.POSITIVE_INFINITY;
        case "-inf", "-infinity" -> Float.NEGATIVE_INFINITY;
        default -> Float.parseFloat(part);
      };
    }
    return values;
  }
}
