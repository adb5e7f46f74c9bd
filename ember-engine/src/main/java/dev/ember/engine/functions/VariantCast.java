package dev.ember.engine.functions;

import dev.ember.plan.errors.RaisedError;
import java.math.BigDecimal;
import java.math.BigInteger;
import java.math.RoundingMode;
import java.time.ZoneOffset;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.types.variant.Variant;
import org.apache.spark.types.variant.VariantUtil;
import org.duckdb.DuckDBColumnType;

/**
 * {@code ember_variant_cast(variant, type, failOnError)}: Spark's VariantGet.cast of a variant to a string, a boolean
 * or a number (the type as Spark's SQL names it: {@code INT}, {@code DECIMAL(5,2)}). A scalar is cast as Spark's
 * TRY cast casts its value; a value that does not fit, or an object or array to anything but a string, is Spark's
 * INVALID_VARIANT_CAST (NULL for try_variant_get). The result is text the generated SQL casts to the type exactly;
 * an array ({@code ARRAY<INT>}) is cast element by element and given as a JSON array of the elements' text.
 */
final class VariantCast {
  static final JavaFunction FUNCTION = JavaFunction.of("ember_variant_cast",
      List.of(DuckDBColumnType.VARCHAR, DuckDBColumnType.VARCHAR, DuckDBColumnType.BOOLEAN), DuckDBColumnType.VARCHAR,
      arguments -> arguments[0] == null ? null
          : cast(VariantText.decode((String) arguments[0]), (String) arguments[1], (Boolean) arguments[2]));
  private static final String ARRAY = "ARRAY<";
  private static final Pattern DECIMAL = Pattern.compile("DECIMAL\\((\\d+),(\\d+)\\)");

  private VariantCast() {
  }

  static String cast(Variant variant, String type, boolean failOnError) {
    VariantUtil.Type kind = variant.getType();
    if (kind == VariantUtil.Type.NULL) {
      return null;
    }
    String result;
    if (type.startsWith(ARRAY)) {
      result = kind == VariantUtil.Type.ARRAY ? array(variant, type.substring(ARRAY.length(), type.length() - 1),
          failOnError) : null;
    } else if (kind == VariantUtil.Type.OBJECT || kind == VariantUtil.Type.ARRAY) {
      result = type.equals("STRING") ? variant.toJson(ZoneOffset.UTC) : null;
    } else {
      result = scalar(variant, kind, type);
    }
    if (result == null && failOnError) {
      throw new RaisedFailure(RaisedError.INVALID_VARIANT_CAST.marker(variant.toJson(ZoneOffset.UTC),
          "\"" + type + "\""));
    }
    return result;
  }

  /** The elements cast to the element type, as a JSON array (strings quoted, NULL for a JSON null). */
  private static String array(Variant variant, String elementType, boolean failOnError) {
    StringBuilder json = new StringBuilder("[");
    for (int i = 0; i < variant.arraySize(); i++) {
      String element = cast(variant.getElementAtIndex(i), elementType, failOnError);
      json.append(i == 0 ? "" : ",");
      if (element == null) {
        json.append("null");
      } else if (elementType.equals("STRING")) {
        json.append(jsonString(element));
      } else {
        json.append(element);
      }
    }
    return json.append(']').toString();
  }

  private static String jsonString(String text) {
    StringBuilder quoted = new StringBuilder("\"");
    for (char c : text.toCharArray()) {
      if (c == '"' || c == '\\') {
        quoted.append('\\').append(c);
      } else if (c < 0x20) {
        quoted.append(String.format("\\u%04x", (int) c));
      } else {
        quoted.append(c);
      }
    }
    return quoted.append('"').toString();
  }

  private static String scalar(Variant variant, VariantUtil.Type kind, String type) {
    if (type.equals("STRING")) {
      return kind == VariantUtil.Type.STRING ? variant.getString() : variant.toJson(ZoneOffset.UTC);
    }
    BigDecimal number = number(variant, kind);
    if (type.equals("BOOLEAN")) {
      if (kind == VariantUtil.Type.STRING) {
        return booleanText(variant.getString());
      }
      return number == null ? null : Boolean.toString(number.signum() != 0);
    }
    if (number == null) {
      return kind == VariantUtil.Type.DOUBLE || kind == VariantUtil.Type.FLOAT ? nonFinite(variant, kind, type) : null;
    }
    return switch (type) {
      case "TINYINT" -> integral(number, Byte.MIN_VALUE, Byte.MAX_VALUE);
      case "SMALLINT" -> integral(number, Short.MIN_VALUE, Short.MAX_VALUE);
      case "INT" -> integral(number, Integer.MIN_VALUE, Integer.MAX_VALUE);
      case "BIGINT" -> integral(number, Long.MIN_VALUE, Long.MAX_VALUE);
      case "FLOAT", "DOUBLE" -> kind == VariantUtil.Type.DOUBLE ? Double.toString(variant.getDouble())
          : kind == VariantUtil.Type.FLOAT ? Float.toString(variant.getFloat())
          : Double.toString(number.doubleValue());
      default -> decimal(number, type);
    };
  }

  /** The value as a number: numbers as they are, booleans as 1 or 0, strings as Spark reads a number. */
  private static BigDecimal number(Variant variant, VariantUtil.Type kind) {
    return switch (kind) {
      case LONG -> BigDecimal.valueOf(variant.getLong());
      case DECIMAL -> variant.getDecimal();
      case DOUBLE -> Double.isFinite(variant.getDouble()) ? new BigDecimal(variant.getDouble()) : null;
      case FLOAT -> Float.isFinite(variant.getFloat()) ? new BigDecimal(variant.getFloat()) : null;
      case BOOLEAN -> variant.getBoolean() ? BigDecimal.ONE : BigDecimal.ZERO;
      case STRING -> parse(variant.getString().strip());
      default -> null;
    };
  }

  private static BigDecimal parse(String text) {
    try {
      return new BigDecimal(text);
    } catch (NumberFormatException notANumber) {
      return null;
    }
  }

  private static String nonFinite(Variant variant, VariantUtil.Type kind, String type) {
    double value = kind == VariantUtil.Type.DOUBLE ? variant.getDouble() : variant.getFloat();
    return type.equals("DOUBLE") || type.equals("FLOAT") ? Double.toString(value) : null;
  }

  /** Spark's TRY cast of a fractional number to an integral type truncates, and is NULL out of range. */
  private static String integral(BigDecimal number, long min, long max) {
    BigInteger whole = number.setScale(0, RoundingMode.DOWN).toBigInteger();
    return whole.compareTo(BigInteger.valueOf(min)) < 0 || whole.compareTo(BigInteger.valueOf(max)) > 0 ? null
        : whole.toString();
  }

  private static String decimal(BigDecimal number, String type) {
    Matcher matcher = DECIMAL.matcher(type);
    if (!matcher.matches()) {
      throw new IllegalArgumentException("unexpected variant cast target " + type);
    }
    int precision = Integer.parseInt(matcher.group(1));
    int scale = Integer.parseInt(matcher.group(2));
    BigDecimal rounded = number.setScale(scale, RoundingMode.HALF_UP);
    return rounded.precision() - rounded.scale() > precision - scale ? null : rounded.toPlainString();
  }

  /** Spark's string to boolean: t, true, y, yes, 1 and f, false, n, no, 0, in any case, around whitespace. */
  private static String booleanText(String text) {
    return switch (text.strip().toLowerCase(Locale.ROOT)) {
      case "t", "true", "y", "yes", "1" -> "true";
      case "f", "false", "n", "no", "0" -> "false";
      default -> null;
    };
  }
}
