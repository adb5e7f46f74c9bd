package dev.ember.engine.functions;

import dev.ember.engine.moments.ValueListText;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import org.duckdb.DuckDBColumnType;

/**
 * Spark's {@code histogram_numeric}: the streaming histogram of Ben-Haim and Tom-Tov as Spark's
 * {@code NumericHistogram} builds it (adapted from Hive), value by value in the order given. A new
 * value gets its own bin (or raises the height of a bin at the same point); when there are more bins
 * than asked for, the two closest bins merge into their weighted mean, ties between equally close pairs
 * broken by a {@link Random} seeded with 31183, as Spark's is. Arguments: the values as DuckDB's text of
 * a {@code DOUBLE[]}, the number of bins. The result is the text of a DuckDB
 * {@code STRUCT(x DOUBLE, y DOUBLE)[]}, NULL without values.
 */
final class NumericHistogram {
  static final JavaFunction FUNCTION = JavaFunction.of("ember_histogram_numeric",
      List.of(DuckDBColumnType.VARCHAR, DuckDBColumnType.INTEGER), DuckDBColumnType.VARCHAR,
      arguments -> evaluate((String) arguments[0], (Integer) arguments[1]));

  private static final long SEED = 31183;

  /** One bin: its center and height. */
  private static final class Bin {
    private double x;
    private double y;

    private Bin(double x, double y) {
      this.x = x;
      this.y = y;
    }
  }

  private final int binCount;
  private final List<Bin> bins = new ArrayList<>();
  private final Random random = new Random(SEED);

  private NumericHistogram(int binCount) {
    this.binCount = binCount;
  }

  static String evaluate(String valuesText, Integer binCount) {
    if (valuesText == null || binCount == null) {
      return null;
    }
    double[] values = ValueListText.parse(valuesText);
    if (values.length == 0) {
      return null;
    }
    NumericHistogram histogram = new NumericHistogram(binCount);
    for (double value : values) {
      histogram.add(value);
    }
    StringBuilder text = new StringBuilder("[");
    for (Bin bin : histogram.bins) {
      if (text.length() > 1) {
        text.append(", ");
      }
      text.append("{'x': ").append(DoubleText.of(bin.x)).append(", 'y': ").append(DoubleText.of(bin.y)).append('}');
    }
    return text.append(']').toString();
  }

  private void add(double value) {
    // the bin to shift right to make room for the value (the number of bins when it is above them all)
    int bin = 0;
    for (int left = 0, right = bins.size(); left < right;) {
      bin = (left + right) / 2;
      if (bins.get(bin).x > value) {
        right = bin;
      } else if (bins.get(bin).x < value) {
        left = ++bin;
      } else {
        break;
      }
    }
    if (bin < bins.size() && bins.get(bin).x == value) {
      bins.get(bin).y++;
      return;
    }
    bins.add(bin, new Bin(value, 1));
    if (bins.size() > binCount) {
      trim();
    }
  }

  private void trim() {
    while (bins.size() > binCount) {
      double smallestDifference = bins.get(1).x - bins.get(0).x;
      int closest = 0;
      int ties = 1;
      for (int index = 1; index < bins.size() - 1; index++) {
        double difference = bins.get(index + 1).x - bins.get(index).x;
        if (difference < smallestDifference) {
          smallestDifference = difference;
          closest = index;
          ties = 1;
        } else if (difference == smallestDifference && random.nextDouble() <= 1.0 / ++ties) {
          closest = index;
        }
      }
      Bin merged = bins.get(closest);
      Bin next = bins.get(closest + 1);
      double height = merged.y + next.y;
      merged.x *= merged.y / height;
      merged.x += next.x / height * next.y;
      merged.y = height;
      bins.remove(closest + 1);
    }
  }
}
