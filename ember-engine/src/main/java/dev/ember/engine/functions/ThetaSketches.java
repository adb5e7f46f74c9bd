package dev.ember.engine.functions;

import java.util.List;
import org.apache.datasketches.common.Family;
import org.apache.datasketches.theta.CompactSketch;
import org.apache.datasketches.theta.Intersection;
import org.apache.datasketches.theta.SetOperation;
import org.apache.datasketches.theta.Union;
import org.apache.datasketches.theta.UpdateSketch;
import org.apache.datasketches.theta.UpdateSketchBuilder;
import org.apache.datasketches.memory.Memory;
import org.duckdb.DuckDBColumnType;

/**
 * Spark's Theta sketch functions with the DataSketches library Spark uses; sketches are compact and compressed
 * as Spark writes them. The aggregates replay Spark's two phases over one partition: the partial buffer is
 * updated in input order and serialized, then merged into a fresh final buffer (for theta_sketch_agg a union
 * of the empty update sketch and the partial one). Sketches travel as hex; the group's values as
 * {@link SketchInput} tokens.
 */
final class ThetaSketches {
  private static final int MIN_LG_NOM = 4;
  private static final int MAX_LG_NOM = 26;

  /** {@code ember_theta_sketch_agg(values, kind, lgNomEntries)}. */
  static final JavaFunction AGGREGATE = JavaFunction.of("ember_theta_sketch_agg", List.of(DuckDBColumnType.VARCHAR,
      DuckDBColumnType.VARCHAR, DuckDBColumnType.INTEGER), DuckDBColumnType.VARCHAR,
      arguments -> aggregate((String) arguments[0], (String) arguments[1], (Integer) arguments[2]));
  /** {@code ember_theta_set_agg(sketches, operation, lgNomEntries)}: theta_union_agg or theta_intersection_agg. */
  static final JavaFunction SET_AGGREGATE = JavaFunction.of("ember_theta_set_agg", List.of(DuckDBColumnType.VARCHAR,
      DuckDBColumnType.VARCHAR, DuckDBColumnType.INTEGER), DuckDBColumnType.VARCHAR,
      arguments -> setAggregate((String) arguments[0], (String) arguments[1], (Integer) arguments[2]));
  /** {@code ember_theta_sketch_estimate(sketch)} (NULL for NULL). */
  static final JavaFunction ESTIMATE = JavaFunction.of("ember_theta_sketch_estimate",
      List.of(DuckDBColumnType.VARCHAR), DuckDBColumnType.BIGINT, arguments -> arguments[0] == null ? null
          : Math.round(wrap((String) arguments[0], "theta_sketch_estimate").getEstimate()));
  /** {@code ember_theta_set(operation, first, second, lgNomEntries)}: theta_union, _intersection, _difference. */
  static final JavaFunction SET = JavaFunction.of("ember_theta_set", List.of(DuckDBColumnType.VARCHAR,
      DuckDBColumnType.VARCHAR, DuckDBColumnType.VARCHAR, DuckDBColumnType.INTEGER), DuckDBColumnType.VARCHAR,
      arguments -> arguments[1] == null || arguments[2] == null || arguments[3] == null ? null
          : set((String) arguments[0], (String) arguments[1], (String) arguments[2], (Integer) arguments[3]));

  private ThetaSketches() {
  }

  static String aggregate(String values, String kind, int lgNomEntries) {
    checkLgNomEntries(lgNomEntries, "theta_sketch_agg");
    UpdateSketch partial = new UpdateSketchBuilder().setLogNominalEntries(lgNomEntries).build();
    for (String token : SketchInput.tokens(values)) {
      switch (kind) {
        case "long" -> partial.update(SketchInput.whole(token));
        case "double" -> partial.update(SketchInput.real(token));
        case "string", "bytes" -> partial.update(SketchInput.bytes(token));
        case "ints" -> partial.update(SketchInput.ints(token));
        case "longs" -> partial.update(SketchInput.longs(token));
        default -> throw new IllegalArgumentException("unsupported theta_sketch_agg input " + kind);
      }
    }
    CompactSketch serialized = CompactSketch.heapify(Memory.wrap(partial.rebuild().compact().toByteArrayCompressed()));
    Union union = SetOperation.builder().setLogNominalEntries(lgNomEntries).buildUnion();
    union.union(new UpdateSketchBuilder().setLogNominalEntries(lgNomEntries).build().compact());
    union.union(serialized);
    return SketchInput.HEX.formatHex(union.getResult().toByteArrayCompressed());
  }

  static String setAggregate(String sketches, String operation, int lgNomEntries) {
    String function = "theta_" + operation + "_agg";
    checkLgNomEntries(lgNomEntries, function);
    boolean union = operation.equals("union");
    Union partialUnion = union ? SetOperation.builder().setLogNominalEntries(lgNomEntries).buildUnion() : null;
    Intersection partialIntersection = union ? null
        : SetOperation.builder().setLogNominalEntries(lgNomEntries).buildIntersection();
    for (String token : SketchInput.tokens(sketches)) {
      CompactSketch sketch = wrap(token, function);
      try {
        if (union) {
          partialUnion.union(sketch);
        } else {
          partialIntersection.intersect(sketch);
        }
      } catch (RuntimeException | Error e) {
        throw invalidBuffer(function);
      }
    }
    byte[] serialized = union ? partialUnion.getResult().toByteArrayCompressed()
        : partialIntersection.getResult().toByteArrayCompressed();
    CompactSketch partial = CompactSketch.heapify(Memory.wrap(serialized));
    if (union) {
      Union result = SetOperation.builder().setLogNominalEntries(lgNomEntries).buildUnion();
      result.union(partial);
      return SketchInput.HEX.formatHex(result.getResult().toByteArrayCompressed());
    }
    Intersection result = SetOperation.builder().setLogNominalEntries(lgNomEntries).buildIntersection();
    result.intersect(partial);
    return SketchInput.HEX.formatHex(result.getResult().toByteArrayCompressed());
  }

  static String set(String operation, String first, String second, int lgNomEntries) {
    String function = "theta_" + operation;
    checkLgNomEntries(lgNomEntries, function);
    CompactSketch left = wrap(first, function);
    CompactSketch right = wrap(second, function);
    CompactSketch result = switch (operation) {
      case "union" -> SetOperation.builder().setLogNominalEntries(lgNomEntries).buildUnion().union(left, right);
      case "intersection" -> SetOperation.builder().setLogNominalEntries(lgNomEntries).buildIntersection()
          .intersect(left, right);
      case "difference" -> SetOperation.builder().setLogNominalEntries(lgNomEntries).buildANotB().aNotB(left, right);
      default -> throw new IllegalArgumentException("unknown theta set operation " + operation);
    };
    return SketchInput.HEX.formatHex(result.toByteArrayCompressed());
  }

  private static void checkLgNomEntries(int lgNomEntries, String function) {
    if (lgNomEntries < MIN_LG_NOM || lgNomEntries > MAX_LG_NOM) {
      throw SketchInput.failure("SKETCH_INVALID_LG_NOM_ENTRIES", "function", "`" + function + "`", "min",
          Integer.toString(MIN_LG_NOM), "max", Integer.toString(MAX_LG_NOM), "value", Integer.toString(lgNomEntries));
    }
  }

  /** Spark's ThetaSketchUtils.wrapCompactSketch: a compact sketch's bytes, its family checked first. */
  static CompactSketch wrap(String hex, String function) {
    Memory memory = Memory.wrap(SketchInput.bytes(hex));
    Family family = SketchInput.family(memory).orElseThrow(() -> invalidBuffer(function));
    if (family != Family.COMPACT) {
      throw SketchInput.failure("THETA_INVALID_INPUT_SKETCH_BUFFER_FAMILY", "function", "`" + function + "`",
          "expectedFamily", "COMPACT", "actualFamily", family.toString());
    }
    try {
      return CompactSketch.wrap(memory);
    } catch (RuntimeException | Error e) {
      throw invalidBuffer(function);
    }
  }

  private static RaisedFailure invalidBuffer(String function) {
    return SketchInput.failure("THETA_INVALID_INPUT_SKETCH_BUFFER", "function", "`" + function + "`");
  }
}
