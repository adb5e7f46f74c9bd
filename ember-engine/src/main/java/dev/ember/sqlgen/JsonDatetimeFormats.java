package dev.ember.sqlgen;

import dev.ember.plan.errors.RaisedError;
import dev.ember.plan.expressions.Literal;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.types.ArrayType;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import dev.ember.plan.types.MapType;
import dev.ember.plan.types.StructField;
import dev.ember.plan.types.StructType;
import dev.ember.sqlgen.tree.SqlCall;
import dev.ember.sqlgen.tree.SqlCase;
import dev.ember.sqlgen.tree.SqlColumn;
import dev.ember.sqlgen.tree.SqlExpression;
import dev.ember.sqlgen.tree.SqlLambda;
import dev.ember.sqlgen.tree.SqlLiteral;
import dev.ember.sqlgen.tree.SqlOperator;
import dev.ember.sqlgen.tree.SqlStruct;
import java.util.List;

/**
 * from_json's (and from_csv's) {@code dateFormat}, {@code timestampFormat} and {@code timestampNTZFormat}: fields of
 * those types are read as text and then with the user's pattern, as Spark's JacksonParser reads them. A value the
 * pattern does not read is NULL (Spark's partial result: the record's other fields stay); an array holding one is NULL
 * as a whole.
 * Under {@code spark.sql.legacy.timeParserPolicy=EXCEPTION} a value only the legacy parser reads raises Spark's
 * INCONSISTENT_BEHAVIOR_CROSS_VERSION.PARSE_DATETIME_BY_NEW_PARSER; under LEGACY the legacy parser reads it.
 * ANSI intervals are read as text too, then cast as Spark casts a string to the interval type (NULL if it holds none).
 */
record JsonDatetimeFormats(String dateFormat, String timestampFormat, String timestampNtzFormat, String policy,
    String timeFormat) {
  private static final String ELEMENT = "json#element";
  /** No pattern: Spark's default reading of every datetime. */
  static final JsonDatetimeFormats NONE = new JsonDatetimeFormats(null, null, null, "CORRECTED");

  /**
   * The formats the analyzer put after from_json's (from_xml's) text: date, timestamp, timestamp_ntz patterns, parser
   * policy, then the time pattern when there is one.
   */
  static JsonDatetimeFormats of(Call call) {
    return call.arguments().size() < 5 ? NONE
        : new JsonDatetimeFormats(text(call, 1), text(call, 2), text(call, 3), text(call, 4),
            call.arguments().size() > 5 ? text(call, 5) : null);
  }

  /** The formats with from_csv's (which carries no time pattern). */
  JsonDatetimeFormats(String dateFormat, String timestampFormat, String timestampNtzFormat, String policy) {
    this(dateFormat, timestampFormat, timestampNtzFormat, policy, null);
  }

  private static String text(Call call, int index) {
    return call.argument(index) instanceof Literal literal && literal.value() != null ? (String) literal.value()
        : null;
  }

  /** The pattern the type's values are read with, or null for Spark's default reading. */
  String pattern(DataType type) {
    return type == AtomicType.DATE ? dateFormat : type == AtomicType.TIMESTAMP ? timestampFormat
        : type == AtomicType.TIMESTAMP_NTZ ? timestampNtzFormat
        : type instanceof dev.ember.plan.types.TimeType ? timeFormat : null;
  }

  /** Whether a value of the type holds a field read with a pattern. */
  boolean applies(DataType type) {
    if (type instanceof StructType struct) {
      return struct.fields().stream().anyMatch(field -> applies(field.dataType()));
    }
    if (type instanceof ArrayType array) {
      return applies(array.elementType());
    }
    if (type instanceof MapType map) {
      return applies(map.valueType());
    }
    return readsAsText(type);
  }

  /**
   * Whether json_transform reads values of the type as text, converted afterwards: a datetime with a pattern, or an
   * ANSI interval, which Spark's JacksonParser reads as a cast of the string does ({@code "1"}, {@code "INTERVAL '1'
   * DAY"}) and DuckDB's INTERVAL would not.
   */
  boolean readsAsText(DataType type) {
    return pattern(type) != null || type.isAnsiInterval();
  }

  /** {@code value}, as json_transform read it (text where a pattern applies), with the patterns applied. */
  SqlExpression convert(SqlExpression value, DataType type) {
    if (!applies(type)) {
      return value;
    }
    if (type instanceof StructType struct) {
      List<SqlStruct.Field> fields = struct.fields().stream().map(field -> new SqlStruct.Field(field.name(),
          convert(SqlCall.of("struct_extract", value, text(field.name())), field.dataType()))).toList();
      return new SqlCase(List.of(new SqlCase.When(SqlOperator.postfix("IS NOT NULL", value), new SqlStruct(fields))),
          null);
    }
    if (type instanceof ArrayType array) {
      SqlExpression converted = SqlCall.of("list_transform", value,
          new SqlLambda(ELEMENT, convert(new SqlColumn(ELEMENT), array.elementType())));
      SqlExpression kept = SqlOperator.infix("=", presentCount(converted), presentCount(value));
      return new SqlCase(List.of(new SqlCase.When(kept, converted)), null);
    }
    if (type instanceof MapType map) {
      SqlExpression values = convert(SqlCall.of("map_values", value), new ArrayType(map.valueType(), true));
      return new SqlCase(List.of(new SqlCase.When(SqlOperator.postfix("IS NOT NULL", values),
          SqlCall.of("map", SqlCall.of("map_keys", value), values))), null);
    }
    if (type.isAnsiInterval()) {
      return IntervalCasts.render(value, AtomicType.STRING, type, true).orElseThrow();
    }
    return read(value, pattern(type), type);
  }

  private static SqlExpression presentCount(SqlExpression list) {
    return SqlCall.of("len", SqlCall.of("list_filter", list,
        new SqlLambda(ELEMENT, SqlOperator.postfix("IS NOT NULL", new SqlColumn(ELEMENT)))));
  }

  private SqlExpression read(SqlExpression text, String pattern, DataType type) {
    if (type instanceof dev.ember.plan.types.TimeType) {
      // Spark's TimeFormatter: the time of day the pattern reads (new parser, whatever the policy)
      if (!DatetimePatterns.valid(pattern, false)) {
        return new dev.ember.sqlgen.tree.SqlCast(new SqlLiteral(null, AtomicType.NULL), DuckDbTypes.of(type), false);
      }
      return new dev.ember.sqlgen.tree.SqlCast(DatetimeParsing.parse(text, pattern, AtomicType.TIMESTAMP_NTZ),
          DuckDbTypes.of(type), true);
    }
    boolean legacy = policy.equals("LEGACY");
    if (legacy ? !DatetimeFormatRenderers.legacyPatternValid(pattern)
        : !DatetimePatterns.valid(pattern, type != AtomicType.TIMESTAMP_NTZ)) {
      // Spark reads nothing with a pattern it cannot build (but fails on one only its legacy parser would build)
      return new dev.ember.sqlgen.tree.SqlCast(new SqlLiteral(null, AtomicType.NULL), DuckDbTypes.of(type), false);
    }
    if (legacy) {
      return DatetimeFormatRenderers.legacyParse(text, pattern, type);
    }
    SqlExpression parsed = DatetimeParsing.parse(text, pattern, type);
    if (!policy.equals("EXCEPTION")) {
      return parsed;
    }
    // what java.text's lenient parser would read: text of the pattern's shape, whatever its values
    SqlExpression legacyReads = SqlCall.of("regexp_full_match", text,
        new SqlLiteral(DatetimePatterns.parsingRegex(pattern, true), AtomicType.STRING));
    SqlExpression onlyLegacy = SqlOperator.infix("AND", SqlOperator.postfix("IS NULL", parsed), legacyReads);
    return DatetimeSql.when(onlyLegacy, DatetimeSql.raise(RaisedError.PARSE_DATETIME_BY_NEW_PARSER, type,
        text(pattern), text), parsed);
  }

  private static SqlLiteral text(String value) {
    return new SqlLiteral(value, AtomicType.STRING);
  }
}
