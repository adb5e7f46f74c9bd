package dev.ember.engine.functions;

import dev.ember.engine.moments.ValueListText;
import dev.ember.plan.errors.RaisedError;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.duckdb.DuckDBColumnType;

/**
 * Spark's exact {@code percentile} (and {@code median}): the values of a group with their frequencies are
 * counted per distinct value, sorted, and each percentage picks the value at position
 * {@code (count - 1) * percentage}, interpolating linearly between the two values around a fractional
 * position, with Spark's double arithmetic. Arguments: the group's values as DuckDB's text of a
 * {@code DOUBLE[]}, their frequencies as the text of a {@code BIGINT[]} (NULL: one each), the
 * percentages ({@code 0.5}, or {@code [0.25, 0.75]} for an array result), and the frequency expression
 * as Spark writes it in its error for a negative frequency, and the kind: {@code cont} (interpolated),
 * {@code disc} (percentile_disc: the first value whose cumulative count reaches {@code count * percentage}),
 * {@code lower} (legacy percentile_disc: the value below an interpolation), each with {@code " desc"} for values
 * in descending order. The result is the text of a double or of
 * a list of doubles, NULL for a group without rows.
 */
final class ExactPercentile {
  static final JavaFunction FUNCTION = JavaFunction.of("ember_percentile", List.of(DuckDBColumnType.VARCHAR,
      DuckDBColumnType.VARCHAR, DuckDBColumnType.VARCHAR, DuckDBColumnType.VARCHAR, DuckDBColumnType.VARCHAR),
      DuckDBColumnType.VARCHAR, arguments -> evaluate((String) arguments[0], (String) arguments[1],
          (String) arguments[2], (String) arguments[3], (String) arguments[4]));

  private ExactPercentile() {
  }

  static String evaluate(String valuesText, String frequenciesText, String percentagesText, String frequencySql,
      String kind) {
    if (valuesText == null || percentagesText == null) {
      return null;
    }
    boolean discrete = kind.startsWith("disc");
    boolean lowerValue = kind.startsWith("lower");
    boolean descending = kind.endsWith(" desc");
    double[] values = ValueListText.parse(valuesText);
    long[] frequencies = frequenciesText == null ? null : LongListText.parse(frequenciesText);
    // Spark's ordering of doubles: -0.0 equals 0.0, NaN above everything
    Map<Double, Long> counts = new TreeMap<>(descending
        ? (left, right) -> compareDoubles(right, left) : ExactPercentile::compareDoubles);
    for (int index = 0; index < values.length; index++) {
      long frequency = frequencies == null ? 1 : frequencies[index];
      if (frequency < 0) {
        throw new RaisedFailure(RaisedError.NEGATIVE_VALUES_IN_FREQUENCY_EXPRESSION.marker(frequencySql,
            frequency + "L"));
      }
      if (frequency > 0) {
        counts.merge(values[index], frequency, Long::sum);
      }
    }
    if (counts.isEmpty()) {
      return null;
    }
    double[] keys = new double[counts.size()];
    long[] accumulated = new long[counts.size()];
    long total = 0;
    int index = 0;
    for (Map.Entry<Double, Long> entry : counts.entrySet()) {
      total += entry.getValue();
      keys[index] = entry.getKey();
      accumulated[index++] = total;
    }
    long maxPosition = total - 1;
    boolean array = percentagesText.startsWith("[");
    double[] percentages = array ? ValueListText.parse(percentagesText)
        : new double[] {Double.parseDouble(percentagesText)};
    StringBuilder result = new StringBuilder(array ? "[" : "");
    for (int i = 0; i < percentages.length; i++) {
      if (i > 0) {
        result.append(", ");
      }
      result.append(DoubleText.of(discrete ? discrete(keys, accumulated, total * percentages[i])
          : percentile(keys, accumulated, maxPosition * percentages[i], !lowerValue)));
    }
    return result.append(array ? "]" : "").toString();
  }

  private static double percentile(double[] keys, long[] accumulated, double position, boolean interpolated) {
    long lower = (long) Math.floor(position);
    long higher = (long) Math.ceil(position);
    double lowerKey = keys[insertionPoint(accumulated, lower + 1)];
    if (higher == lower) {
      return lowerKey;
    }
    double higherKey = keys[insertionPoint(accumulated, higher + 1)];
    if (higherKey == lowerKey || !interpolated) {
      return lowerKey;
    }
    return (higher - position) * lowerKey + (position - lower) * higherKey;
  }

  /** percentile_disc: the first value whose cumulative distribution reaches the percentage. */
  private static double discrete(double[] keys, long[] accumulated, double position) {
    return keys[insertionPoint(accumulated, (long) Math.ceil(position))];
  }

  private static int insertionPoint(long[] accumulated, long count) {
    int found = Arrays.binarySearch(accumulated, count);
    return found < 0 ? -(found + 1) : found;
  }

  private static int compareDoubles(Double left, Double right) {
    if (left.doubleValue() == right.doubleValue()) {
      return 0;
    }
    return Double.compare(left, right);
  }
}
