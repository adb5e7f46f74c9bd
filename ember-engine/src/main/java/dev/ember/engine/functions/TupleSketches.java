package dev.ember.engine.functions;

import java.util.List;
import org.apache.datasketches.tuple.Intersection;
import org.apache.datasketches.tuple.Sketch;
import org.apache.datasketches.tuple.Sketches;
import org.apache.datasketches.tuple.Union;
import org.apache.datasketches.tuple.UpdatableSketch;
import org.apache.datasketches.tuple.UpdatableSketchBuilder;
import org.duckdb.DuckDBColumnType;

/**
 * Spark's Tuple sketch aggregates (tuple_sketch_agg_*, tuple_union_agg_*, tuple_intersection_agg_*) with the
 * DataSketches library Spark uses. They replay Spark's two phases over one partition: the partial buffer is
 * updated in input order and serialized, then merged into a fresh final buffer (for tuple_sketch_agg a union of
 * the empty updatable sketch and the partial one). Sketches travel as hex; the group's inputs as
 * {@link SketchInput} tokens, for tuple_sketch_agg each {@code summary:key}. Arguments were checked by the analyzer.
 */
@SuppressWarnings({"rawtypes", "unchecked"})
final class TupleSketches {
  /** {@code ember_tuple_sketch_agg(pairs, kind, function, lgNomEntries, mode)}. */
  static final JavaFunction AGGREGATE = JavaFunction.of("ember_tuple_sketch_agg", List.of(DuckDBColumnType.VARCHAR,
      DuckDBColumnType.VARCHAR, DuckDBColumnType.VARCHAR, DuckDBColumnType.INTEGER, DuckDBColumnType.VARCHAR),
      DuckDBColumnType.VARCHAR, arguments -> aggregate((String) arguments[0], (String) arguments[1],
          (String) arguments[2], (Integer) arguments[3], (String) arguments[4]));
  /** {@code ember_tuple_union_agg(sketches, function, lgNomEntries, mode)}. */
  static final JavaFunction UNION_AGGREGATE = JavaFunction.of("ember_tuple_union_agg", List.of(
      DuckDBColumnType.VARCHAR, DuckDBColumnType.VARCHAR, DuckDBColumnType.INTEGER, DuckDBColumnType.VARCHAR),
      DuckDBColumnType.VARCHAR, arguments -> unionAggregate((String) arguments[0], (String) arguments[1],
          (Integer) arguments[2], (String) arguments[3]));
  /** {@code ember_tuple_intersection_agg(sketches, function, mode)}. */
  static final JavaFunction INTERSECTION_AGGREGATE = JavaFunction.of("ember_tuple_intersection_agg", List.of(
      DuckDBColumnType.VARCHAR, DuckDBColumnType.VARCHAR, DuckDBColumnType.VARCHAR), DuckDBColumnType.VARCHAR,
      arguments -> intersectionAggregate((String) arguments[0], (String) arguments[1], (String) arguments[2]));

  private TupleSketches() {
  }

  static String aggregate(String pairs, String kind, String function, int lgNomEntries, String mode) {
    TupleSummaryKind summaries = TupleSummaryKind.of(function);
    UpdatableSketch partial = updatable(summaries, lgNomEntries, mode);
    for (String token : SketchInput.tokens(pairs)) {
      int separator = token.indexOf(':');
      Object summary = summaries.value(token.substring(0, separator));
      String key = token.substring(separator + 1);
      switch (kind) {
        case "long" -> partial.update(SketchInput.whole(key), summary);
        case "double" -> partial.update(SketchInput.real(key), summary);
        case "string", "bytes" -> partial.update(SketchInput.bytes(key), summary);
        case "ints" -> partial.update(SketchInput.ints(key), summary);
        case "longs" -> partial.update(SketchInput.longs(key), summary);
        default -> throw new IllegalArgumentException("unsupported " + function + " key " + kind);
      }
    }
    Sketch serialized = summaries.heapify(SketchInput.HEX.formatHex(partial.compact().toByteArray()), function);
    Union union = new Union(1 << lgNomEntries, summaries.setOperations(mode));
    union.union(updatable(summaries, lgNomEntries, mode).compact());
    union.union(serialized);
    return SketchInput.HEX.formatHex(union.getResult().toByteArray());
  }

  static String unionAggregate(String sketches, String function, int lgNomEntries, String mode) {
    TupleSummaryKind summaries = TupleSummaryKind.of(function);
    Union partial = new Union(1 << lgNomEntries, summaries.setOperations(mode));
    for (String token : SketchInput.tokens(sketches)) {
      partial.union(summaries.heapify(token, function));
    }
    String serialized = SketchInput.HEX.formatHex(partial.getResult().toByteArray());
    Union result = new Union(1 << lgNomEntries, summaries.setOperations(mode));
    result.union(summaries.heapify(serialized, function));
    return SketchInput.HEX.formatHex(result.getResult().toByteArray());
  }

  static String intersectionAggregate(String sketches, String function, String mode) {
    TupleSummaryKind summaries = TupleSummaryKind.of(function);
    Intersection partial = new Intersection(summaries.setOperations(mode));
    for (String token : SketchInput.tokens(sketches)) {
      partial.intersect(summaries.heapify(token, function));
    }
    Intersection result = new Intersection(summaries.setOperations(mode));
    if (partial.hasResult()) {
      String serialized = SketchInput.HEX.formatHex(partial.getResult().toByteArray());
      result.intersect(summaries.heapify(serialized, function));
    }
    byte[] bytes = result.hasResult() ? result.getResult().toByteArray() : Sketches.createEmptySketch().toByteArray();
    return SketchInput.HEX.formatHex(bytes);
  }

  private static UpdatableSketch updatable(TupleSummaryKind summaries, int lgNomEntries, String mode) {
    return new UpdatableSketchBuilder(summaries.factory(mode)).setNominalEntries(1 << lgNomEntries).build();
  }
}
