package dev.ember.engine.functions;

import java.util.Locale;
import org.apache.datasketches.common.Family;
import org.apache.datasketches.memory.Memory;
import org.apache.datasketches.tuple.Sketch;
import org.apache.datasketches.tuple.Sketches;
import org.apache.datasketches.tuple.Summary;
import org.apache.datasketches.tuple.SummaryDeserializer;
import org.apache.datasketches.tuple.SummaryFactory;
import org.apache.datasketches.tuple.SummarySetOperations;
import org.apache.datasketches.tuple.adouble.DoubleSummary;
import org.apache.datasketches.tuple.adouble.DoubleSummaryDeserializer;
import org.apache.datasketches.tuple.adouble.DoubleSummaryFactory;
import org.apache.datasketches.tuple.adouble.DoubleSummarySetOperations;
import org.apache.datasketches.tuple.aninteger.IntegerSummary;
import org.apache.datasketches.tuple.aninteger.IntegerSummaryDeserializer;
import org.apache.datasketches.tuple.aninteger.IntegerSummaryFactory;
import org.apache.datasketches.tuple.aninteger.IntegerSummarySetOperations;

/**
 * The summary of a Tuple sketch function, double or integer (the suffix of the function's name), with its mode
 * ({@code sum}, {@code min}, {@code max}, {@code alwaysone}) as Spark's TupleSummaryMode maps it to the library's,
 * and Spark's TupleSketchUtils.heapifySketch: the family byte checked first, then the sketch read.
 */
@SuppressWarnings({"rawtypes", "unchecked"})
enum TupleSummaryKind {
  DOUBLE, INTEGER;

  static TupleSummaryKind of(String function) {
    return function.endsWith("_double") ? DOUBLE : INTEGER;
  }

  SummaryFactory factory(String mode) {
    return this == DOUBLE ? new DoubleSummaryFactory(doubleMode(mode)) : new IntegerSummaryFactory(integerMode(mode));
  }

  SummarySetOperations setOperations(String mode) {
    return this == DOUBLE ? new DoubleSummarySetOperations(doubleMode(mode))
        : new IntegerSummarySetOperations(integerMode(mode), integerMode(mode));
  }

  /** The summary a Theta sketch's entries take in a mixed set operation. */
  Summary defaultSummary(String mode) {
    return this == DOUBLE ? new DoubleSummary(doubleMode(mode)) : new IntegerSummary(integerMode(mode));
  }

  /** A summary value as the renderer writes it. */
  Object value(String token) {
    return this == DOUBLE ? (Object) SketchInput.real(token) : (Object) Integer.valueOf(token);
  }

  Sketch heapify(String hex, String function) {
    Memory memory = Memory.wrap(SketchInput.bytes(hex));
    Family family = SketchInput.family(memory).orElseThrow(() -> invalidBuffer(function));
    if (family != Family.TUPLE) {
      throw SketchInput.failure("TUPLE_INVALID_INPUT_SKETCH_BUFFER_FAMILY", "function", "`" + function + "`",
          "expectedFamily", "TUPLE", "actualFamily", family.toString());
    }
    SummaryDeserializer deserializer = this == DOUBLE ? new DoubleSummaryDeserializer()
        : new IntegerSummaryDeserializer();
    try {
      return Sketches.heapifySketch(memory, deserializer);
    } catch (RuntimeException | Error e) {
      throw invalidBuffer(function);
    }
  }

  static RaisedFailure invalidBuffer(String function) {
    return SketchInput.failure("TUPLE_INVALID_INPUT_SKETCH_BUFFER", "function", "`" + function + "`");
  }

  private static DoubleSummary.Mode doubleMode(String mode) {
    return DoubleSummary.Mode.valueOf(modeName(mode));
  }

  private static IntegerSummary.Mode integerMode(String mode) {
    return IntegerSummary.Mode.valueOf(modeName(mode));
  }

  /** The library's name of a mode Spark accepts (the analyzer checked it). */
  private static String modeName(String mode) {
    return switch (mode.toLowerCase(Locale.ROOT)) {
      case "min" -> "Min";
      case "max" -> "Max";
      case "alwaysone" -> "AlwaysOne";
      default -> "Sum";
    };
  }
}
