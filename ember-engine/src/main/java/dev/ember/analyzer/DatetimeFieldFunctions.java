package dev.ember.analyzer;

import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import dev.ember.plan.errors.SparkErrors;
import dev.ember.plan.expressions.Literal;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import dev.ember.plan.types.DecimalType;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * Fields of dates and timestamps by name (extract, date_part, datepart) and by function (weekday,
 * dayname, monthname), with the spellings dateadd and date_diff.
 */
final class DatetimeFieldFunctions {
  /** A field Spark extracts: the call computing it, whether it needs a time of day, its type. */
  private record Field(String function, boolean timeOfDay, DataType type) {
  }

  private static final Field SECOND = new Field("second_with_fraction", true, new DecimalType(8, 6));

  private DatetimeFieldFunctions() {
  }

  static List<FunctionDefinition> definitions() {
    return List.of(
        new FunctionDefinition("extract", 2, 2, false, DatetimeFieldFunctions::extract,
            (names, distinct) -> "extract(" + names.get(0) + " FROM " + names.get(1) + ")"),
        new FunctionDefinition("date_part", 2, 2, false, DatetimeFieldFunctions::extract,
            FunctionDefinition.prefix("date_part")),
        new FunctionDefinition("datepart", 2, 2, false, DatetimeFieldFunctions::extract,
            (names, distinct) -> "datepart(" + names.get(0) + " FROM " + names.get(1) + ")"),
        ofDate("weekday", AtomicType.INTEGER),
        ofDate("dayname", AtomicType.STRING),
        ofDate("monthname", AtomicType.STRING),
        // Spark names these after the functions they stand for
        renamed("dateadd", "date_add"),
        renamed("date_diff", "datediff"));
  }

  private static FunctionDefinition ofDate(String name, DataType type) {
    return new FunctionDefinition(name, 1, 1, false, (pretty, arguments, sql) -> {
      BoundExpression date = DatetimeInputs.date(pretty, arguments, sql, 0);
      return new Call(name, List.of(date), type, date.nullable());
    }, FunctionDefinition.prefix(name));
  }

  private static FunctionDefinition renamed(String name, String standsFor) {
    FunctionDefinition original = DatetimeFunctions.definitions().stream()
        .filter(definition -> definition.name().equals(standsFor)).findFirst().orElseThrow();
    return new FunctionDefinition(name, original.minArguments(), original.maxArguments(), false, original.binder(),
        standsFor.equals("date_add") ? original.namer() : FunctionDefinition.prefix(name));
  }

  private static BoundExpression extract(String pretty, List<BoundExpression> arguments, List<String> sql) {
    if (isNull(arguments.get(0))) {
      // Spark's DatePart.toEquivalentExpr: a NULL field is a NULL double, whatever the source
      return Literal.nullOf(AtomicType.DOUBLE);
    }
    if (!(arguments.get(0) instanceof Literal literal && literal.value() instanceof String name)) {
      throw InputChecks.unexpectedType(pretty, 0, sql.get(0), arguments.get(0).dataType(), "\"STRING\"");
    }
    Field field = arguments.get(1).dataType().isAnsiInterval()
        ? intervalField(name.toUpperCase(Locale.ROOT), arguments.get(1).dataType()) : field(name.toUpperCase(Locale.ROOT));
    if (field == null) {
      throw new EmberException(ErrorKind.ANALYSIS, "INVALID_EXTRACT_FIELD", "42601",
          "Cannot extract " + SparkErrors.toSqlId(name) + " from \"" + sql.get(1) + "\".",
          Map.of("field", SparkErrors.toSqlId(name), "expr", "\"" + sql.get(1) + "\""));
    }
    if (arguments.get(1).dataType().isAnsiInterval()) {
      return new Call(field.function(), arguments.subList(1, 2), field.type(), arguments.get(1).nullable());
    }
    List<BoundExpression> source = arguments.subList(1, 2);
    if (arguments.get(1).dataType() instanceof dev.ember.plan.types.TimeType time && field.timeOfDay()) {
      // Spark reads a TIME(p)'s fields cut to its precision (a cast from text may keep more digits)
      BoundExpression value = time.precision() < dev.ember.plan.types.TimeType.MAX_PRECISION
          ? new dev.ember.plan.resolved.BoundCast(arguments.get(1), time, false) : arguments.get(1);
      return new Call(field.function(), List.of(value), field.type(), true);
    }
    BoundExpression value = field.timeOfDay() ? DatetimeInputs.timestamp(pretty, source, sql.subList(1, 2), 0, true)
        : DatetimeInputs.date(pretty, source, sql.subList(1, 2), 0);
    return new Call(field.function(), List.of(value), field.type(), value.nullable());
  }

  /** A NULL constant: a NULL literal, or a cast of one. */
  private static boolean isNull(BoundExpression field) {
    BoundExpression value = field;
    while (value instanceof dev.ember.plan.resolved.BoundCast cast) {
      value = cast.child();
    }
    return value instanceof Literal literal && literal.value() == null;
  }

  /** Spark's spellings of each field (DatePart.parseExtractField), or null. */
  private static Field field(String name) {
    return switch (name) {
      case "YEAR", "Y", "YEARS", "YR", "YRS" -> date("year");
      case "YEAROFWEEK" -> date("yearofweek");
      case "QUARTER", "QTR" -> date("quarter");
      case "MONTH", "MON", "MONS", "MONTHS" -> date("month");
      case "WEEK", "W", "WEEKS" -> date("weekofyear");
      case "DAY", "D", "DAYS" -> date("dayofmonth");
      case "DAYOFWEEK", "DOW" -> date("dayofweek");
      case "DAYOFWEEK_ISO", "DOW_ISO" -> date("dayofweek_iso");
      case "DOY" -> date("dayofyear");
      case "HOUR", "H", "HOURS", "HR", "HRS" -> new Field("hour", true, AtomicType.INTEGER);
      case "MINUTE", "M", "MIN", "MINS", "MINUTES" -> new Field("minute", true, AtomicType.INTEGER);
      case "SECOND", "S", "SEC", "SECONDS", "SECS" -> SECOND;
      default -> null;
    };
  }

  /** The fields of an ANSI interval (Spark's ExtractIntervalPart): days, hours, minutes, seconds; years, months. */
  private static Field intervalField(String name, dev.ember.plan.types.DataType type) {
    Field field = switch (name) {
      case "YEAR", "Y", "YEARS", "YR", "YRS" -> new Field("interval_years", false, AtomicType.INTEGER);
      case "MONTH", "MON", "MONS", "MONTHS" -> new Field("interval_months", false, AtomicType.BYTE);
      case "DAY", "D", "DAYS" -> new Field("interval_days", false, AtomicType.INTEGER);
      case "HOUR", "H", "HOURS", "HR", "HRS" -> new Field("interval_hours", false, AtomicType.BYTE);
      case "MINUTE", "M", "MIN", "MINS", "MINUTES" -> new Field("interval_minutes", false, AtomicType.BYTE);
      case "SECOND", "S", "SEC", "SECONDS", "SECS" -> new Field("interval_seconds", false,
          new dev.ember.plan.types.DecimalType(8, 6));
      default -> null;
    };
    boolean yearMonthField = field != null && (field.function().equals("interval_years")
        || field.function().equals("interval_months"));
    return field == null || yearMonthField != (type instanceof dev.ember.plan.types.YearMonthIntervalType) ? null : field;
  }

  private static Field date(String function) {
    return new Field(function, false, AtomicType.INTEGER);
  }
}
