package dev.ember.analyzer;

import dev.ember.plan.errors.SparkErrors;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/** Spark's input type checks of functions, with their error conditions and parameters. */
final class InputChecks {
  private InputChecks() {
  }

  /** Spark's {@code ordinalNumber}: first, second, third, 4th, ... */
  static String ordinal(int index) {
    return switch (index) {
      case 0 -> "first";
      case 1 -> "second";
      case 2 -> "third";
      default -> (index + 1) + "th";
    };
  }

  /** {@code DATATYPE_MISMATCH.UNEXPECTED_INPUT_TYPE} for argument {@code index}. */
  static RuntimeException unexpectedType(String pretty, int index, String argumentSql, DataType actual,
      String requiredType) {
    return unexpectedType(pretty, ordinal(index), argumentSql, actual, requiredType);
  }

  /**
   * DATATYPE_MISMATCH.UNEXPECTED_INPUT_TYPE of {@code pretty}: its {@code paramIndex} ("first", "second", ...)
   * argument, written {@code argumentSql}, is not of {@code requiredType}; the message is Spark's template filled
   * with the parameters.
   */
  static RuntimeException unexpectedType(String pretty, String paramIndex, String argumentSql, DataType actual,
      String requiredType) {
    return SparkErrors.dataTypeMismatch("UNEXPECTED_INPUT_TYPE", "\"" + pretty + "\"",
        "The " + paramIndex + " parameter requires the " + requiredType + " type, however \"" + argumentSql
            + "\" has the type " + SparkErrors.toSqlType(actual) + ".",
        Map.of("paramIndex", paramIndex, "requiredType", requiredType,
            "inputSql", "\"" + argumentSql + "\"", "inputType", SparkErrors.toSqlType(actual)));
  }

  /** An argument as some of Spark's checks show it: a string literal without its quotes. */
  static String unquoted(String argumentSql) {
    return argumentSql.matches("'.*'") ? argumentSql.substring(1, argumentSql.length() - 1) : argumentSql;
  }

  /**
   * An argument as Spark's checks of ExpectsInputTypes show it: a literal as in output names, a
   * string without quotes and a number without its type suffix ({@code 1.5D} is {@code 1.5}).
   */
  static String asNamed(String argumentSql) {
    String unquoted = unquoted(argumentSql);
    return unquoted.equals(argumentSql) && argumentSql.matches("-?[0-9.E-]+(BD|[DFLSY])")
        ? argumentSql.replaceAll("(BD|[DFLSY])$", "") : unquoted;
  }

  /**
   * ARRAY_FUNCTION_DIFF_TYPES / MAP_FUNCTION_DIFF_TYPES: an array (a map) followed by a value that
   * does not fit its elements (its keys).
   */
  static RuntimeException followedByDifferentType(String pretty, DataType collection, DataType value) {
    String kind = collection instanceof dev.ember.plan.types.MapType ? "MAP" : "ARRAY";
    String function = pretty.substring(0, pretty.indexOf('('));
    String left = SparkErrors.toSqlType(collection);
    String right = SparkErrors.toSqlType(value);
    return SparkErrors.dataTypeMismatch(kind + "_FUNCTION_DIFF_TYPES", "\"" + pretty + "\"",
        "Input to `" + function + "` should have been \"" + kind + "\" followed by a value with same "
            + (kind.equals("MAP") ? "key" : "element") + " type, but it's [" + left + ", " + right + "].",
        Map.of("functionName", SparkErrors.toSqlId(function), "dataType", "\"" + kind + "\"",
            "leftType", left, "rightType", right));
  }

  /** {@code DATATYPE_MISMATCH.DATA_DIFF_TYPES}, types listed as {@code ["A", "B"]}. */
  static RuntimeException differentTypes(String pretty, String functionName, List<DataType> types) {
    return differentTypes(pretty, functionName,
        types.stream().map(SparkErrors::toSqlType).collect(Collectors.joining(", ", "[", "]")));
  }

  /** {@code DATATYPE_MISMATCH.DATA_DIFF_TYPES}, types listed as {@code ("A" or "B")} (coalesce and its aliases). */
  static RuntimeException differentTypesAlternatives(String pretty, String functionName, List<DataType> types) {
    return differentTypes(pretty, functionName,
        types.stream().map(SparkErrors::toSqlType).collect(Collectors.joining(" or ", "(", ")")));
  }

  private static RuntimeException differentTypes(String pretty, String functionName, String typeList) {
    return SparkErrors.dataTypeMismatch("DATA_DIFF_TYPES", "\"" + pretty + "\"",
        "Input to `" + functionName + "` should all be the same type, but it's " + typeList + ".",
        Map.of("functionName", SparkErrors.toSqlId(functionName), "dataType", typeList));
  }

  static List<DataType> types(List<BoundExpression> expressions) {
    return expressions.stream().map(BoundExpression::dataType).toList();
  }

  /** The argument as a string (ANSI implicit cast), or UNEXPECTED_INPUT_TYPE requiring STRING. */
  static BoundExpression string(String pretty, List<BoundExpression> arguments, List<String> sql, int index) {
    BoundExpression argument = arguments.get(index);
    return TypeCoercion.implicitString(argument).orElseThrow(
        () -> unexpectedType(pretty, index, sql.get(index), argument.dataType(), "\"STRING\""));
  }

  /** The argument as a string, where Spark also takes a binary (its bytes read as UTF-8 text). */
  static BoundExpression stringOrBytes(String pretty, List<BoundExpression> arguments, List<String> sql, int index) {
    BoundExpression argument = arguments.get(index);
    return argument.dataType() == AtomicType.BINARY ? TypeCoercion.castTo(argument, AtomicType.STRING)
        : string(pretty, arguments, sql, index);
  }

  /** The argument as an int: integral types and strings are cast, anything else is refused. */
  static BoundExpression integer(String pretty, List<BoundExpression> arguments, List<String> sql, int index) {
    BoundExpression argument = arguments.get(index);
    DataType type = argument.dataType();
    if (type == AtomicType.NULL || type == AtomicType.STRING
        || type instanceof AtomicType atomic && atomic.integral()) {
      return TypeCoercion.castTo(argument, AtomicType.INTEGER);
    }
    throw unexpectedType(pretty, index, sql.get(index), type, "\"INT\"");
  }

  /**
   * The argument as an int where Spark takes no string: narrower integers widen, anything else is
   * refused (showing a string literal unquoted, as Spark does there).
   */
  static BoundExpression strictInteger(String pretty, List<BoundExpression> arguments, List<String> sql, int index) {
    DataType type = arguments.get(index).dataType();
    if (type != AtomicType.NULL && type != AtomicType.BYTE && type != AtomicType.SHORT && type != AtomicType.INTEGER) {
      throw unexpectedType(pretty, index, unquoted(sql.get(index)), type, "\"INT\"");
    }
    return TypeCoercion.castTo(arguments.get(index), AtomicType.INTEGER);
  }

  /** The argument as a double: numbers and strings are cast, anything else is refused. */
  static BoundExpression fractional(String pretty, List<BoundExpression> arguments, List<String> sql, int index) {
    BoundExpression argument = arguments.get(index);
    DataType type = argument.dataType();
    if (type == AtomicType.NULL || type == AtomicType.STRING || type.isNumeric()) {
      return TypeCoercion.castTo(argument, AtomicType.DOUBLE);
    }
    throw unexpectedType(pretty, index, sql.get(index), type, "\"DOUBLE\"");
  }
}
