package dev.ember.analyzer;

import static dev.ember.analyzer.FunctionDefinition.prefix;

import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import java.util.List;
import java.util.Set;

/**
 * Spark's bitmaps of 32768 bits (4096 bytes, bit {@code p} in byte {@code p / 8} at {@code 1 << p % 8}):
 * {@code bitmap_bucket_number} and {@code bitmap_bit_position} split a (long) value into its bucket and
 * its position there, {@code bitmap_construct_agg} sets the positions of a group, {@code bitmap_or_agg}
 * and {@code bitmap_and_agg} combine a group's bitmaps, {@code bitmap_count} counts the bits set.
 */
final class BitmapFunctions {
  /** Resolved call names that aggregate. */
  static final Set<String> AGGREGATES = Set.of("bitmap_construct_agg", "bitmap_or_agg", "bitmap_and_agg");

  private BitmapFunctions() {
  }

  static List<FunctionDefinition> definitions() {
    return List.of(
        scalar("bitmap_bit_position"),
        scalar("bitmap_bucket_number"),
        new FunctionDefinition("bitmap_count", 1, 1, false, (pretty, arguments, sql) -> new Call("bitmap_count",
            List.of(binary(pretty, arguments, sql)), AtomicType.LONG, arguments.get(0).nullable()),
            prefix("bitmap_count")),
        new FunctionDefinition("bitmap_construct_agg", 1, 1, true, (pretty, arguments, sql) -> new Call(
            "bitmap_construct_agg", List.of(asLong(pretty, arguments, sql)), AtomicType.BINARY, false),
            prefix("bitmap_construct_agg")),
        combination("bitmap_or_agg"),
        combination("bitmap_and_agg"));
  }

  private static FunctionDefinition scalar(String name) {
    return new FunctionDefinition(name, 1, 1, false, (pretty, arguments, sql) -> new Call(name,
        List.of(asLong(pretty, arguments, sql)), AtomicType.LONG, true), prefix(name));
  }

  private static FunctionDefinition combination(String name) {
    return new FunctionDefinition(name, 1, 1, true, (pretty, arguments, sql) -> new Call(name,
        List.of(binary(pretty, arguments, sql)), AtomicType.BINARY, false), prefix(name));
  }

  /** A BIGINT argument: numbers and strings are cast to it (Spark's implicit cast). */
  private static BoundExpression asLong(String pretty, List<BoundExpression> arguments, List<String> sql) {
    DataType type = arguments.get(0).dataType();
    if (!type.isNumeric() && type != AtomicType.STRING && type != AtomicType.NULL) {
      throw InputChecks.unexpectedType(pretty, 0, sql.get(0), type, "\"BIGINT\"");
    }
    return TypeCoercion.castTo(arguments.get(0), AtomicType.LONG);
  }

  private static BoundExpression binary(String pretty, List<BoundExpression> arguments, List<String> sql) {
    DataType type = arguments.get(0).dataType();
    if (type != AtomicType.BINARY && type != AtomicType.NULL) {
      throw InputChecks.unexpectedType(pretty, 0, sql.get(0), type, "\"BINARY\"");
    }
    return TypeCoercion.castTo(arguments.get(0), AtomicType.BINARY);
  }
}
