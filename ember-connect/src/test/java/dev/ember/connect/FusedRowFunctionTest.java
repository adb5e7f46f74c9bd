package dev.ember.connect;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import dev.ember.plan.types.StructField;
import dev.ember.plan.types.StructType;
import dev.ember.plan.usercode.RowFunction;
import dev.ember.plan.usercode.RowFunction.Fusion;
import dev.ember.plan.usercode.UserCodeContext;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.ObjectOutputStream;
import java.io.Serializable;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.catalyst.encoders.AgnosticEncoder;
import org.apache.spark.sql.catalyst.encoders.AgnosticEncoders;
import org.apache.spark.sql.connect.common.UdfPacket;
import org.junit.jupiter.api.Test;
import org.sparkproject.com.google.protobuf.ByteString;

/** A typed filter and the operation after it in one function: each row's bean built once, both functions called. */
class FusedRowFunctionTest {
  private static final UserCodeContext CONTEXT = new UserCodeContext("UTC", FusedRowFunctionTest.class.getClassLoader());
  private static final StructType ROW = new StructType(List.of(new StructField("n", AtomicType.LONG, true),
      new StructField("s", AtomicType.STRING, true)));
  static final AtomicInteger BEANS = new AtomicInteger();

  /** A bean counting how many are built. */
  public static final class Counted implements Serializable {
    private long n;
    private String s;

    public Counted() {
      BEANS.incrementAndGet();
    }

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

  /** Keeps {@code n > 1}. */
  static final class Kept extends scala.runtime.AbstractFunction1<Object, Object> implements Serializable {
    @Override
    public Object apply(Object value) {
      return ((Counted) value).getN() > 1;
    }
  }

  /** Keeps a non-null {@code s}. */
  static final class Named extends scala.runtime.AbstractFunction1<Object, Object> implements Serializable {
    @Override
    public Object apply(Object value) {
      return ((Counted) value).getS() != null;
    }
  }

  /** {@code 2n}, or null when {@code s} is "none". */
  static final class Doubled extends scala.runtime.AbstractFunction1<Object, Object> implements Serializable {
    @Override
    public Object apply(Object value) {
      Counted row = (Counted) value;
      return "none".equals(row.getS()) ? null : (Object) (2 * row.getN());
    }
  }

  /** {@code x + 1} of a long. */
  static final class Next extends scala.runtime.AbstractFunction1<Object, Object> implements Serializable {
    @Override
    public Object apply(Object value) {
      return (Long) value + 1;
    }
  }

  @Test
  void aFilterThenAMapBuildsEachBeanOnceAndMarksTheDroppedRows() throws IOException {
    RowFunction kept = overRows(new Kept(), AgnosticEncoders.PrimitiveBooleanEncoder$.MODULE$, AtomicType.BOOLEAN);
    RowFunction doubled = overRows(new Doubled(), AgnosticEncoders.BoxedLongEncoder$.MODULE$, AtomicType.LONG);
    RowFunction fused = kept.fuse(Fusion.FILTER_THEN_MAP, doubled).orElseThrow();
    assertThat(fused.dropsRows()).isTrue();
    assertThat(fused.returnType()).isEqualTo(AtomicType.LONG);
    assertThat(kept.fuse(Fusion.FILTER_THEN_MAP, doubled).orElseThrow().name()).isEqualTo(fused.name());
    RowFunction.Instance instance = fused.newInstance();
    BEANS.set(0);
    assertThat(instance.apply(new Object[] {2L, "a"})).isEqualTo(4L);
    assertThat(instance.apply(new Object[] {1L, "a"})).isSameAs(RowFunction.DROPPED);
    // kept, and the map's own NULL: not a dropped row
    assertThat(instance.apply(new Object[] {3L, "none"})).isNull();
    assertThat(BEANS).hasValue(3);
    // the same of rows read in place, each bean built once as well
    RowFunction.ValuesInstance inPlace = (RowFunction.ValuesInstance) fused.newInstance();
    BEANS.set(0);
    assertThat(inPlace.apply(row(2L, "a"))).isEqualTo(4L);
    assertThat(inPlace.apply(row(1L, "a"))).isSameAs(RowFunction.DROPPED);
    assertThat(inPlace.apply(row(3L, "none"))).isNull();
    assertThat(BEANS).hasValue(3);
  }

  /** A row of a long and a string as the engine holds it. */
  private static dev.ember.plan.usercode.RowValues row(long n, String s) {
    return new dev.ember.plan.usercode.RowValues() {
      @Override
      public boolean isNull(int column) {
        return column == 1 && s == null;
      }

      @Override
      public long getLong(int column) {
        return n;
      }

      @Override
      public int getInt(int column) {
        throw new IllegalStateException("no int column");
      }

      @Override
      public double getDouble(int column) {
        throw new IllegalStateException("no double column");
      }

      @Override
      public Object get(int column) {
        return column == 0 ? (Object) n : s;
      }
    };
  }

  @Test
  void twoFiltersCallTheSecondOnlyForRowsTheFirstKeeps() throws IOException {
    RowFunction kept = overRows(new Kept(), AgnosticEncoders.PrimitiveBooleanEncoder$.MODULE$, AtomicType.BOOLEAN);
    RowFunction named = overRows(new Named(), AgnosticEncoders.PrimitiveBooleanEncoder$.MODULE$, AtomicType.BOOLEAN);
    RowFunction.Instance both = kept.fuse(Fusion.FILTER_THEN_FILTER, named).orElseThrow().newInstance();
    BEANS.set(0);
    assertThat(both.apply(new Object[] {2L, "a"})).isEqualTo(true);
    assertThat(both.apply(new Object[] {2L, null})).isEqualTo(false);
    assertThat(both.apply(new Object[] {1L, "a"})).isEqualTo(false);
    assertThat(BEANS).hasValue(3);
  }

  @Test
  void aMapOfAMapsValueIsOneCall() throws IOException {
    RowFunction next = overLongs(new Next());
    RowFunction.Instance twice = next.fuse(Fusion.MAP_THEN_MAP, next).orElseThrow().newInstance();
    assertThat(twice.apply(new Object[] {1L})).isEqualTo(3L);
  }

  /** Keeps an even long. */
  static final class Even extends scala.runtime.AbstractFunction1<Object, Object> implements Serializable {
    @Override
    public Object apply(Object value) {
      return (Long) value % 2 == 0;
    }
  }

  @Test
  void aFilterOfAMapsValueKeepsTheValueOrMarksTheRowDropped() throws IOException {
    RowFunction next = overLongs(new Next());
    RowFunction even = function(new Even(), AgnosticEncoders.PrimitiveLongEncoder$.MODULE$,
        AgnosticEncoders.PrimitiveBooleanEncoder$.MODULE$, AtomicType.BOOLEAN, List.of(AtomicType.LONG))
        .rowFunction(new StructType(List.of(new StructField("value", AtomicType.LONG, true))), CONTEXT).orElseThrow();
    RowFunction fused = next.fuse(Fusion.MAP_THEN_FILTER, even).orElseThrow();
    assertThat(fused.dropsRows()).isTrue();
    assertThat(fused.returnType()).isEqualTo(AtomicType.LONG);
    RowFunction.Instance instance = fused.newInstance();
    assertThat(instance.apply(new Object[] {1L})).isEqualTo(2L);
    assertThat(instance.apply(new Object[] {2L})).isSameAs(RowFunction.DROPPED);
  }

  @Test
  void operationsOverOtherInputsOrOfOtherResultsStayApart() throws IOException {
    RowFunction kept = overRows(new Kept(), AgnosticEncoders.PrimitiveBooleanEncoder$.MODULE$, AtomicType.BOOLEAN);
    // a map to a string has no carrier for the dropped rows' mark
    RowFunction text = function(new Named(), Encoders.bean(Counted.class), AgnosticEncoders.StringEncoder$.MODULE$,
        AtomicType.STRING, List.of(AtomicType.LONG, AtomicType.STRING)).rowFunction(ROW, CONTEXT).orElseThrow();
    assertThat(kept.fuse(Fusion.FILTER_THEN_MAP, text)).isEmpty();
    // a filter of longs and a map of rows read their arguments differently
    assertThat(overLongs(new Next()).fuse(Fusion.FILTER_THEN_MAP, overRows(new Doubled(),
        AgnosticEncoders.BoxedLongEncoder$.MODULE$, AtomicType.LONG))).isEmpty();
  }

  private static RowFunction overRows(Object code, AgnosticEncoder<?> output, DataType result) throws IOException {
    return function(code, Encoders.bean(Counted.class), output, result, List.of(AtomicType.LONG, AtomicType.STRING))
        .rowFunction(ROW, CONTEXT).orElseThrow();
  }

  private static RowFunction overLongs(Object code) throws IOException {
    return function(code, AgnosticEncoders.PrimitiveLongEncoder$.MODULE$, AgnosticEncoders.BoxedLongEncoder$.MODULE$,
        AtomicType.LONG, List.of(AtomicType.LONG)).rowFunction(new StructType(List.of(
        new StructField("value", AtomicType.LONG, true))), CONTEXT).orElseThrow();
  }

  private static ScalaUserFunction function(Object code, Object input, AgnosticEncoder<?> output, DataType result,
      List<DataType> inputTypes) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (ObjectOutputStream out = new ObjectOutputStream(bytes)) {
      out.writeObject(new UdfPacket(code, scala.jdk.javaapi.CollectionConverters.asScala(
          List.<AgnosticEncoder<?>>of((AgnosticEncoder<?>) input)).toList(), output));
    }
    return new ScalaUserFunction(ByteString.copyFrom(bytes.toByteArray()), "f", result, true, true, inputTypes, true);
  }
}
