package dev.ember.connect;

import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import dev.ember.plan.types.DataType;
import dev.ember.plan.types.StructType;
import dev.ember.plan.usercode.ScalarUserFunction;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.catalyst.encoders.AgnosticEncoder;
import org.apache.spark.sql.catalyst.encoders.AgnosticEncoders;
import org.apache.spark.sql.connect.common.UdfPacket;
import org.apache.spark.sql.expressions.Aggregator;
import org.apache.spark.sql.expressions.MutableAggregationBuffer;
import org.apache.spark.sql.expressions.UserDefinedAggregateFunction;

/**
 * Functions of {@code UserDefinedAggregateFunction} classes ({@code CREATE FUNCTION f AS 'class'}), as Spark's
 * ScalaUDAF runs them: each group's rows (its arguments cast to the input schema, read as Rows) go through
 * {@code update} into a buffer {@code initialize} set, which {@code merge}s into a fresh buffer as Spark's final
 * aggregation does, and {@code evaluate} gives the result. The one handler Spark has for a class without Hive; any
 * other class is NO_HANDLER_FOR_UDAF.
 */
final class UserDefinedAggregates {
  private UserDefinedAggregates() {
  }

  /** The function a class makes, named {@code name} ({@code spark_catalog.db.f}, {@code f}). */
  static ScalarUserFunction of(String name, Class<?> type) {
    if (!UserDefinedAggregateFunction.class.isAssignableFrom(type)) {
      String className = type.getCanonicalName() != null ? type.getCanonicalName() : type.getName();
      throw new EmberException(ErrorKind.ANALYSIS, "NO_HANDLER_FOR_UDAF", "42000", "No handler for UDAF '"
          + className + "'. Use sparkSession.udf.register(...) instead.", Map.of("functionName", className));
    }
    UserDefinedAggregateFunction probe = instance(type);
    StructType inputs = (StructType) SparkTypes.fromSpark(probe.inputSchema());
    DataType result = SparkTypes.fromSpark(probe.dataType());
    UdfPayload payload = UdfPayload.madeBy(List.of("udaf", type), loader -> packet(instance(type), result));
    return new ScalaAggregatorFunction(payload, name, result, inputs);
  }

  /**
   * {@code registerJavaUDAF(name, className)}, as Spark's UDFRegistration: the class loaded from the session's
   * classes now, with Spark's legacy errors for a class it cannot load or that is no UDAF.
   */
  static ScalarUserFunction registered(String name, String className, ClassLoader loader) {
    Class<?> type;
    try {
      type = Class.forName(className, true, loader);
    } catch (ClassNotFoundException | LinkageError e) {
      throw new EmberException(ErrorKind.ANALYSIS, "_LEGACY_ERROR_TEMP_1329", null, "Can not load class "
          + className + ", please make sure it is on the classpath.", Map.of("className", className));
    }
    if (!UserDefinedAggregateFunction.class.isAssignableFrom(type)) {
      throw new EmberException(ErrorKind.ANALYSIS, "_LEGACY_ERROR_TEMP_1330", null, "Class " + className
          + " doesn't implement interface UserDefinedAggregateFunction.", Map.of("className", className));
    }
    return of(name, type);
  }

  @SuppressWarnings("unchecked")
  private static UdfPacket packet(UserDefinedAggregateFunction udaf, DataType result) {
    AgnosticEncoder<?> rows = AgnosticEncoders.UnboundRowEncoder$.MODULE$;
    return new UdfPacket(new Adaptor(udaf), scala.jdk.javaapi.CollectionConverters.asScala(
        List.<AgnosticEncoder<?>>of(rows)).toList(), UdfPackets.encoderOf(result));
  }

  private static UserDefinedAggregateFunction instance(Class<?> type) {
    try {
      return (UserDefinedAggregateFunction) type.getConstructor().newInstance();
    } catch (ReflectiveOperationException e) {
      Throwable cause = e instanceof java.lang.reflect.InvocationTargetException invocation ? invocation.getCause() : e;
      throw UserCodeFailures.failed(type.getName(), "", "", cause);
    }
  }

  /** The UDAF as an Aggregator of Rows into a buffer Row. */
  private static final class Adaptor extends Aggregator<Row, MutableAggregationBuffer, Object> {
    private final UserDefinedAggregateFunction udaf;

    Adaptor(UserDefinedAggregateFunction udaf) {
      this.udaf = udaf;
    }

    @Override
    public MutableAggregationBuffer zero() {
      Buffer buffer = new Buffer(udaf.bufferSchema());
      udaf.initialize(buffer);
      return buffer;
    }

    @Override
    public MutableAggregationBuffer reduce(MutableAggregationBuffer buffer, Row input) {
      udaf.update(buffer, input);
      return buffer;
    }

    @Override
    public MutableAggregationBuffer merge(MutableAggregationBuffer buffer, MutableAggregationBuffer other) {
      udaf.merge(buffer, other);
      return buffer;
    }

    @Override
    public Object finish(MutableAggregationBuffer partial) {
      return ExternalValues.of(udaf.evaluate(merge(zero(), partial)), udaf.dataType());
    }

    @Override
    @SuppressWarnings("unchecked")
    public org.apache.spark.sql.Encoder<MutableAggregationBuffer> bufferEncoder() {
      return (org.apache.spark.sql.Encoder<MutableAggregationBuffer>) (Object)
          org.apache.spark.sql.catalyst.encoders.RowEncoder$.MODULE$.encoderFor(udaf.bufferSchema());
    }

    @Override
    @SuppressWarnings("unchecked")
    public org.apache.spark.sql.Encoder<Object> outputEncoder() {
      return (org.apache.spark.sql.Encoder<Object>) (Object)
          org.apache.spark.sql.catalyst.encoders.RowEncoder$.MODULE$.encoderForDataType(udaf.dataType(), false);
    }
  }

  /** A buffer of the buffer schema's values, each kept as Spark hands it back (a list set as a Seq). */
  private static final class Buffer extends MutableAggregationBuffer {
    private final org.apache.spark.sql.types.StructType schema;
    private final Object[] values;

    Buffer(org.apache.spark.sql.types.StructType schema) {
      this(schema, new Object[schema.length()]);
    }

    private Buffer(org.apache.spark.sql.types.StructType schema, Object[] values) {
      this.schema = schema;
      this.values = values;
    }

    @Override
    public void update(int i, Object value) {
      values[i] = ExternalValues.of(value, schema.fields()[i].dataType());
    }

    @Override
    public int length() {
      return values.length;
    }

    @Override
    public Object get(int i) {
      return values[i];
    }

    @Override
    public Row copy() {
      return new Buffer(schema, values.clone());
    }
  }
}
