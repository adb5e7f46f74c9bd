package dev.ember.conformance.cases;

import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.api.java.UDF2;
import scala.Tuple2;

/**
 * The user classes of the {@code user_functions} cases: beans, a Java UDF class and Aggregators. They are the same
 * classes in Spark's JVM and Ember's, as in a job; their simple names are part of Spark's column names.
 */
public final class UserCodeFixtures {
  private UserCodeFixtures() {
  }

  /** A Java bean, as {@code Encoders.bean} reads and writes it. */
  public static final class Person implements java.io.Serializable {
    private long id;
    private String name;

    public long getId() {
      return id;
    }

    public void setId(long id) {
      this.id = id;
    }

    public String getName() {
      return name;
    }

    public void setName(String name) {
      this.name = name;
    }
  }

  /** A Java UDF class Spark instantiates by name ({@code spark.udf().registerJava}). */
  public static final class JoinWithDash implements UDF2<String, String, String> {
    @Override
    public String call(String left, String right) {
      return left + "-" + right;
    }
  }

  /** A sum of longs as an Aggregator (NULL inputs count as nothing). */
  public static final class SumLongs extends org.apache.spark.sql.expressions.Aggregator<Long, Long, Long> {
    @Override
    public Long zero() {
      return 0L;
    }

    @Override
    public Long reduce(Long buffer, Long value) {
      return value == null ? buffer : buffer + value;
    }

    @Override
    public Long merge(Long left, Long right) {
      return left + right;
    }

    @Override
    public Long finish(Long buffer) {
      return buffer;
    }

    @Override
    public org.apache.spark.sql.Encoder<Long> bufferEncoder() {
      return Encoders.LONG();
    }

    @Override
    public org.apache.spark.sql.Encoder<Long> outputEncoder() {
      return Encoders.LONG();
    }
  }

  /** The mean of doubles, with a (sum, count) buffer. */
  public static final class MeanOfDoubles
      extends org.apache.spark.sql.expressions.Aggregator<Double, scala.Tuple2<Double, Long>, Double> {
    @Override
    public scala.Tuple2<Double, Long> zero() {
      return new scala.Tuple2<>(0.0, 0L);
    }

    @Override
    public scala.Tuple2<Double, Long> reduce(scala.Tuple2<Double, Long> buffer, Double value) {
      return value == null ? buffer : new scala.Tuple2<>(buffer._1() + value, buffer._2() + 1);
    }

    @Override
    public scala.Tuple2<Double, Long> merge(scala.Tuple2<Double, Long> left, scala.Tuple2<Double, Long> right) {
      return new scala.Tuple2<>(left._1() + right._1(), left._2() + right._2());
    }

    @Override
    public Double finish(scala.Tuple2<Double, Long> buffer) {
      return buffer._2() == 0 ? null : buffer._1() / buffer._2();
    }

    @Override
    public org.apache.spark.sql.Encoder<scala.Tuple2<Double, Long>> bufferEncoder() {
      return Encoders.tuple(Encoders.DOUBLE(), Encoders.LONG());
    }

    @Override
    public org.apache.spark.sql.Encoder<Double> outputEncoder() {
      return Encoders.DOUBLE();
    }
  }

  /** A key of two fields, read back ({@code keyAs}) as {@link KeyOne} of the first only. */
  public static final class KeyTwo implements java.io.Serializable {
    private long a;
    private long b;

    public KeyTwo() {
    }

    KeyTwo(long a, long b) {
      this.a = a;
      this.b = b;
    }

    public long getA() {
      return a;
    }

    public void setA(long a) {
      this.a = a;
    }

    public long getB() {
      return b;
    }

    public void setB(long b) {
      this.b = b;
    }
  }

  /** The first field of {@link KeyTwo}. */
  public static final class KeyOne implements java.io.Serializable {
    private long a;

    public long getA() {
      return a;
    }

    public void setA(long a) {
      this.a = a;
    }
  }

  /** Counts inputs, weighting those with a key twice (a tuple input: two columns). */
  public static final class WeightedCount
      extends org.apache.spark.sql.expressions.Aggregator<Tuple2<Long, String>, Long, Long> {
    @Override
    public Long zero() {
      return 0L;
    }

    @Override
    public Long reduce(Long buffer, Tuple2<Long, String> value) {
      return buffer + (value._2() == null ? 1 : 2) * value._1();
    }

    @Override
    public Long merge(Long left, Long right) {
      return left + right;
    }

    @Override
    public Long finish(Long buffer) {
      return buffer;
    }

    @Override
    public org.apache.spark.sql.Encoder<Long> bufferEncoder() {
      return Encoders.LONG();
    }

    @Override
    public org.apache.spark.sql.Encoder<Long> outputEncoder() {
      return Encoders.LONG();
    }
  }

  /** The least and greatest input: a struct result. */
  public static final class MinMax
      extends org.apache.spark.sql.expressions.Aggregator<Long, Tuple2<Long, Long>, Tuple2<Long, Long>> {
    @Override
    public Tuple2<Long, Long> zero() {
      return new Tuple2<>(Long.MAX_VALUE, Long.MIN_VALUE);
    }

    @Override
    public Tuple2<Long, Long> reduce(Tuple2<Long, Long> buffer, Long value) {
      return new Tuple2<>(Math.min(buffer._1(), value), Math.max(buffer._2(), value));
    }

    @Override
    public Tuple2<Long, Long> merge(Tuple2<Long, Long> left, Tuple2<Long, Long> right) {
      return new Tuple2<>(Math.min(left._1(), right._1()), Math.max(left._2(), right._2()));
    }

    @Override
    public Tuple2<Long, Long> finish(Tuple2<Long, Long> buffer) {
      return buffer;
    }

    @Override
    public org.apache.spark.sql.Encoder<Tuple2<Long, Long>> bufferEncoder() {
      return Encoders.tuple(Encoders.LONG(), Encoders.LONG());
    }

    @Override
    public org.apache.spark.sql.Encoder<Tuple2<Long, Long>> outputEncoder() {
      return Encoders.tuple(Encoders.LONG(), Encoders.LONG());
    }
  }

  /** An Aggregator that fails on its first input. */
  public static final class FailingSum extends org.apache.spark.sql.expressions.Aggregator<Long, Long, Long> {
    @Override
    public Long zero() {
      return 0L;
    }

    @Override
    public Long reduce(Long buffer, Long value) {
      throw new IllegalStateException("no sum of " + value);
    }

    @Override
    public Long merge(Long left, Long right) {
      return left + right;
    }

    @Override
    public Long finish(Long buffer) {
      return buffer;
    }

    @Override
    public org.apache.spark.sql.Encoder<Long> bufferEncoder() {
      return Encoders.LONG();
    }

    @Override
    public org.apache.spark.sql.Encoder<Long> outputEncoder() {
      return Encoders.LONG();
    }
  }
}
