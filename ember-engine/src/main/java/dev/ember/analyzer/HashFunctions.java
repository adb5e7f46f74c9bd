package dev.ember.analyzer;

import static dev.ember.analyzer.FunctionDefinition.prefix;

import dev.ember.plan.errors.SparkErrors;
import dev.ember.plan.expressions.Literal;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.types.ArrayType;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import dev.ember.plan.types.MapType;
import dev.ember.plan.types.StructType;
import java.util.List;
import java.util.Map;

/** md5, sha1, sha2, crc32 over binary (strings cast implicitly) and Spark's Murmur3 {@code hash}. */
final class HashFunctions {
  private HashFunctions() {
  }

  static List<FunctionDefinition> definitions() {
    return List.of(
        digest("md5", "md5", AtomicType.STRING),
        digest("sha1", "sha1", AtomicType.STRING),
        digest("sha", "sha1", AtomicType.STRING),
        digest("crc32", "crc32", AtomicType.LONG),
        new FunctionDefinition("sha2", 2, 2, false, HashFunctions::sha2, prefix("sha2")),
        new FunctionDefinition("hash", 1, FunctionDefinition.VARIADIC, false,
            (pretty, arguments, sql) -> hash("hash", AtomicType.INTEGER, pretty, arguments), prefix("hash")),
        new FunctionDefinition("xxhash64", 1, FunctionDefinition.VARIADIC, false,
            (pretty, arguments, sql) -> hash("xxhash64", AtomicType.LONG, pretty, arguments), prefix("xxhash64")));
  }

  private static FunctionDefinition digest(String name, String function, DataType result) {
    return new FunctionDefinition(name, 1, 1, false,
        (pretty, arguments, sql) -> new Call(function, List.of(binary(pretty, arguments, sql, 0)), result,
            arguments.get(0).nullable()),
        prefix(name));
  }

  /** The argument as DuckDB hashes it: a string keeps its UTF-8 text, a binary its bytes. */
  private static BoundExpression binary(String pretty, List<BoundExpression> arguments, List<String> sql, int index) {
    DataType type = arguments.get(index).dataType();
    if (type == AtomicType.BINARY || type == AtomicType.STRING) {
      return arguments.get(index);
    }
    if (type == AtomicType.NULL) {
      return TypeCoercion.castTo(arguments.get(index), AtomicType.BINARY);
    }
    throw InputChecks.unexpectedType(pretty, index, sql.get(index), type, "\"BINARY\"");
  }

  private static BoundExpression sha2(String pretty, List<BoundExpression> arguments, List<String> sql) {
    BoundExpression value = binary(pretty, arguments, sql, 0);
    BoundExpression bits = InputChecks.integer(pretty, arguments, sql, 1);
    if (!(bits instanceof Literal literal)) {
      throw SparkErrors.unsupported("UNSUPPORTED_CALL.WITHOUT_SUGGESTION", "0A000",
          "Cannot call the method \"sha2\" of the class \"Ember\": the bit length must be a literal.",
          Map.of("methodName", "sha2", "className", "Ember"));
    }
    Object length = literal.value();
    if (length == null || !List.of(0, 224, 256, 384, 512).contains(((Number) length).intValue())) {
      return Literal.nullOf(AtomicType.STRING);
    }
    int bitLength = ((Number) length).intValue();
    // Spark's Sha2 is always nullable (an unsupported bit length gives NULL)
    return new Call(bitLength == 0 || bitLength == 256 ? "sha256" : "sha" + bitLength, List.of(value),
        AtomicType.STRING, true);
  }

  private static BoundExpression hash(String function, DataType result, String pretty,
      List<BoundExpression> arguments) {
    for (BoundExpression argument : arguments) {
      if (containsMap(argument.dataType())) {
        throw SparkErrors.dataTypeMismatch("HASH_MAP_TYPE", "\"" + pretty + "\"",
            "Input to the function `" + function + "` cannot contain elements of the \"MAP\" type. In Spark, same maps may have "
                + "different hashcode, thus hash expressions are prohibited on \"MAP\" elements. To restore previous "
                + "behavior set \"spark.sql.legacy.allowHashOnMapType\" to \"true\".",
            Map.of("functionName", "`" + function + "`"));
      }
      if (argument.dataType() instanceof dev.ember.plan.types.DecimalType decimal && decimal.precision() > 18) {
        throw SparkErrors.unsupported("UNSUPPORTED_CALL.WITHOUT_SUGGESTION", "0A000",
            "Cannot call the method \"" + function + "\" of the class \"Ember\": decimals wider than 18 digits are not supported.",
            Map.of("methodName", function, "className", "Ember"));
      }
    }
    return new Call(function, arguments, result, false);
  }

  private static boolean containsMap(DataType type) {
    if (type instanceof MapType) {
      return true;
    }
    if (type instanceof ArrayType array) {
      return containsMap(array.elementType());
    }
    if (type instanceof StructType struct) {
      return struct.fields().stream().anyMatch(field -> containsMap(field.dataType()));
    }
    return false;
  }
}
