package dev.ember.analyzer;

import dev.ember.plan.errors.SparkErrors;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import dev.ember.plan.types.DecimalType;
import dev.ember.plan.types.VariantType;
import java.util.List;
import java.util.Map;

/**
 * Casts from and to VARIANT (Spark's VariantGet.cast): a variant becomes a string (a string as it is, anything else
 * as JSON), a boolean, a number or an array of those, failing with INVALID_VARIANT_CAST (NULL for try_cast); an
 * atomic value (boolean, number, string, binary, date, timestamp) becomes a variant of it. Ember does not cast
 * variants to maps or structs, nor arrays, maps or structs to variants, yet: those are UNSUPPORTED_CALL.
 */
final class VariantCasts {
  private VariantCasts() {
  }

  /** The types Ember casts a variant to. */
  static boolean castable(DataType type) {
    if (type instanceof dev.ember.plan.types.ArrayType array) {
      return !(array.elementType() instanceof VariantType) && castable(array.elementType());
    }
    return type instanceof DecimalType || type instanceof VariantType
        || type instanceof AtomicType atomic && (atomic == AtomicType.STRING || atomic == AtomicType.BOOLEAN
            || atomic.numeric());
  }

  /** The kind of atomic value a cast to VARIANT takes ({@code ember_to_variant}'s), or null. */
  static String variantKind(DataType from) {
    if (from instanceof DecimalType) {
      return "decimal";
    }
    if (!(from instanceof AtomicType atomic)) {
      return null;
    }
    return switch (atomic) {
      case BOOLEAN -> "boolean";
      case BYTE, SHORT, INTEGER, LONG -> "long";
      case FLOAT -> "float";
      case DOUBLE -> "double";
      case STRING -> "string";
      case BINARY -> "binary";
      case DATE -> "date";
      case TIMESTAMP -> "timestamp";
      case TIMESTAMP_NTZ -> "timestamp_ntz";
      default -> null;
    };
  }

  /** Whether the cast is one this class resolves (a variant on either side). */
  static boolean involvesVariant(DataType from, DataType to) {
    return from instanceof VariantType || to instanceof VariantType;
  }

  static BoundExpression cast(BoundExpression child, DataType to, boolean tryCast) {
    DataType from = child.dataType();
    if (from instanceof VariantType && to instanceof VariantType || from == AtomicType.NULL) {
      return new dev.ember.plan.resolved.BoundCast(child, to, false);
    }
    if (to instanceof VariantType && variantKind(from) != null) {
      // Spark's Cast makes a string's and a date's variant nullable whatever the input
      return new Call("to_variant", List.of(child, dev.ember.plan.expressions.Literal.of(variantKind(from))), to,
          child.nullable() || from == AtomicType.STRING || from == AtomicType.DATE);
    }
    if (!(from instanceof VariantType) || !castable(to)) {
      throw SparkErrors.unsupported("UNSUPPORTED_CALL.WITHOUT_SUGGESTION", "0A000",
          "Cannot call the method \"cast\" of the class \"Ember\": casts from " + from.sql() + " to " + to.sql()
              + " are not supported.", Map.of("methodName", "cast", "className", "Ember"));
    }
    return new Call(tryCast ? "try_variant_cast" : "variant_cast", List.of(child), to, true);
  }
}
