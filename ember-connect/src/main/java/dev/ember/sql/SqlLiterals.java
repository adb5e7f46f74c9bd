package dev.ember.sql;

import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import dev.ember.plan.expressions.Literal;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DecimalType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import org.apache.spark.sql.catalyst.parser.SqlBaseParser;
import org.apache.spark.sql.catalyst.util.SparkParserUtils$;

/** Spark SQL's literal syntax: numbers with their type suffixes, strings with escapes, typed literals. */
final class SqlLiterals {
  private SqlLiterals() {
  }

  static Literal number(SqlBaseParser.NumberContext number) {
    String text = number.getText();
    if (number instanceof SqlBaseParser.ExponentLiteralContext) {
      return new Literal(Double.parseDouble(text), AtomicType.DOUBLE);
    }
    if (number instanceof SqlBaseParser.DecimalLiteralContext
        || number instanceof SqlBaseParser.LegacyDecimalLiteralContext) {
      return decimal(new BigDecimal(text));
    }
    if (number instanceof SqlBaseParser.IntegerLiteralContext) {
      BigDecimal value = new BigDecimal(text);
      if (value.compareTo(BigDecimal.valueOf(Integer.MIN_VALUE)) >= 0
          && value.compareTo(BigDecimal.valueOf(Integer.MAX_VALUE)) <= 0) {
        return Literal.of(value.intValueExact());
      }
      if (value.compareTo(BigDecimal.valueOf(Long.MIN_VALUE)) >= 0
          && value.compareTo(BigDecimal.valueOf(Long.MAX_VALUE)) <= 0) {
        return Literal.of(value.longValueExact());
      }
      return decimal(value);
    }
    String digits = text.substring(0, text.length() - suffixLength(number));
    if (number instanceof SqlBaseParser.BigIntLiteralContext) {
      return new Literal(integral(digits, "bigint", Long.MIN_VALUE, Long.MAX_VALUE).longValueExact(), AtomicType.LONG);
    }
    if (number instanceof SqlBaseParser.SmallIntLiteralContext) {
      return new Literal(integral(digits, "smallint", Short.MIN_VALUE, Short.MAX_VALUE).shortValueExact(),
          AtomicType.SHORT);
    }
    if (number instanceof SqlBaseParser.TinyIntLiteralContext) {
      return new Literal(integral(digits, "tinyint", Byte.MIN_VALUE, Byte.MAX_VALUE).byteValueExact(), AtomicType.BYTE);
    }
    if (number instanceof SqlBaseParser.DoubleLiteralContext) {
      // read from the text, as Spark's parser does: -0.0D keeps its sign (a BigDecimal has no negative zero)
      fractional(digits, "double", Double.MAX_VALUE);
      return new Literal(Double.parseDouble(digits), AtomicType.DOUBLE);
    }
    if (number instanceof SqlBaseParser.FloatLiteralContext) {
      fractional(digits, "float", Float.MAX_VALUE);
      return new Literal(Float.parseFloat(digits), AtomicType.FLOAT);
    }
    if (number instanceof SqlBaseParser.BigDecimalLiteralContext) {
      return decimal(new BigDecimal(digits));
    }
    throw ExpressionBuilder.unsupported("the numeric literal " + text);
  }

  private static int suffixLength(SqlBaseParser.NumberContext number) {
    return number instanceof SqlBaseParser.BigDecimalLiteralContext ? 2 : 1;
  }

  /** Spark's Literal of a java.math.BigDecimal: precision and scale of its digits (a negative scale widened). */
  private static Literal decimal(BigDecimal value) {
    BigDecimal exact = value.scale() < 0 ? value.setScale(0) : value;
    int precision = Math.max(exact.precision(), exact.scale());
    if (precision > DecimalType.MAX_PRECISION) {
      throw new EmberException(ErrorKind.ARITHMETIC, "DECIMAL_PRECISION_EXCEEDS_MAX_PRECISION", "22003",
          "Decimal precision " + precision + " exceeds max precision 38.",
          Map.of("precision", Integer.toString(precision), "maxPrecision", "38"));
    }
    return new Literal(exact, new DecimalType(precision, exact.scale()));
  }

  private static BigDecimal integral(String digits, String type, long min, long max) {
    BigDecimal value = new BigDecimal(digits);
    if (value.scale() > 0 || value.compareTo(BigDecimal.valueOf(min)) < 0 || value.compareTo(BigDecimal.valueOf(max)) > 0) {
      throw outOfRange(digits, type, Long.toString(min), Long.toString(max));
    }
    return value;
  }

  /** Checks a fractional literal's range, as Spark's parser does before reading it. */
  private static BigDecimal fractional(String digits, String type, double max) {
    BigDecimal value = new BigDecimal(digits);
    if (value.abs().compareTo(new BigDecimal(max)) > 0) {
      throw outOfRange(digits, type, new BigDecimal(-max).toString(), new BigDecimal(max).toString());
    }
    return value;
  }

  private static EmberException outOfRange(String digits, String type, String min, String max) {
    return new EmberException(ErrorKind.PARSE, "INVALID_NUMERIC_LITERAL_RANGE", "22003",
        "Numeric literal " + digits + " is outside the valid range for " + type + " with minimum value of " + min
            + " and maximum value of " + max + ". Please adjust the value accordingly.",
        Map.of("rawStrippedQualifier", digits, "minValue", min, "maxValue", max, "typeName", type));
  }

  /** Adjacent string literals concatenated, each unescaped as Spark does. */
  static String string(SqlBaseParser.StringLitContext strings) {
    StringBuilder text = new StringBuilder();
    for (SqlBaseParser.SingleStringLitContext single : strings.singleStringLit()) {
      text.append(unescape(single.getText()));
    }
    return text.toString();
  }

  /**
   * Adjacent string literals and parameter markers ({@code :p 'suffix'}) concatenated: a marker stands for its
   * argument's text, as Spark substitutes the argument into the statement before reading it.
   */
  static String string(SqlBaseParser.StringLitContext strings, SqlParameters parameters,
      java.util.function.ToIntFunction<org.antlr.v4.runtime.Token> positionalOrdinal) {
    StringBuilder text = new StringBuilder();
    for (SqlBaseParser.SingleStringLitContext single : strings.singleStringLit()) {
      if (single.singleStringLitWithoutMarker() != null) {
        text.append(unescape(single.getText()));
        continue;
      }
      dev.ember.plan.expressions.Expression argument;
      if (single.parameterMarker() instanceof SqlBaseParser.NamedParameterMarkerRuleContext named) {
        argument = parameters.named(named.namedParameterMarker().simpleIdentifier().getText());
      } else {
        org.antlr.v4.runtime.Token marker = single.parameterMarker().getStart();
        argument = parameters.positional(positionalOrdinal.applyAsInt(marker), marker.getStartIndex());
      }
      if (!(argument instanceof Literal literal) || literal.value() == null) {
        throw new EmberException(ErrorKind.PARSE, "PARSE_SYNTAX_ERROR", "42601",
            "Syntax error at or near " + single.getText() + ".",
            Map.of("error", "'" + single.getText() + "'", "hint", ""));
      }
      text.append(literal.value());
    }
    return text.toString();
  }

  static String unescape(String quoted) {
    return SparkParserUtils$.MODULE$.unescapeSQLString(quoted, false);
  }

  /**
   * {@code DATE '...'}, {@code TIME '...'}, {@code X'...'}, {@code TIMESTAMP_NTZ '...'} and {@code TIMESTAMP '...'} (read in the session
   * time zone when the query is analysed: a cast of the canonical text, named as Spark names the literal); other
   * typed literals are not read yet.
   */
  static dev.ember.plan.expressions.Expression typed(String type, String value, String source) {
    return typed(type, value, source, false);
  }

  /**
   * With {@code timestampWithoutTimeZone} ({@code spark.sql.timestampType=TIMESTAMP_NTZ}) a TIMESTAMP literal is a
   * TIMESTAMP_NTZ, unless its text names a zone.
   */
  static dev.ember.plan.expressions.Expression typed(String type, String value, String source,
      boolean timestampWithoutTimeZone) {
    dev.ember.plan.types.DataType special = switch (type.toUpperCase(Locale.ROOT)) {
      case "DATE" -> AtomicType.DATE;
      case "TIMESTAMP" -> timestampWithoutTimeZone ? AtomicType.TIMESTAMP_NTZ : AtomicType.TIMESTAMP;
      case "TIMESTAMP_LTZ" -> AtomicType.TIMESTAMP;
      case "TIMESTAMP_NTZ" -> AtomicType.TIMESTAMP_NTZ;
      default -> null;
    };
    if (special != null) {
      java.util.Optional<dev.ember.plan.expressions.Expression> specialValue = SqlSpecialDatetimes.of(value, special);
      if (specialValue.isPresent()) {
        return specialValue.get();
      }
    }
    if (timestampWithoutTimeZone && type.equalsIgnoreCase("TIMESTAMP")
        && timestamp(value, type, source).zone().isEmpty()) {
      return typed("TIMESTAMP_NTZ", value, source, false);
    }
    switch (type.toUpperCase(Locale.ROOT)) {
      case "TIMESTAMP_NTZ":
        return new Literal(timestamp(value, "TIMESTAMP_NTZ", source).local(), AtomicType.TIMESTAMP_NTZ);
      case "TIMESTAMP":
      case "TIMESTAMP_LTZ": {
        SqlTimestampText.Parsed parsed = timestamp(value, type, source);
        if (parsed.zone().isPresent()) {
          return new Literal(parsed.local().atZone(parsed.zone().get()).toInstant(), AtomicType.TIMESTAMP);
        }
        String canonical = dev.ember.plan.text.LiteralText.withFraction(parsed.local());
        // the text is valid by construction, so the value is never NULL, as Spark's literal: the cast's
        // nullability (any string might not read) is dropped by a coalesce whose fallback is never taken
        dev.ember.plan.expressions.Expression instant = new dev.ember.plan.expressions.Cast(Literal.of(canonical),
            AtomicType.TIMESTAMP, false);
        return new dev.ember.plan.expressions.Alias(new dev.ember.plan.expressions.UnresolvedFunction("coalesce",
            java.util.List.of(instant, new Literal(java.time.Instant.EPOCH, AtomicType.TIMESTAMP)), false),
            "TIMESTAMP '" + canonical + "'");
      }
      case "DATE":
        return new Literal(date(value.trim(), source), AtomicType.DATE);
      case "TIME":
        return new Literal(dev.ember.plan.text.TimeText.parse(value)
            .orElseThrow(() -> invalidTypedLiteral("TIME", value, source)), dev.ember.plan.types.TimeType.DEFAULT);
      case "X":
        String hex = value.length() % 2 == 0 ? value : "0" + value;
        try {
          return new Literal(HexFormat.of().parseHex(hex), AtomicType.BINARY);
        } catch (IllegalArgumentException e) {
          throw invalidTypedLiteral("X", value, source);
        }
      case "INTERVAL":
        return SqlIntervals.typed(value, source);
      default: {
        // the grammar reads any identifier before a string as a literal's type (Spark's unsupportedType)
        String unsupported = "\"" + type.toUpperCase(Locale.ROOT) + "\"";
        String supported = "\"DATE\", \"TIMESTAMP_NTZ\", \"TIMESTAMP_LTZ\", \"TIMESTAMP\", \"INTERVAL\", \"X\", \"TIME\"";
        throw new EmberException(ErrorKind.PARSE, "UNSUPPORTED_TYPED_LITERAL", "0A000", "Literals of the type "
            + unsupported + " are not supported. Supported types are " + supported + ".",
            Map.of("unsupportedType", unsupported, "supportedTypes", supported));
      }
    }
  }

  /** Spark's timestamp text ({@link SqlTimestampText}); a time of day alone is not read yet. */
  private static SqlTimestampText.Parsed timestamp(String text, String type, String source) {
    if (TIME_ONLY.matcher(text.strip()).matches()) {
      throw ExpressionBuilder.unsupported("the typed literal " + source);
    }
    return SqlTimestampText.parse(text)
        .orElseThrow(() -> invalidTypedLiteral(type.toUpperCase(Locale.ROOT), text, source));
  }

  private static final java.util.regex.Pattern TIME_ONLY = java.util.regex.Pattern.compile("T?\\d{1,2}:.*");

  /** Spark's date text: {@code yyyy}, {@code yyyy-[m]m}, {@code yyyy-[m]m-[d]d}, optionally followed by a time part. */
  private static LocalDate date(String text, String source) {
    String[] dateAndRest = text.split("[T ]", 2);
    String[] fields = dateAndRest[0].split("-", -1);
    try {
      // as Spark's stringToDate: only a whole yyyy-[m]m-[d]d may be followed by a time part
      if (fields.length > 3 || fields[0].length() < 4 || fields[0].length() > 7
          || dateAndRest.length > 1 && fields.length < 3) {
        throw invalidTypedLiteral("DATE", text, source);
      }
      int year = Integer.parseInt(fields[0]);
      int month = fields.length > 1 ? twoDigits(fields[1]) : 1;
      int day = fields.length > 2 ? twoDigits(fields[2]) : 1;
      return LocalDate.of(year, month, day);
    } catch (NumberFormatException | java.time.DateTimeException e) {
      throw invalidTypedLiteral("DATE", text, source);
    }
  }

  private static int twoDigits(String field) {
    if (field.isEmpty() || field.length() > 2) {
      throw new NumberFormatException(field);
    }
    return Integer.parseInt(field);
  }

  static EmberException invalidTypedLiteral(String type, String value, String source) {
    return new EmberException(ErrorKind.PARSE, "INVALID_TYPED_LITERAL", "42604",
        "The value of the typed literal \"" + type + "\" is invalid: '" + value + "'.",
        Map.of("valueType", "\"" + type + "\"", "value", "'" + value + "'"));
  }
}
