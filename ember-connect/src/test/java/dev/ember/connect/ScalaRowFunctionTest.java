package dev.ember.connect;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ember.plan.errors.EmberException;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import dev.ember.plan.usercode.RowFunction;
import dev.ember.plan.usercode.UserCodeContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.List;
import java.util.Optional;
import org.apache.spark.sql.catalyst.encoders.AgnosticEncoder;
import org.apache.spark.sql.catalyst.encoders.AgnosticEncoders;
import org.apache.spark.sql.connect.common.UdfPacket;
import org.junit.jupiter.api.Test;
import org.sparkproject.com.google.protobuf.ByteString;

/** A UDF of flat values runs inside DuckDB's SQL ({@link ScalaRowFunction}) with Spark's semantics; others do not. */
class ScalaRowFunctionTest {
  private static final UserCodeContext CONTEXT = new UserCodeContext("UTC",
      ScalaRowFunctionTest.class.getClassLoader());

  /** {@code x -> 3x + 1}; throws for 13, answers an Integer for 7 (not the declared bigint). */
  static final class Triple extends scala.runtime.AbstractFunction1<Object, Object> implements Serializable {
    @Override
    public Object apply(Object value) {
      long x = (Long) value;
      if (x == 13) {
        throw new IllegalStateException("thirteen");
      }
      return x == 7 ? (Object) 7 : (Object) (3 * x + 1);
    }
  }

  /** A bean of a primitive and a string. */
  public static final class Item implements Serializable {
    private long n;
    private String s;

    public long getN() {
      return n;
    }

    public void setN(long n) {
      this.n = n;
    }

    public String getS() {
      return s;
    }

    public void setS(String s) {
      this.s = s;
    }
  }

  /** A typed filter's function over {@link Item}s: {@code n > 1 && s != null}. */
  static final class Kept extends scala.runtime.AbstractFunction1<Object, Object> implements Serializable {
    @Override
    public Object apply(Object value) {
      Item item = (Item) value;
      return item.getN() > 1 && item.getS() != null;
    }
  }

  private static ScalaUserFunction function(AgnosticEncoder<?> input, AgnosticEncoder<?> output, DataType result)
      throws IOException {
    return function(new Triple(), input, output, result, false);
  }

  private static ScalaUserFunction function(Object code, AgnosticEncoder<?> input, AgnosticEncoder<?> output,
      DataType result, boolean wholeRow) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(new UdfPacket(code, scala.jdk.javaapi.CollectionConverters.asScala(
          List.<AgnosticEncoder<?>>of(input)).toList(), output));
    }
    return new ScalaUserFunction(ByteString.copyFrom(bytes.toByteArray()), "triple", result, true, true,
        List.of(AtomicType.LONG), wholeRow);
  }

  @Test
  void typedFilterOverBeansOfFlatFieldsBuildsTheBeans() throws IOException {
    ScalaUserFunction kept = function(new Kept(), (AgnosticEncoder<?>) org.apache.spark.sql.Encoders.bean(
        Item.class), AgnosticEncoders.PrimitiveBooleanEncoder$.MODULE$, AtomicType.BOOLEAN, true);
    dev.ember.plan.types.StructType row = new dev.ember.plan.types.StructType(List.of(
        new dev.ember.plan.types.StructField("s", AtomicType.STRING, true),
        new dev.ember.plan.types.StructField("n", AtomicType.LONG, true)));
    RowFunction.Instance instance = kept.rowFunction(row, CONTEXT).orElseThrow().newInstance();
    assertThat(instance.apply(new Object[] {"a", 2L})).isEqualTo(true);
    assertThat(instance.apply(new Object[] {null, 2L})).isEqualTo(false);
    assertThat(instance.apply(new Object[] {"a", 1L})).isEqualTo(false);
    // a NULL for a primitive field fails as Spark's deserializer fails, not as the function
    assertThatThrownBy(() -> instance.apply(new Object[] {"a", null})).isInstanceOf(NullPointerException.class);
    dev.ember.plan.types.StructType missing = new dev.ember.plan.types.StructType(List.of(
        new dev.ember.plan.types.StructField("n", AtomicType.LONG, true)));
    assertThat(kept.rowFunction(missing, CONTEXT)).isEqualTo(Optional.empty());
  }

  /** A bean of an int, a double and a long. */
  public static final class Measure implements Serializable {
    private int i;
    private double d;
    private long n;

    public int getI() {
      return i;
    }

    public void setI(int i) {
      this.i = i;
    }

    public double getD() {
      return d;
    }

    public void setD(double d) {
      this.d = d;
    }

    public long getN() {
      return n;
    }

    public void setN(long n) {
      this.n = n;
    }
  }

  /** A typed filter's function over {@link Measure}s: {@code i + d + n > 3}. */
  static final class Large extends scala.runtime.AbstractFunction1<Object, Object> implements Serializable {
    @Override
    public Object apply(Object value) {
      Measure measure = (Measure) value;
      return measure.getI() + measure.getD() + measure.getN() > 3;
    }
  }

  /** Values of a row as the engine holds them: {@link dev.ember.plan.usercode.RowValues} over an array. */
  private record Values(Object... values) implements dev.ember.plan.usercode.RowValues {
    @Override
    public boolean isNull(int column) {
      return values[column] == null;
    }

    @Override
    public long getLong(int column) {
      return (Long) values[column];
    }

    @Override
    public int getInt(int column) {
      return (Integer) values[column];
    }

    @Override
    public double getDouble(int column) {
      return (Double) values[column];
    }

    @Override
    public Object get(int column) {
      return values[column];
    }
  }

  /** A bean built of a row read in place (its primitive fields set unboxed) gives what the boxed values give. */
  @Test
  void beansOfRowsReadInPlace() throws IOException {
    ScalaUserFunction kept = function(new Kept(), (AgnosticEncoder<?>) org.apache.spark.sql.Encoders.bean(
        Item.class), AgnosticEncoders.PrimitiveBooleanEncoder$.MODULE$, AtomicType.BOOLEAN, true);
    dev.ember.plan.types.StructType row = new dev.ember.plan.types.StructType(List.of(
        new dev.ember.plan.types.StructField("s", AtomicType.STRING, true),
        new dev.ember.plan.types.StructField("n", AtomicType.LONG, true)));
    RowFunction.Instance instance = kept.rowFunction(row, CONTEXT).orElseThrow().newInstance();
    assertThat(instance).isInstanceOf(RowFunction.ValuesInstance.class);
    RowFunction.ValuesInstance inPlace = (RowFunction.ValuesInstance) instance;
    assertThat(inPlace.apply(new Values("a", 2L))).isEqualTo(true);
    assertThat(inPlace.apply(new Values(null, 2L))).isEqualTo(false);
    assertThat(inPlace.apply(new Values("a", 1L))).isEqualTo(false);
    assertThatThrownBy(() -> inPlace.apply(new Values("a", null))).isInstanceOf(NullPointerException.class);
    ScalaUserFunction large = function(new Large(), (AgnosticEncoder<?>) org.apache.spark.sql.Encoders.bean(
        Measure.class), AgnosticEncoders.PrimitiveBooleanEncoder$.MODULE$, AtomicType.BOOLEAN, true);
    dev.ember.plan.types.StructType measures = new dev.ember.plan.types.StructType(List.of(
        new dev.ember.plan.types.StructField("n", AtomicType.LONG, true),
        new dev.ember.plan.types.StructField("d", AtomicType.DOUBLE, true),
        new dev.ember.plan.types.StructField("i", AtomicType.INTEGER, true)));
    RowFunction.ValuesInstance sums = (RowFunction.ValuesInstance) large.rowFunction(measures, CONTEXT).orElseThrow()
        .newInstance();
    assertThat(sums.apply(new Values(1L, 1.5, 1))).isEqualTo(true);
    assertThat(sums.apply(new Values(1L, 0.5, 1))).isEqualTo(false);
    assertThat(sums.apply((Object[]) new Object[] {1L, 1.5, 1})).isEqualTo(true);
    assertThatThrownBy(() -> sums.apply(new Values(1L, null, 1))).isInstanceOf(NullPointerException.class);
    // a function of flat values (no bean) reads boxed arrays
    ScalaUserFunction flat = function(AgnosticEncoders.PrimitiveLongEncoder$.MODULE$,
        AgnosticEncoders.BoxedLongEncoder$.MODULE$, AtomicType.LONG);
    assertThat(flat.rowFunction(arguments(AtomicType.LONG), CONTEXT).orElseThrow().newInstance())
        .isNotInstanceOf(RowFunction.ValuesInstance.class);
  }

  private static dev.ember.plan.types.StructType arguments(DataType type) {
    return new dev.ember.plan.types.StructType(List.of(new dev.ember.plan.types.StructField("_1", type, true)));
  }

  @Test
  void flatFunctionRunsInSqlOncePerCode() throws IOException {
    ScalaUserFunction first = function(AgnosticEncoders.PrimitiveLongEncoder$.MODULE$,
        AgnosticEncoders.BoxedLongEncoder$.MODULE$, AtomicType.LONG);
    ScalaUserFunction again = function(AgnosticEncoders.PrimitiveLongEncoder$.MODULE$,
        AgnosticEncoders.BoxedLongEncoder$.MODULE$, AtomicType.LONG);
    RowFunction inline = first.rowFunction(arguments(AtomicType.LONG), CONTEXT).orElseThrow();
    assertThat(again.rowFunction(arguments(AtomicType.LONG), CONTEXT).orElseThrow().name()).isEqualTo(inline.name());
    assertThat(inline.name()).startsWith("ember_udf_");
    RowFunction.Instance instance = inline.newInstance();
    assertThat(instance.apply(new Object[] {2L})).isEqualTo(7L);
    // a NULL where the function takes a primitive: NULL, no call
    assertThat(instance.apply(new Object[] {null})).isNull();
    assertThatThrownBy(() -> instance.apply(new Object[] {13L})).isInstanceOf(EmberException.class)
        .hasMessageContaining("FAILED_EXECUTE_UDF").hasCauseInstanceOf(IllegalStateException.class);
    assertThatThrownBy(() -> instance.apply(new Object[] {7L})).isInstanceOf(EmberException.class)
        .hasMessageContaining("FAILED_EXECUTE_UDF").hasCauseInstanceOf(ClassCastException.class);
  }

  @Test
  void otherEncodersRunAsStages() throws IOException {
    ScalaUserFunction optional = function(new AgnosticEncoders.OptionEncoder<>(
        AgnosticEncoders.BoxedLongEncoder$.MODULE$), AgnosticEncoders.BoxedLongEncoder$.MODULE$, AtomicType.LONG);
    assertThat(optional.rowFunction(arguments(AtomicType.LONG), CONTEXT)).isEqualTo(Optional.empty());
    ScalaUserFunction decimal = function(AgnosticEncoders.PrimitiveLongEncoder$.MODULE$,
        AgnosticEncoders.BoxedLongEncoder$.MODULE$, AtomicType.LONG);
    assertThat(decimal.rowFunction(arguments(AtomicType.INTEGER), CONTEXT)).isEqualTo(Optional.empty());
  }
}
