package dev.ember.engine.functions;

import java.util.ArrayList;
import java.util.List;
import org.apache.datasketches.common.SketchesArgumentException;
import org.apache.datasketches.kll.KllDoublesSketch;
import org.apache.datasketches.kll.KllFloatsSketch;
import org.apache.datasketches.kll.KllLongsSketch;
import org.apache.datasketches.kll.KllSketch;
import org.apache.datasketches.memory.Memory;
import org.duckdb.DuckDBColumnType;

/**
 * Spark's KLL quantile sketch functions with the DataSketches library Spark uses, for the three item kinds
 * ({@code bigint}, {@code float}, {@code double}). The aggregates replay Spark's two phases over one partition:
 * the partial sketch is updated in input order and serialized, then merged into the final buffer. Sketches
 * travel as hex, values as {@link SketchInput} tokens, ranks and quantiles as DuckDB's text of a number or list.
 */
final class KllSketches {
  private static final int DEFAULT_K = 200;
  private static final List<DuckDBColumnType> KIND_AND_SKETCH = List.of(DuckDBColumnType.VARCHAR,
      DuckDBColumnType.VARCHAR);

  /** {@code ember_kll_sketch_agg(values, kind, k)}. */
  static final JavaFunction AGGREGATE = JavaFunction.of("ember_kll_sketch_agg", List.of(DuckDBColumnType.VARCHAR,
      DuckDBColumnType.VARCHAR, DuckDBColumnType.INTEGER), DuckDBColumnType.VARCHAR,
      arguments -> aggregate((String) arguments[0], (String) arguments[1], (Integer) arguments[2]));
  /** {@code ember_kll_merge_agg(sketches, kind, k)}: k NULL when not given (the first sketch's k). */
  static final JavaFunction MERGE_AGGREGATE = JavaFunction.of("ember_kll_merge_agg", List.of(
      DuckDBColumnType.VARCHAR, DuckDBColumnType.VARCHAR, DuckDBColumnType.INTEGER), DuckDBColumnType.VARCHAR,
      arguments -> mergeAggregate((String) arguments[0], (String) arguments[1], (Integer) arguments[2]));
  /** {@code ember_kll_get_n(kind, sketch)}. */
  static final JavaFunction COUNT = JavaFunction.of("ember_kll_get_n", KIND_AND_SKETCH, DuckDBColumnType.BIGINT,
      arguments -> arguments[1] == null ? null
          : heapify((String) arguments[0], (String) arguments[1], "kll_sketch_get_n_" + arguments[0]).getN());
  /** {@code ember_kll_to_string(kind, sketch)}. */
  static final JavaFunction TEXT = JavaFunction.of("ember_kll_to_string", KIND_AND_SKETCH, DuckDBColumnType.VARCHAR,
      arguments -> arguments[1] == null ? null
          : heapify((String) arguments[0], (String) arguments[1], "kll_sketch_to_string_" + arguments[0]).toString());
  /** {@code ember_kll_merge(kind, left, right)}. */
  static final JavaFunction MERGE = JavaFunction.of("ember_kll_merge", List.of(DuckDBColumnType.VARCHAR,
      DuckDBColumnType.VARCHAR, DuckDBColumnType.VARCHAR), DuckDBColumnType.VARCHAR,
      arguments -> arguments[1] == null || arguments[2] == null ? null
          : merge((String) arguments[0], (String) arguments[1], (String) arguments[2]));
  /** {@code ember_kll_quantile(kind, sketch, ranks, isArray)}: the quantile(s) as text. */
  static final JavaFunction QUANTILE = JavaFunction.of("ember_kll_quantile", List.of(DuckDBColumnType.VARCHAR,
      DuckDBColumnType.VARCHAR, DuckDBColumnType.VARCHAR, DuckDBColumnType.BOOLEAN), DuckDBColumnType.VARCHAR,
      arguments -> arguments[1] == null || arguments[2] == null ? null
          : quantiles((String) arguments[0], (String) arguments[1], (String) arguments[2], (Boolean) arguments[3]));
  /** {@code ember_kll_rank(kind, sketch, quantiles, isArray)}: the rank(s) as text. */
  static final JavaFunction RANK = JavaFunction.of("ember_kll_rank", List.of(DuckDBColumnType.VARCHAR,
      DuckDBColumnType.VARCHAR, DuckDBColumnType.VARCHAR, DuckDBColumnType.BOOLEAN), DuckDBColumnType.VARCHAR,
      arguments -> arguments[1] == null || arguments[2] == null ? null
          : ranks((String) arguments[0], (String) arguments[1], (String) arguments[2], (Boolean) arguments[3]));

  private KllSketches() {
  }

  static String aggregate(String values, String kind, int k) {
    KllSketch partial = newSketch(kind, k);
    for (String token : SketchInput.tokens(values)) {
      switch (kind) {
        case "bigint" -> ((KllLongsSketch) partial).update(SketchInput.whole(token));
        case "float" -> ((KllFloatsSketch) partial).update((float) SketchInput.real(token));
        default -> ((KllDoublesSketch) partial).update(SketchInput.real(token));
      }
    }
    KllSketch result = newSketch(kind, k);
    result.merge(heapify(kind, bytes(partial)));
    return SketchInput.HEX.formatHex(bytes(result));
  }

  static String mergeAggregate(String sketches, String kind, Integer k) {
    String function = "kll_merge_agg_" + kind;
    KllSketch partial = k == null ? null : newSketch(kind, k);
    try {
      for (String token : SketchInput.tokens(sketches)) {
        KllSketch input = wrap(kind, SketchInput.bytes(token));
        if (partial == null) {
          partial = newSketch(kind, input.getK());
        }
        partial.merge(input);
      }
    } catch (RuntimeException e) {
      throw invalidBuffer(function);
    }
    byte[] serialized = bytes(partial == null ? newSketch(kind, DEFAULT_K) : partial);
    KllSketch read = heapify(kind, serialized);
    if (k == null) {
      return SketchInput.HEX.formatHex(bytes(read));
    }
    KllSketch result = newSketch(kind, k);
    result.merge(read);
    return SketchInput.HEX.formatHex(bytes(result));
  }

  static String merge(String kind, String left, String right) {
    try {
      KllSketch sketch = heapify(kind, SketchInput.bytes(left));
      sketch.merge(wrap(kind, SketchInput.bytes(right)));
      return SketchInput.HEX.formatHex(bytes(sketch));
    } catch (RuntimeException e) {
      throw invalidBuffer("kll_sketch_merge_" + kind);
    }
  }

  static String quantiles(String kind, String sketchHex, String ranksText, boolean isArray) {
    String function = "kll_sketch_get_quantile_" + kind;
    List<String> results = new ArrayList<>();
    for (String rankText : numbers(ranksText, isArray)) {
      double rank = SketchInput.real(rankText);
      try {
        KllSketch sketch = wrap(kind, SketchInput.bytes(sketchHex));
        results.add(switch (kind) {
          case "bigint" -> Long.toString(((KllLongsSketch) sketch).getQuantile(rank));
          case "float" -> Float.toString(((KllFloatsSketch) sketch).getQuantile(rank));
          default -> Double.toString(((KllDoublesSketch) sketch).getQuantile(rank));
        });
      } catch (SketchesArgumentException e) {
        if (e.getMessage() != null && e.getMessage().contains("normalized rank")) {
          throw SketchInput.failure("KLL_SKETCH_INVALID_QUANTILE_RANGE", "functionName", "`" + function + "`");
        }
        throw invalidBuffer(function);
      } catch (RuntimeException e) {
        throw invalidBuffer(function);
      }
    }
    return isArray ? "[" + String.join(", ", results) + "]" : results.get(0);
  }

  static String ranks(String kind, String sketchHex, String quantilesText, boolean isArray) {
    String function = "kll_sketch_get_rank_" + kind;
    List<String> results = new ArrayList<>();
    for (String quantileText : numbers(quantilesText, isArray)) {
      try {
        KllSketch sketch = wrap(kind, SketchInput.bytes(sketchHex));
        double rank = switch (kind) {
          case "bigint" -> ((KllLongsSketch) sketch).getRank(Long.parseLong(quantileText));
          case "float" -> ((KllFloatsSketch) sketch).getRank((float) SketchInput.real(quantileText));
          default -> ((KllDoublesSketch) sketch).getRank(SketchInput.real(quantileText));
        };
        results.add(Double.toString(rank));
      } catch (RuntimeException e) {
        throw invalidBuffer(function);
      }
    }
    return isArray ? "[" + String.join(", ", results) + "]" : results.get(0);
  }

  /** A number, or the numbers of DuckDB's text of a list. */
  private static List<String> numbers(String text, boolean isArray) {
    if (!isArray) {
      return List.of(text.trim());
    }
    String inner = text.trim().substring(1, text.trim().length() - 1).trim();
    List<String> numbers = new ArrayList<>();
    if (!inner.isEmpty()) {
      for (String part : inner.split(",")) {
        numbers.add(part.trim());
      }
    }
    return numbers;
  }

  /** The sketch's bytes as each kind writes them (the base type does not declare it). */
  private static byte[] bytes(KllSketch sketch) {
    if (sketch instanceof KllLongsSketch longs) {
      return longs.toByteArray();
    }
    if (sketch instanceof KllFloatsSketch floats) {
      return floats.toByteArray();
    }
    return ((KllDoublesSketch) sketch).toByteArray();
  }

  private static KllSketch newSketch(String kind, int k) {
    return switch (kind) {
      case "bigint" -> KllLongsSketch.newHeapInstance(k);
      case "float" -> KllFloatsSketch.newHeapInstance(k);
      case "double" -> KllDoublesSketch.newHeapInstance(k);
      default -> throw new IllegalArgumentException("unknown KLL kind " + kind);
    };
  }

  private static KllSketch wrap(String kind, byte[] bytes) {
    Memory memory = Memory.wrap(bytes);
    return switch (kind) {
      case "bigint" -> KllLongsSketch.wrap(memory);
      case "float" -> KllFloatsSketch.wrap(memory);
      case "double" -> KllDoublesSketch.wrap(memory);
      default -> throw new IllegalArgumentException("unknown KLL kind " + kind);
    };
  }

  private static KllSketch heapify(String kind, byte[] bytes) {
    Memory memory = Memory.wrap(bytes);
    return switch (kind) {
      case "bigint" -> KllLongsSketch.heapify(memory);
      case "float" -> KllFloatsSketch.heapify(memory);
      case "double" -> KllDoublesSketch.heapify(memory);
      default -> throw new IllegalArgumentException("unknown KLL kind " + kind);
    };
  }

  private static KllSketch heapify(String kind, String hex, String function) {
    try {
      return heapify(kind, SketchInput.bytes(hex));
    } catch (RuntimeException e) {
      throw invalidBuffer(function);
    }
  }

  private static RaisedFailure invalidBuffer(String function) {
    return SketchInput.failure("KLL_INVALID_INPUT_SKETCH_BUFFER", "function", "`" + function + "`");
  }
}
