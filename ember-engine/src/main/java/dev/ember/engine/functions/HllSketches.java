package dev.ember.engine.functions;

import java.util.List;
import org.apache.datasketches.hll.HllSketch;
import org.apache.datasketches.hll.TgtHllType;
import org.apache.datasketches.hll.Union;
import org.apache.datasketches.memory.Memory;
import org.duckdb.DuckDBColumnType;

/**
 * Spark's HLL sketch functions with the DataSketches library Spark uses, so the sketches' bytes are Spark's.
 * The aggregates replay Spark's two phases over one partition: the partial buffer is updated value by value in
 * input order and serialized, then merged into a fresh final buffer whose result is the output. Sketches travel as
 * hex; the group's values as {@link SketchInput} tokens.
 */
final class HllSketches {
  private static final TgtHllType TARGET = TgtHllType.HLL_8;
  private static final int MIN_LG_K = 4;
  private static final int MAX_LG_K = 21;

  /** {@code ember_hll_sketch_agg(values, kind, lgConfigK)}: hll_sketch_agg's updatable sketch. */
  static final JavaFunction AGGREGATE = JavaFunction.of("ember_hll_sketch_agg", List.of(DuckDBColumnType.VARCHAR,
      DuckDBColumnType.VARCHAR, DuckDBColumnType.INTEGER), DuckDBColumnType.VARCHAR,
      arguments -> aggregate((String) arguments[0], (String) arguments[1], (Integer) arguments[2]));
  /** {@code ember_hll_union_agg(sketches, allowDifferentLgConfigK)}. */
  static final JavaFunction UNION_AGGREGATE = JavaFunction.of("ember_hll_union_agg", List.of(
      DuckDBColumnType.VARCHAR, DuckDBColumnType.BOOLEAN), DuckDBColumnType.VARCHAR,
      arguments -> unionAggregate((String) arguments[0], (Boolean) arguments[1]));
  /** {@code ember_hll_sketch_estimate(sketch)}: the rounded estimate (NULL for NULL). */
  static final JavaFunction ESTIMATE = JavaFunction.of("ember_hll_sketch_estimate", List.of(DuckDBColumnType.VARCHAR),
      DuckDBColumnType.BIGINT, arguments -> arguments[0] == null ? null
          : Math.round(heapify((String) arguments[0], "hll_sketch_estimate").getEstimate()));
  /** {@code ember_hll_union(first, second, allowDifferentLgConfigK)} (NULL for any NULL). */
  static final JavaFunction UNION = JavaFunction.of("ember_hll_union", List.of(DuckDBColumnType.VARCHAR,
      DuckDBColumnType.VARCHAR, DuckDBColumnType.BOOLEAN), DuckDBColumnType.VARCHAR,
      arguments -> arguments[0] == null || arguments[1] == null || arguments[2] == null ? null
          : union((String) arguments[0], (String) arguments[1], (Boolean) arguments[2]));

  private HllSketches() {
  }

  static String aggregate(String values, String kind, int lgConfigK) {
    if (lgConfigK < MIN_LG_K || lgConfigK > MAX_LG_K) {
      throw SketchInput.failure("HLL_INVALID_LG_K", "function", "`hll_sketch_agg`", "min", Integer.toString(MIN_LG_K),
          "max", Integer.toString(MAX_LG_K), "value", Integer.toString(lgConfigK));
    }
    HllSketch partial = new HllSketch(lgConfigK, TARGET);
    for (String token : SketchInput.tokens(values)) {
      switch (kind) {
        case "long" -> partial.update(SketchInput.whole(token));
        case "string", "bytes" -> {
          // Spark skips empty strings; the library skips empty byte arrays
          byte[] bytes = SketchInput.bytes(token);
          if (bytes.length > 0) {
            partial.update(bytes);
          }
        }
        default -> throw new IllegalArgumentException("unsupported hll_sketch_agg input " + kind);
      }
    }
    HllSketch serialized = HllSketch.heapify(partial.toUpdatableByteArray());
    Union union = new Union(lgConfigK);
    union.update(new HllSketch(lgConfigK, TARGET));
    union.update(serialized);
    return SketchInput.HEX.formatHex(union.getResult(TARGET).toUpdatableByteArray());
  }

  static String unionAggregate(String sketches, boolean allowDifferentLgConfigK) {
    Union union = null;
    for (String token : SketchInput.tokens(sketches)) {
      HllSketch sketch;
      try {
        sketch = HllSketch.wrap(Memory.wrap(SketchInput.bytes(token)));
      } catch (RuntimeException | Error e) {
        throw invalidBuffer("hll_union_agg");
      }
      if (union == null) {
        union = new Union(sketch.getLgConfigK());
      }
      checkLgConfigK(union.getLgConfigK(), sketch.getLgConfigK(), allowDifferentLgConfigK, "hll_union_agg");
      try {
        union.update(sketch);
      } catch (RuntimeException | Error e) {
        throw invalidBuffer("hll_union_agg");
      }
    }
    // the partial union serialized, read back as the final buffer
    Union result = union == null ? new Union() : Union.heapify(union.toUpdatableByteArray());
    return SketchInput.HEX.formatHex(result.toUpdatableByteArray());
  }

  static String union(String first, String second, boolean allowDifferentLgConfigK) {
    HllSketch left = heapify(first, "hll_union");
    HllSketch right = heapify(second, "hll_union");
    checkLgConfigK(left.getLgConfigK(), right.getLgConfigK(), allowDifferentLgConfigK, "hll_union");
    Union union = new Union(Math.min(left.getLgConfigK(), right.getLgConfigK()));
    union.update(left);
    union.update(right);
    return SketchInput.HEX.formatHex(union.getResult(TARGET).toUpdatableByteArray());
  }

  private static void checkLgConfigK(int left, int right, boolean allowDifferent, String function) {
    if (!allowDifferent && left != right) {
      throw SketchInput.failure("HLL_UNION_DIFFERENT_LG_K", "left", Integer.toString(left), "right",
          Integer.toString(right), "function", "`" + function + "`");
    }
  }

  private static HllSketch heapify(String sketch, String function) {
    try {
      return HllSketch.heapify(Memory.wrap(SketchInput.bytes(sketch)));
    } catch (RuntimeException | Error e) {
      throw invalidBuffer(function);
    }
  }

  private static RaisedFailure invalidBuffer(String function) {
    return SketchInput.failure("HLL_INVALID_INPUT_SKETCH_BUFFER", "function", "`" + function + "`");
  }
}
