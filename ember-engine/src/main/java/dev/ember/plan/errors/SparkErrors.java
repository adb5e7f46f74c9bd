package dev.ember.plan.errors;

import dev.ember.plan.types.DataType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;

/**
 * Factory for the Spark errors Ember raises. Error classes, SQLSTATEs and parameter names are
 * Spark 4.2's (they must exist in the client's error-conditions table); the messages are ours.
 */
public final class SparkErrors {
  /** The search path Spark names when a table or function is not found. */
  public static final String SEARCH_PATH = "[`system`.`builtin`, `system`.`session`, `spark_catalog`.`default`]";

  private SparkErrors() {
  }

  private static Map<String, String> parameters(String... keysAndValues) {
    Map<String, String> map = new LinkedHashMap<>();
    for (int i = 0; i < keysAndValues.length; i += 2) {
      map.put(keysAndValues[i], keysAndValues[i + 1]);
    }
    return map;
  }

  public static String toSqlId(String name) {
    return "`" + name.replace("`", "``") + "`";
  }

  public static String toSqlType(DataType type) {
    return "\"" + type.sql() + "\"";
  }

  public static EmberException unresolvedColumn(String quotedName, List<String> candidates) {
    if (candidates.isEmpty()) {
      return new EmberException(ErrorKind.ANALYSIS, "UNRESOLVED_COLUMN.WITHOUT_SUGGESTION", "42703",
          "A column, variable, or function parameter with name " + quotedName + " cannot be resolved.",
          parameters("objectName", quotedName));
    }
    String proposal = candidates.stream().collect(Collectors.joining(", "));
    return new EmberException(ErrorKind.ANALYSIS, "UNRESOLVED_COLUMN.WITH_SUGGESTION", "42703",
        "A column, variable, or function parameter with name " + quotedName
            + " cannot be resolved. Did you mean one of the following? [" + proposal + "].",
        parameters("objectName", quotedName, "proposal", proposal));
  }

  /** COLUMN_ALREADY_EXISTS: Spark names the column in lower case (its case-insensitive duplicate check). */
  public static EmberException columnAlreadyExists(String name) {
    return new EmberException(ErrorKind.ANALYSIS, "COLUMN_ALREADY_EXISTS", "42711",
        "The column `" + name + "` already exists. Choose another name or rename the existing column.",
        Map.of("columnName", "`" + name.toLowerCase(java.util.Locale.ROOT) + "`"));
  }

  public static EmberException ambiguousReference(String quotedName, List<String> referenceNames) {
    String references = String.join(", ", referenceNames);
    return new EmberException(ErrorKind.ANALYSIS, "AMBIGUOUS_REFERENCE", "42704",
        "Reference " + quotedName + " is ambiguous, could be: [" + references + "].",
        parameters("name", quotedName, "referenceNames", "[" + references + "]"));
  }

  public static EmberException unresolvedRoutine(String routineName, String searchPath) {
    return new EmberException(ErrorKind.ANALYSIS, "UNRESOLVED_ROUTINE", "42883",
        "Cannot resolve routine " + routineName + " on search path " + searchPath + ".",
        parameters("routineName", routineName, "searchPath", searchPath));
  }

  public static EmberException wrongNumArgs(String functionName, String expected, int actual) {
    return new EmberException(ErrorKind.ANALYSIS, "WRONG_NUM_ARGS.WITHOUT_SUGGESTION", "42605",
        "The " + functionName + " requires " + expected + " parameters but the actual number is "
            + actual + ".",
        parameters("functionName", functionName, "expectedNum", expected,
            "actualNum", Integer.toString(actual), "docroot", "https://spark.apache.org/docs/latest"));
  }

  public static EmberException dataTypeMismatch(String subClass, String sqlExpr, String message,
      Map<String, String> extra) {
    Map<String, String> all = new LinkedHashMap<>();
    all.put("sqlExpr", sqlExpr);
    all.putAll(extra);
    return new EmberException(ErrorKind.ANALYSIS, "DATATYPE_MISMATCH." + subClass, "42K09",
        "Cannot resolve " + sqlExpr + " due to data type mismatch: " + message, all);
  }

  /**
   * A scalar subquery that found more than one row: a SparkException for an uncorrelated one, a
   * SparkRuntimeException for a correlated one (Spark 4.2 checks those in the join it runs them as).
   */
  public static EmberException scalarSubqueryTooManyRows(boolean correlated) {
    return new EmberException(correlated ? ErrorKind.RUNTIME : ErrorKind.SPARK, "SCALAR_SUBQUERY_TOO_MANY_ROWS",
        "21000", "More than one row returned by a subquery used as an expression.", Map.of());
  }

  public static EmberException divideByZero() {
    return new EmberException(ErrorKind.ARITHMETIC, "DIVIDE_BY_ZERO", "22012",
        "Division by zero. Use `try_divide` to tolerate divisor being 0 and return NULL instead. "
            + "If necessary set \"spark.sql.ansi.enabled\" to \"false\" to bypass this error.",
        parameters("config", "\"spark.sql.ansi.enabled\""));
  }

  public static EmberException remainderByZero() {
    return new EmberException(ErrorKind.ARITHMETIC, "REMAINDER_BY_ZERO", "22012",
        "Remainder by zero. Use `try_mod` to tolerate divisor being 0 and return NULL instead. "
            + "If necessary set \"spark.sql.ansi.enabled\" to \"false\" to bypass this error.",
        parameters("config", "\"spark.sql.ansi.enabled\""));
  }

  public static EmberException regexGroupIndex(String functionName, int groupCount, int groupIndex) {
    return new EmberException(ErrorKind.RUNTIME, "INVALID_PARAMETER_VALUE.REGEX_GROUP_INDEX", "22023",
        "The value of parameter(s) `idx` in " + toSqlId(functionName) + " is invalid: Expects group index between 0 and "
            + groupCount + ", but got " + groupIndex + ".",
        parameters("parameter", "`idx`", "functionName", toSqlId(functionName),
            "groupCount", Integer.toString(groupCount), "groupIndex", Integer.toString(groupIndex)));
  }

  public static EmberException invalidRegexPattern(String functionName, String parameter, String pattern) {
    String value = "'" + pattern.replace("\\", "\\\\").replace("'", "\\'") + "'";
    return new EmberException(ErrorKind.RUNTIME, "INVALID_PARAMETER_VALUE.PATTERN", "22023",
        "The value of parameter(s) " + toSqlId(parameter) + " in " + toSqlId(functionName) + " is invalid: " + value
            + ".",
        parameters("parameter", toSqlId(parameter), "functionName", toSqlId(functionName), "value", value));
  }

  public static EmberException castInvalidInput(String value, String sourceType, String targetType) {
    return castInvalidInput(ErrorKind.NUMBER_FORMAT, value, sourceType, targetType);
  }

  /** CAST_INVALID_INPUT as the given exception (a bad date or timestamp string is a SparkDateTimeException). */
  public static EmberException castInvalidInput(ErrorKind kind, String value, String sourceType, String targetType) {
    return castInvalid(kind, "'" + value.replace("'", "\\'") + "'", sourceType, targetType);
  }

  /**
   * CAST_INVALID_INPUT of a number that no value of the target type holds (NaN or an infinity cast to a timestamp):
   * Spark writes the number bare, and raises it as a SparkDateTimeException.
   */
  public static EmberException castInvalidNumber(String value, String sourceType, String targetType) {
    return castInvalid(ErrorKind.DATE_TIME, value, sourceType, targetType);
  }

  /** CAST_INVALID_INPUT of a value as Spark writes it in the message ({@code expression}). */
  private static EmberException castInvalid(ErrorKind kind, String expression, String sourceType,
      String targetType) {
    return new EmberException(kind, "CAST_INVALID_INPUT", "22018",
        "The value " + expression + " of the type \"" + sourceType + "\" cannot be cast to \"" + targetType
            + "\" because it is malformed. Correct the value as per the syntax, or change its target type. "
            + "Use `try_cast` to tolerate malformed input and return NULL instead. If necessary set "
            + "\"spark.sql.ansi.enabled\" to \"false\" to bypass this error.",
        parameters("expression", expression, "sourceType", "\"" + sourceType + "\"",
            "targetType", "\"" + targetType + "\"", "ansiConfig", "\"spark.sql.ansi.enabled\""));
  }

  /** ASSIGNMENT_ARITY_MISMATCH: {@code targets} columns or variables named for {@code expressions} values. */
  public static EmberException assignmentArityMismatch(int targets, int expressions) {
    return new EmberException(ErrorKind.ANALYSIS, "ASSIGNMENT_ARITY_MISMATCH", "42802",
        "The number of columns or variables assigned or aliased: " + targets
            + " does not match the number of source expressions: " + expressions + ".",
        parameters("numTarget", Integer.toString(targets), "numExpr", Integer.toString(expressions)));
  }

  /** grouping()/grouping_id() where no grouping set, cube or rollup tells which keys a row leaves out. */
  public static EmberException unsupportedGrouping() {
    return new EmberException(ErrorKind.ANALYSIS, "UNSUPPORTED_GROUPING_EXPRESSION", "42K0E",
        "grouping()/grouping_id() can only be used with GroupingSets/Cube/Rollup.", Map.of());
  }

  /** NON_FOLDABLE_ARGUMENT: the parameter {@code paramName} of {@code function} must be a constant of the type. */
  public static EmberException nonFoldableArgument(String function, String paramName, String paramType) {
    return new EmberException(ErrorKind.ANALYSIS, "NON_FOLDABLE_ARGUMENT", "42K08", "The function `" + function
        + "` requires the parameter `" + paramName + "` to be a foldable expression of the type \"" + paramType
        + "\", but the actual argument is a non-foldable.", parameters("funcName", "`" + function + "`",
            "paramName", "`" + paramName + "`", "paramType", "\"" + paramType + "\""));
  }

  /** CANNOT_LOAD_FUNCTION_CLASS: the class of the function {@code functionName} (quoted) does not load. */
  public static EmberException cannotLoadFunctionClass(String className, String functionName) {
    return new EmberException(ErrorKind.ANALYSIS, "CANNOT_LOAD_FUNCTION_CLASS", "46103", "Cannot load class "
        + className + " when registering the function " + functionName + ", please make sure it is on the classpath.",
        parameters("className", className, "functionName", functionName));
  }

  public static EmberException invalidArrayIndex(String index, String size) {
    return new EmberException(ErrorKind.ARRAY_INDEX_OUT_OF_BOUNDS, "INVALID_ARRAY_INDEX", "22003",
        "The index " + index + " is out of bounds. The array has " + size + " elements. Use the SQL function "
            + "`get()` to tolerate accessing element at invalid index and return NULL instead.",
        parameters("indexValue", index, "arraySize", size));
  }

  public static EmberException decimalPrecisionExceedsMax(int precision) {
    return new EmberException(ErrorKind.ARITHMETIC, "DECIMAL_PRECISION_EXCEEDS_MAX_PRECISION", "22003",
        "Decimal precision " + precision + " exceeds max precision " + dev.ember.plan.types.DecimalType.MAX_PRECISION
            + ".", parameters("precision", Integer.toString(precision),
            "maxPrecision", Integer.toString(dev.ember.plan.types.DecimalType.MAX_PRECISION)));
  }

  public static EmberException arithmeticOverflow(String message, String alternative) {
    return new EmberException(ErrorKind.ARITHMETIC, "ARITHMETIC_OVERFLOW", "22003",
        message + ". If necessary set \"spark.sql.ansi.enabled\" to \"false\" to bypass this error.",
        parameters("message", message, "alternative", alternative, "config", "\"spark.sql.ansi.enabled\""));
  }

  /** Something Ember does not support yet: Spark's UNSUPPORTED_CALL, naming what was called and why. */
  /** TABLE_OR_VIEW_NOT_FOUND for a name as the user wrote it. */
  public static EmberException tableOrViewNotFound(java.util.List<String> nameParts) {
    String quoted = dev.ember.plan.expressions.Identifiers.quoteNameParts(nameParts);
    java.util.Map<String, String> parameters = new java.util.LinkedHashMap<>();
    parameters.put("relationName", quoted);
    parameters.put("searchPath", SEARCH_PATH);
    return new EmberException(ErrorKind.ANALYSIS, "TABLE_OR_VIEW_NOT_FOUND", "42P01",
        "The table or view " + quoted + " cannot be found. Verify the spelling and correctness of the schema and "
            + "catalog.",
        parameters);
  }

  /** UNSUPPORTED_DATA_TYPE_FOR_DATASOURCE: a column of a type the file format ({@code format}: CSV, Text) cannot hold. */
  public static EmberException unsupportedDataTypeForDatasource(String format, String columnName, DataType type) {
    String column = "`" + columnName.replace("`", "``") + "`";
    return new EmberException(ErrorKind.ANALYSIS, "UNSUPPORTED_DATA_TYPE_FOR_DATASOURCE", "0A000",
        "The " + format + " datasource doesn't support the column " + column + " of the type " + toSqlType(type) + ".",
        java.util.Map.of("columnName", column, "columnType", toSqlType(type), "format", format));
  }

  public static EmberException unsupportedCall(String methodName, String className, String reason) {
    return new EmberException(ErrorKind.ANALYSIS, "UNSUPPORTED_CALL.WITHOUT_SUGGESTION", "0A000",
        "Cannot call the method \"" + methodName + "\" of the class \"" + className + "\": " + reason,
        parameters("methodName", methodName, "className", className));
  }

  public static EmberException unsupported(String errorClass, String sqlState, String message,
      Map<String, String> params) {
    return new EmberException(ErrorKind.ANALYSIS, errorClass, sqlState, message, params);
  }

  /** A CHAR(n) or VARCHAR(n) type where Spark takes no such type (the schema of from_json, from_csv, from_xml). */
  public static EmberException charVarcharAsStringUnsupported() {
    return new EmberException(ErrorKind.ANALYSIS, "UNSUPPORTED_CHAR_OR_VARCHAR_AS_STRING", "0A000",
        "The char/varchar type can't be used in the table schema. If you want Spark treat them as string type as "
            + "same as Spark 3.0 and earlier, please set \"spark.sql.legacy.charVarcharAsString\" to \"true\".",
        Map.of());
  }

  /** An Ember bug or an engine failure that has no Spark equivalent: never the raw DuckDB text alone. */
  public static EmberException internal(String message) {
    return new EmberException(ErrorKind.SPARK, "INTERNAL_ERROR", "XX000", message,
        parameters("message", message));
  }
}
