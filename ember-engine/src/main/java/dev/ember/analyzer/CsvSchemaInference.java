package dev.ember.analyzer;

import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/**
 * Spark's CSV type inference ({@code inferSchema=true}): each value is tried as int, bigint,
 * double, date, timestamp, boolean, else string; a column takes the widest type its values need.
 */
final class CsvSchemaInference {
  private static final DateTimeFormatter DATE = DateTimeFormatter.ofPattern("uuuu-MM-dd");
  private static final DateTimeFormatter TIMESTAMP =
      DateTimeFormatter.ofPattern("uuuu-MM-dd[ ]['T']HH:mm[:ss][.SSSSSS][.SSSSS][.SSSS][.SSS][.SS][.S]");

  private CsvSchemaInference() {
  }

  /**
   * The type of each column of {@code rows} (values are strings or null), with the reader's
   * {@code dateFormat}/{@code timestampFormat} (Spark patterns) when given, else Spark's defaults.
   */
  static List<DataType> infer(int columns, List<Object[]> rows, java.util.Map<String, String> options) {
    DateTimeFormatter date = options.containsKey("dateformat") ? DateTimeFormatter.ofPattern(options.get("dateformat"))
        : DATE;
    DateTimeFormatter timestamp = options.containsKey("timestampformat")
        ? DateTimeFormatter.ofPattern(options.get("timestampformat")) : TIMESTAMP;
    return infer(columns, rows, date, timestamp);
  }

  private static List<DataType> infer(int columns, List<Object[]> rows, DateTimeFormatter date,
      DateTimeFormatter timestamp) {
    List<DataType> types = new ArrayList<>();
    for (int column = 0; column < columns; column++) {
      DataType type = AtomicType.NULL;
      for (Object[] row : rows) {
        if (row[column] != null) {
          type = merge(type, typeOf((String) row[column], date, timestamp));
        }
      }
      types.add(type == AtomicType.NULL ? AtomicType.STRING : type);
    }
    return types;
  }

  private static DataType typeOf(String value, DateTimeFormatter date, DateTimeFormatter timestamp) {
    if (isInteger(value)) {
      return AtomicType.INTEGER;
    }
    if (isLong(value)) {
      return AtomicType.LONG;
    }
    if (isDouble(value)) {
      return AtomicType.DOUBLE;
    }
    if (parses(value, date, true)) {
      return AtomicType.DATE;
    }
    if (parses(value, timestamp, false)) {
      return AtomicType.TIMESTAMP;
    }
    String lower = value.toLowerCase(Locale.ROOT);
    if (lower.equals("true") || lower.equals("false")) {
      return AtomicType.BOOLEAN;
    }
    return AtomicType.STRING;
  }

  /** Spark's CSVInferSchema.compatibleType. */
  static DataType merge(DataType current, DataType next) {
    if (current == AtomicType.NULL || current.equals(next)) {
      return next;
    }
    if (isNumber(current) && isNumber(next)) {
      return rank(current) >= rank(next) ? current : next;
    }
    if ((current == AtomicType.DATE && next == AtomicType.TIMESTAMP)
        || (current == AtomicType.TIMESTAMP && next == AtomicType.DATE)) {
      return AtomicType.TIMESTAMP;
    }
    return AtomicType.STRING;
  }

  private static boolean isNumber(DataType type) {
    return type == AtomicType.INTEGER || type == AtomicType.LONG || type == AtomicType.DOUBLE;
  }

  private static int rank(DataType type) {
    return type == AtomicType.INTEGER ? 1 : type == AtomicType.LONG ? 2 : 3;
  }

  private static boolean isInteger(String value) {
    try {
      Integer.parseInt(value);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static boolean isLong(String value) {
    try {
      Long.parseLong(value);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static boolean isDouble(String value) {
    try {
      Double.parseDouble(value);
      return true;
    } catch (NumberFormatException e) {
      return false;
    }
  }

  private static boolean parses(String value, DateTimeFormatter format, boolean dateOnly) {
    try {
      if (dateOnly) {
        LocalDate.parse(value, format);
      } else {
        LocalDateTime.parse(value, format);
      }
      return true;
    } catch (DateTimeParseException e) {
      return false;
    }
  }
}
