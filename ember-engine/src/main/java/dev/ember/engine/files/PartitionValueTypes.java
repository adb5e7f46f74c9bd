package dev.ember.engine.files;

import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import dev.ember.plan.types.DecimalType;
import java.math.BigDecimal;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.format.DateTimeFormatter;
import java.time.format.DateTimeParseException;
import java.util.regex.Pattern;

/**
 * The type Spark infers for a partition directory's value ({@code PartitioningUtils.inferPartitionColumnValue}):
 * int, then bigint, then an integral decimal, then double, then timestamp, then date, else string; Hive's
 * default partition is null. Types of one column's values widen to one type ({@link #wider}).
 */
final class PartitionValueTypes {
  private static final Pattern TIMESTAMP = Pattern.compile("\\d{4}-\\d{2}-\\d{2} \\d{2}:\\d{2}:\\d{2}(\\.\\d{1,9})?");
  private static final Pattern DATE = Pattern.compile("\\d{4}-\\d{2}-\\d{2}");

  private PartitionValueTypes() {
  }

  /** The type of one (unescaped) value; {@code null} is Hive's default partition. */
  static DataType infer(String value) {
    if (value == null) {
      return AtomicType.NULL;
    }
    if (parses(() -> Integer.parseInt(value))) {
      return AtomicType.INTEGER;
    }
    if (parses(() -> Long.parseLong(value))) {
      return AtomicType.LONG;
    }
    DataType decimal = integralDecimal(value);
    if (decimal != null) {
      return decimal;
    }
    if (parses(() -> Double.parseDouble(value))) {
      return AtomicType.DOUBLE;
    }
    if (TIMESTAMP.matcher(value).matches()
        && parses(() -> LocalDateTime.parse(value, DateTimeFormatter.ofPattern("yyyy-MM-dd HH:mm:ss[.SSSSSSSSS][.SSSSSS][.SSS][.S]")))) {
      return AtomicType.TIMESTAMP;
    }
    if (DATE.matcher(value).matches() && parses(() -> LocalDate.parse(value))) {
      return AtomicType.DATE;
    }
    return AtomicType.STRING;
  }

  /** One type for two values of a column: the same, the non-null, the wider number, else string. */
  static DataType wider(DataType left, DataType right) {
    if (left.equals(right)) {
      return left;
    }
    if (left == AtomicType.NULL) {
      return right;
    }
    if (right == AtomicType.NULL) {
      return left;
    }
    if (left instanceof DecimalType l && right instanceof DecimalType r) {
      int scale = Math.max(l.scale(), r.scale());
      int integral = Math.max(l.precision() - l.scale(), r.precision() - r.scale());
      return integral + scale <= 38 ? new DecimalType(integral + scale, scale) : AtomicType.STRING;
    }
    int leftRank = numericRank(left);
    int rightRank = numericRank(right);
    if (leftRank >= 0 && rightRank >= 0) {
      return leftRank > rightRank ? left : right;
    }
    if ((left == AtomicType.DATE && right == AtomicType.TIMESTAMP) || (left == AtomicType.TIMESTAMP && right == AtomicType.DATE)) {
      return AtomicType.TIMESTAMP;
    }
    return AtomicType.STRING;
  }

  /** int < bigint < double; decimals only widen among themselves. */
  private static int numericRank(DataType type) {
    if (type == AtomicType.INTEGER) {
      return 0;
    }
    if (type == AtomicType.LONG) {
      return 1;
    }
    return type == AtomicType.DOUBLE ? 2 : -1;
  }

  private static DataType integralDecimal(String value) {
    try {
      BigDecimal decimal = new BigDecimal(value);
      if (decimal.scale() > 0 || decimal.precision() > 38) {
        return null;
      }
      return new DecimalType(Math.max(decimal.precision(), 1), 0);
    } catch (NumberFormatException e) {
      return null; // not a number: the next candidate type decides
    }
  }

  private static boolean parses(Runnable parse) {
    try {
      parse.run();
      return true;
    } catch (NumberFormatException | DateTimeParseException e) {
      return false; // not of this type: the next candidate type decides
    }
  }
}
