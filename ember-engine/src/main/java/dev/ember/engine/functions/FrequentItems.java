package dev.ember.engine.functions;

import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.apache.datasketches.common.ArrayOfBooleansSerDe;
import org.apache.datasketches.common.ArrayOfDoublesSerDe;
import org.apache.datasketches.common.ArrayOfItemsSerDe;
import org.apache.datasketches.common.ArrayOfLongsSerDe;
import org.apache.datasketches.common.ArrayOfNumbersSerDe;
import org.apache.datasketches.common.ArrayOfStringsSerDe;
import org.apache.datasketches.frequencies.ErrorType;
import org.apache.datasketches.frequencies.ItemsSketch;
import org.apache.datasketches.memory.Memory;
import org.duckdb.DuckDBColumnType;

/**
 * Spark's {@code approx_top_k} with DataSketches' frequent-items sketch as Spark uses it: the sketch (map size
 * the power of two holding {@code maxItemsTracked / 0.75}) is updated in input order with the Java object Spark
 * boxes for the type, serialized with the same SerDe and merged into a fresh final sketch, whose frequent items
 * (no false positives, in the sketch's order by estimate) are merged with the NULL count into the top k.
 * Arguments: the values ({@link SketchInput} tokens), the kind, the NULL count, k, maxItemsTracked. The result is
 * DuckDB's text of a list of {@code {'item': ..., 'count': ...}} (strings as the hex of their UTF-8 bytes).
 */
final class FrequentItems {
  private static final int MAX_ITEMS_TRACKED_LIMIT = 1_000_000;

  static final JavaFunction FUNCTION = JavaFunction.of("ember_approx_top_k", List.of(DuckDBColumnType.VARCHAR,
      DuckDBColumnType.VARCHAR, DuckDBColumnType.BIGINT, DuckDBColumnType.INTEGER, DuckDBColumnType.INTEGER),
      DuckDBColumnType.VARCHAR, arguments -> topK((String) arguments[0], (String) arguments[1], (Long) arguments[2],
          (Integer) arguments[3], (Integer) arguments[4]));

  private FrequentItems() {
  }

  static String topK(String values, String kind, long nullCount, Integer k, Integer maxItemsTracked) {
    check(k, maxItemsTracked);
    int maxMapSize = (int) Math.pow(2, Math.ceil(Math.log(Math.ceil(maxItemsTracked / 0.75)) / Math.log(2)));
    ArrayOfItemsSerDe<Object> serDe = serDe(kind);
    ItemsSketch<Object> partial = new ItemsSketch<>(maxMapSize);
    for (String token : SketchInput.tokens(values)) {
      partial.update(item(kind, token));
    }
    ItemsSketch<Object> result = new ItemsSketch<>(maxMapSize);
    result.merge(ItemsSketch.getInstance(Memory.wrap(partial.toByteArray(serDe)), serDe));
    ItemsSketch.Row<Object>[] frequent = result.getFrequentItems(ErrorType.NO_FALSE_POSITIVES);
    List<String> entries = new ArrayList<>();
    int length = Math.min(frequent.length + (nullCount > 0 ? 1 : 0), k);
    boolean nullAdded = false;
    int next = 0;
    while (entries.size() < length && next < frequent.length) {
      long nullEstimate = nullAdded ? Long.MIN_VALUE : nullCount;
      if (nullEstimate > frequent[next].getEstimate()) {
        nullAdded = true;
        entries.add(entry(null, nullCount, kind));
      } else {
        entries.add(entry(frequent[next].getItem(), frequent[next].getEstimate(), kind));
        next++;
      }
    }
    if (entries.size() < length && nullCount > 0 && !nullAdded) {
      entries.add(entry(null, nullCount, kind));
    }
    return "[" + String.join(", ", entries) + "]";
  }

  /** Spark's checks when it creates the buffer: maxItemsTracked, then k, then their ranges. */
  private static void check(Integer k, Integer maxItemsTracked) {
    if (maxItemsTracked == null) {
      throw SketchInput.failure("APPROX_TOP_K_NULL_ARG", "argName", "`maxItemsTracked`");
    }
    if (k == null) {
      throw SketchInput.failure("APPROX_TOP_K_NULL_ARG", "argName", "`k`");
    }
    if (k <= 0) {
      throw SketchInput.failure("APPROX_TOP_K_NON_POSITIVE_ARG", "argName", "`k`", "argValue", k.toString());
    }
    if (maxItemsTracked > MAX_ITEMS_TRACKED_LIMIT) {
      throw SketchInput.failure("APPROX_TOP_K_MAX_ITEMS_TRACKED_EXCEEDS_LIMIT", "maxItemsTracked",
          maxItemsTracked.toString(), "limit", Integer.toString(MAX_ITEMS_TRACKED_LIMIT));
    }
    if (maxItemsTracked <= 0) {
      throw SketchInput.failure("APPROX_TOP_K_NON_POSITIVE_ARG", "argName", "`maxItemsTracked`", "argValue",
          maxItemsTracked.toString());
    }
    if (maxItemsTracked < k) {
      throw SketchInput.failure("APPROX_TOP_K_MAX_ITEMS_TRACKED_LESS_THAN_K", "maxItemsTracked",
          maxItemsTracked.toString(), "k", k.toString());
    }
  }

  /** The object Spark hands the sketch for a value of the kind. */
  private static Object item(String kind, String token) {
    return switch (kind) {
      case "boolean" -> Boolean.parseBoolean(token);
      case "byte" -> Byte.parseByte(token);
      case "short" -> Short.parseShort(token);
      case "int" -> Integer.parseInt(token);
      case "long" -> Long.parseLong(token);
      case "float" -> (float) SketchInput.real(token);
      case "double" -> SketchInput.real(token);
      case "string" -> SketchInput.string(token);
      default -> throw new IllegalArgumentException("unknown approx_top_k kind " + kind);
    };
  }

  @SuppressWarnings("unchecked")
  private static ArrayOfItemsSerDe<Object> serDe(String kind) {
    Object serDe = switch (kind) {
      case "boolean" -> new ArrayOfBooleansSerDe();
      case "byte", "short", "int", "float" -> new ArrayOfNumbersSerDe();
      case "long" -> new ArrayOfLongsSerDe();
      case "double" -> new ArrayOfDoublesSerDe();
      case "string" -> new ArrayOfStringsSerDe();
      default -> throw new IllegalArgumentException("unknown approx_top_k kind " + kind);
    };
    return (ArrayOfItemsSerDe<Object>) serDe;
  }

  private static String entry(Object item, long count, String kind) {
    String text;
    if (item == null) {
      text = "NULL";
    } else if (kind.equals("string")) {
      text = SketchInput.HEX.formatHex(((String) item).getBytes(StandardCharsets.UTF_8));
    } else {
      text = item.toString();
    }
    return "{'item': " + text + ", 'count': " + count + "}";
  }
}
