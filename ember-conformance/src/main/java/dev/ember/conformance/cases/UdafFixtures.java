package dev.ember.conformance.cases;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.expressions.MutableAggregationBuffer;
import org.apache.spark.sql.expressions.UserDefinedAggregateFunction;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * The {@code UserDefinedAggregateFunction} classes of the {@code class_functions} cases, which SQL names by class
 * ({@code CREATE FUNCTION f AS 'class'}): the same classes in Spark's JVM and Ember's, as in a job.
 */
public final class UdafFixtures {
  private UdafFixtures() {
  }

  /** A UDAF of one long input and a long result. */
  public abstract static class OfLongs extends UserDefinedAggregateFunction {
    @Override
    public StructType inputSchema() {
      return new StructType().add("value", DataTypes.LongType);
    }

    @Override
    public DataType dataType() {
      return DataTypes.LongType;
    }

    @Override
    public boolean deterministic() {
      return true;
    }
  }

  /** The sum of a long input, NULLs skipped; NULL for a group of no value. */
  public static final class LongSum extends OfLongs {
    @Override
    public StructType bufferSchema() {
      return new StructType().add("sum", DataTypes.LongType).add("seen", DataTypes.BooleanType);
    }

    @Override
    public void initialize(MutableAggregationBuffer buffer) {
      buffer.update(0, 0L);
      buffer.update(1, false);
    }

    @Override
    public void update(MutableAggregationBuffer buffer, Row input) {
      if (!input.isNullAt(0)) {
        buffer.update(0, buffer.getLong(0) + input.getLong(0));
        buffer.update(1, true);
      }
    }

    @Override
    public void merge(MutableAggregationBuffer buffer, Row other) {
      buffer.update(0, buffer.getLong(0) + other.getLong(0));
      buffer.update(1, buffer.getBoolean(1) || other.getBoolean(1));
    }

    @Override
    public Object evaluate(Row buffer) {
      return buffer.getBoolean(1) ? buffer.getLong(0) : null;
    }
  }

  /** Of a string and an int, each {@code s=n} in sorted order: an array result from two inputs. */
  public static final class SortedPairs extends UserDefinedAggregateFunction {
    @Override
    public StructType inputSchema() {
      return new StructType().add("s", DataTypes.StringType).add("n", DataTypes.IntegerType);
    }

    @Override
    public StructType bufferSchema() {
      return new StructType().add("pairs", DataTypes.createArrayType(DataTypes.StringType));
    }

    @Override
    public DataType dataType() {
      return DataTypes.createArrayType(DataTypes.StringType);
    }

    @Override
    public boolean deterministic() {
      return true;
    }

    @Override
    public void initialize(MutableAggregationBuffer buffer) {
      buffer.update(0, new ArrayList<String>());
    }

    @Override
    public void update(MutableAggregationBuffer buffer, Row input) {
      List<String> pairs = new ArrayList<>(buffer.<String>getList(0));
      pairs.add(input.getString(0) + "=" + (input.isNullAt(1) ? "null" : String.valueOf(input.getInt(1))));
      buffer.update(0, pairs);
    }

    @Override
    public void merge(MutableAggregationBuffer buffer, Row other) {
      List<String> pairs = new ArrayList<>(buffer.<String>getList(0));
      pairs.addAll(other.<String>getList(0));
      buffer.update(0, pairs);
    }

    @Override
    public Object evaluate(Row buffer) {
      List<String> pairs = new ArrayList<>(buffer.<String>getList(0));
      pairs.sort(null);
      return pairs;
    }
  }

  /** The earliest and latest of a date input as text: dates in, a string out. */
  public static final class DateSpan extends UserDefinedAggregateFunction {
    @Override
    public StructType inputSchema() {
      return new StructType().add("day", DataTypes.DateType);
    }

    @Override
    public StructType bufferSchema() {
      return new StructType().add("first", DataTypes.DateType).add("last", DataTypes.DateType);
    }

    @Override
    public DataType dataType() {
      return DataTypes.StringType;
    }

    @Override
    public boolean deterministic() {
      return true;
    }

    @Override
    public void initialize(MutableAggregationBuffer buffer) {
      buffer.update(0, null);
      buffer.update(1, null);
    }

    @Override
    public void update(MutableAggregationBuffer buffer, Row input) {
      if (!input.isNullAt(0)) {
        keep(buffer, input.getDate(0), input.getDate(0));
      }
    }

    @Override
    public void merge(MutableAggregationBuffer buffer, Row other) {
      if (!other.isNullAt(0)) {
        keep(buffer, other.getDate(0), other.getDate(1));
      }
    }

    private static void keep(MutableAggregationBuffer buffer, java.sql.Date first, java.sql.Date last) {
      if (buffer.isNullAt(0) || first.before(buffer.getDate(0))) {
        buffer.update(0, first);
      }
      if (buffer.isNullAt(1) || last.after(buffer.getDate(1))) {
        buffer.update(1, last);
      }
    }

    @Override
    public Object evaluate(Row buffer) {
      return buffer.isNullAt(0) ? "none" : buffer.getDate(0) + ".." + buffer.getDate(1);
    }
  }

  /** Fails on a negative input, as user code may. */
  public static final class NoNegatives extends OfLongs {
    @Override
    public StructType bufferSchema() {
      return new StructType().add("count", DataTypes.LongType);
    }

    @Override
    public void initialize(MutableAggregationBuffer buffer) {
      buffer.update(0, 0L);
    }

    @Override
    public void update(MutableAggregationBuffer buffer, Row input) {
      if (!input.isNullAt(0) && input.getLong(0) < 0) {
        throw new IllegalArgumentException("negative input " + input.getLong(0));
      }
      buffer.update(0, buffer.getLong(0) + 1);
    }

    @Override
    public void merge(MutableAggregationBuffer buffer, Row other) {
      buffer.update(0, buffer.getLong(0) + other.getLong(0));
    }

    @Override
    public Object evaluate(Row buffer) {
      return buffer.getLong(0);
    }
  }
}
