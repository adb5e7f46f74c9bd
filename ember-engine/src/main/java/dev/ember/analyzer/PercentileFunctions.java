package dev.ember.analyzer;

import static dev.ember.analyzer.FunctionDefinition.prefix;

import dev.ember.plan.expressions.Literal;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.types.ArrayType;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import dev.ember.plan.types.DayTimeIntervalType;
import dev.ember.plan.types.YearMonthIntervalType;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;

/**
 * Spark's exact percentiles: {@code percentile(x, percentage(s)[, frequency])} and {@code median(x)}
 * (its percentile 0.5). The percentages must be a constant double or array of doubles in [0, 1]; the
 * result is a double (an array of non-null doubles for an array of percentages), NULL without rows.
 * The resolved call {@code percentile} takes the value as a double, the frequency, the percentages as
 * the text the engine's {@code ember_percentile} reads ({@code 0.5} or {@code [0.25, 0.75]}) and the
 * frequency as Spark writes it in its error for a negative one, and the kind ({@code cont}, {@code disc}, with
 * {@code " desc"} for WITHIN GROUP (ORDER BY ... DESC)).
 */
final class PercentileFunctions {
  /** Resolved call names that aggregate. */
  static final Set<String> AGGREGATES = Set.of("percentile");

  private static final String VALUE_TYPES = "(\"NUMERIC\" or \"INTERVAL DAY TO SECOND\" or \"INTERVAL YEAR TO MONTH\")";

  private PercentileFunctions() {
  }

  static List<FunctionDefinition> definitions() {
    return List.of(
        new FunctionDefinition("percentile", 2, 3, true, PercentileFunctions::percentile,
            (names, distinct) -> prefix("percentile").name(withDefault(names, 3, "1"), distinct)),
        new FunctionDefinition("median", 1, 1, true, (pretty, arguments, sql) -> percentile(pretty,
            List.of(arguments.get(0), new Literal(0.5, AtomicType.DOUBLE)), List.of(sql.get(0), "0.5")),
            prefix("median")),
        withinGroupOnly("percentile_cont"),
        withinGroupOnly("percentile_disc"));
  }

  /** percentile_cont / percentile_disc take their value from WITHIN GROUP (ORDER BY ...), which only SQL writes. */
  private static FunctionDefinition withinGroupOnly(String name) {
    return new FunctionDefinition(name, 1, 1, true, (pretty, arguments, sql) -> {
      throw WithinGroupAggregates.withinGroupMissing(name);
    }, prefix(name));
  }

  /** The argument names with Spark's default last argument added when it is missing. */
  static List<String> withDefault(List<String> names, int count, String defaultName) {
    List<String> all = new ArrayList<>(names);
    if (all.size() == count - 1) {
      all.add(defaultName);
    }
    return all;
  }

  private static BoundExpression percentile(String pretty, List<BoundExpression> arguments, List<String> sql) {
    return percentile(pretty, arguments, sql, "cont");
  }

  /**
   * {@code percentile_cont} / {@code percentile_disc} of (value, percentage) WITHIN GROUP: {@code kind} is
   * {@code cont} or {@code disc}, with {@code " desc"} for a descending order.
   */
  static BoundExpression ordered(String pretty, List<BoundExpression> arguments, List<String> sql, String kind) {
    return percentile(pretty, arguments, sql, kind);
  }

  private static BoundExpression percentile(String pretty, List<BoundExpression> arguments, List<String> sql,
      String kind) {
    BoundExpression value = numericValue(pretty, arguments.get(0), sql.get(0));
    BoundExpression percentage = arguments.get(1);
    boolean array = percentage.dataType() instanceof ArrayType;
    requirePercentageType(pretty, percentage, sql.get(1));
    BoundExpression frequency = arguments.size() > 2 ? arguments.get(2) : Literal.of(1L);
    String frequencySql = arguments.size() > 2 ? sql.get(2) : "1";
    DataType frequencyType = frequency.dataType();
    if (!(frequencyType instanceof AtomicType atomic && atomic.integral()) && frequencyType != AtomicType.NULL) {
      throw InputChecks.unexpectedType(pretty, 2, frequencySql, frequencyType, "\"INTEGRAL\"");
    }
    List<Double> percentages = percentages(pretty, percentage, sql.get(1), "[0.0, 1.0]");
    String percentagesText = array
        ? percentages.stream().map(String::valueOf).collect(Collectors.joining(", ", "[", "]"))
        : String.valueOf(percentages.get(0));
    // an interval's percentile is an interval (Spark truncates the double)
    // of the interval type's widest fields, as Spark's PercentileBase types it
    DataType element = value.dataType() instanceof YearMonthIntervalType ? YearMonthIntervalType.DEFAULT
        : value.dataType() instanceof DayTimeIntervalType ? DayTimeIntervalType.DEFAULT : AtomicType.DOUBLE;
    DataType result = array ? new ArrayType(element, false) : element;
    return new Call("percentile", List.of(value, TypeCoercion.castTo(frequency, AtomicType.LONG),
        new Literal(percentagesText, AtomicType.STRING), new Literal("\"" + frequencySql + "\"", AtomicType.STRING),
        new Literal(kind, AtomicType.STRING)), result, true);
  }

  /** A numeric value as a double (a string is read as one, Spark's implicit cast); an ANSI interval as it is. */
  private static BoundExpression numericValue(String pretty, BoundExpression value, String sql) {
    DataType type = value.dataType();
    if (type.isAnsiInterval()) {
      return value;
    }
    if (!type.isNumeric() && type != AtomicType.STRING && type != AtomicType.NULL) {
      throw InputChecks.unexpectedType(pretty, 0, sql, type, VALUE_TYPES);
    }
    return TypeCoercion.castTo(value, AtomicType.DOUBLE);
  }

  static void requirePercentageType(String pretty, BoundExpression percentage, String sql) {
    DataType type = percentage.dataType() instanceof ArrayType array ? array.elementType() : percentage.dataType();
    if (!type.isNumeric() && type != AtomicType.STRING && type != AtomicType.NULL) {
      throw InputChecks.unexpectedType(pretty, 1, sql, percentage.dataType(),
          percentage.dataType() instanceof ArrayType ? "\"ARRAY<DOUBLE>\"" : "\"DOUBLE\"");
    }
  }

  /** The constant percentages, each checked to lie in [0, 1] as Spark checks them. */
  static List<Double> percentages(String pretty, BoundExpression percentage, String sql, String range) {
    Object value = ConstantArguments.value(percentage).orElseThrow(() -> ConstantArguments.nonFoldable(pretty,
        "percentage", percentage.dataType() instanceof ArrayType ? new ArrayType(AtomicType.DOUBLE, false)
            : AtomicType.DOUBLE, sql));
    if (value == ConstantArguments.NULL) {
      throw ConstantArguments.unexpectedNull(pretty, "percentage");
    }
    List<Double> percentages = new ArrayList<>();
    if (value instanceof List<?> elements) {
      for (Object element : elements) {
        percentages.add(element == ConstantArguments.NULL ? Double.NaN : ConstantArguments.asDouble(element));
      }
    } else {
      percentages.add(ConstantArguments.asDouble(value));
    }
    if (percentages.stream().anyMatch(each -> each < 0.0 || each > 1.0)) {
      throw ConstantArguments.outOfRange(pretty, "percentage", range, percentages.stream()
          .map(ConstantArguments::doubleSql).collect(Collectors.joining(",")));
    }
    return percentages;
  }
}
