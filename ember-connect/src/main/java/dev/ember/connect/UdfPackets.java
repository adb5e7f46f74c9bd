package dev.ember.connect;

import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import java.io.IOException;
import java.io.InputStream;
import java.io.ObjectInputStream;
import java.io.ObjectStreamClass;
import java.util.List;
import java.util.Map;
import org.apache.spark.sql.catalyst.encoders.AgnosticEncoder;
import org.apache.spark.sql.catalyst.encoders.AgnosticEncoders;
import org.apache.spark.sql.connect.common.UdfPacket;
import org.sparkproject.com.google.protobuf.ByteString;

/**
 * The user code a client sends: a Java-serialized {@link UdfPacket} (the function and Spark's encoders of its
 * inputs and output), read with the class loader that sees the user's classes, as Spark Connect's server reads it.
 */
final class UdfPackets {
  /** A primitive encoder's boxed twin, so that a NULL input reads as null rather than as zero. */
  private static final Map<AgnosticEncoder<?>, AgnosticEncoder<?>> BOXED = Map.of(
      AgnosticEncoders.PrimitiveBooleanEncoder$.MODULE$, AgnosticEncoders.BoxedBooleanEncoder$.MODULE$,
      AgnosticEncoders.PrimitiveByteEncoder$.MODULE$, AgnosticEncoders.BoxedByteEncoder$.MODULE$,
      AgnosticEncoders.PrimitiveShortEncoder$.MODULE$, AgnosticEncoders.BoxedShortEncoder$.MODULE$,
      AgnosticEncoders.PrimitiveIntEncoder$.MODULE$, AgnosticEncoders.BoxedIntEncoder$.MODULE$,
      AgnosticEncoders.PrimitiveLongEncoder$.MODULE$, AgnosticEncoders.BoxedLongEncoder$.MODULE$,
      AgnosticEncoders.PrimitiveFloatEncoder$.MODULE$, AgnosticEncoders.BoxedFloatEncoder$.MODULE$,
      AgnosticEncoders.PrimitiveDoubleEncoder$.MODULE$, AgnosticEncoders.BoxedDoubleEncoder$.MODULE$);

  private UdfPackets() {
  }

  static UdfPacket read(ByteString payload, ClassLoader loader) {
    try (ObjectInputStream in = new LoaderObjectInputStream(payload.newInput(), loader)) {
      return (UdfPacket) in.readObject();
    } catch (ClassNotFoundException | NoClassDefFoundError e) {
      String message = "The class of a user-defined function is not found: " + e.getMessage()
          + ". Add the classes or jar of the function to the session (SparkSession.addArtifact).";
      throw new EmberException(ErrorKind.CLASS_NOT_FOUND, "INTERNAL_ERROR", "XX000", message,
          Map.of("message", message));
    } catch (IOException | ClassCastException e) {
      String message = "Could not read a user-defined function sent by the client: " + e;
      throw new EmberException(ErrorKind.SPARK, "INTERNAL_ERROR", "XX000", message, Map.of("message", message));
    }
  }

  /** {@code encoder}, with a boxed encoder for a primitive one. */
  static AgnosticEncoder<?> boxed(AgnosticEncoder<?> encoder) {
    return BOXED.getOrDefault(encoder, encoder);
  }

  /** The encoder Spark reads a value of this type with when the function names no encoder (a Row's field's). */
  static AgnosticEncoder<?> encoderOf(dev.ember.plan.types.DataType type) {
    return org.apache.spark.sql.catalyst.encoders.RowEncoder$.MODULE$.encoderForDataType(sparkType(type), false);
  }

  /** Spark's own type of an Ember type. */
  static org.apache.spark.sql.types.DataType sparkType(dev.ember.plan.types.DataType type) {
    return org.apache.spark.sql.connect.common.DataTypeProtoConverter.toCatalystType(DataTypes.toProto(type));
  }

  /**
   * {@code encoder} bound to the rows it reads: the encoder of a {@code Dataset<Row>} knows no schema
   * (UnboundRowEncoder) until Spark's server binds it to its input's, as here.
   */
  static AgnosticEncoder<?> boundTo(AgnosticEncoder<?> encoder, dev.ember.plan.types.StructType schema) {
    // a Row's fields are read by position: a RowEncoder of other field names reads these rows alike
    if (encoder != AgnosticEncoders.UnboundRowEncoder$.MODULE$ && !(encoder instanceof AgnosticEncoders.RowEncoder)) {
      return encoder;
    }
    return org.apache.spark.sql.catalyst.encoders.RowEncoder$.MODULE$.encoderFor(
        (org.apache.spark.sql.types.StructType) sparkType(schema), false);
  }

  /** {@code encoder} bound to values of {@code type}: rows when it is a struct, else as it is. */
  static AgnosticEncoder<?> boundTo(AgnosticEncoder<?> encoder, dev.ember.plan.types.DataType type) {
    return type instanceof dev.ember.plan.types.StructType struct ? boundTo(encoder, struct) : encoder;
  }

  /**
   * An output encoder with each Row it writes of no schema ({@code UnboundRowEncoder}, itself or a field of the
   * tuple it writes) bound to the input's rows: the client's {@code mapValues} before an aggregation returns each
   * input Row as it came ({@code (iv, v)}), and Spark's server writes it with the input's schema.
   */
  static AgnosticEncoder<?> outputBoundTo(AgnosticEncoder<?> encoder, dev.ember.plan.types.StructType input) {
    if (encoder == AgnosticEncoders.UnboundRowEncoder$.MODULE$) {
      return boundTo(encoder, input);
    }
    if (!(encoder instanceof AgnosticEncoders.ProductEncoder<?> product)) {
      return encoder;
    }
    List<AgnosticEncoders.EncoderField> fields = new java.util.ArrayList<>();
    for (AgnosticEncoders.EncoderField field : scala.jdk.javaapi.CollectionConverters.asJava(product.fields())) {
      fields.add(field.enc() != AgnosticEncoders.UnboundRowEncoder$.MODULE$ ? field
          : new AgnosticEncoders.EncoderField(field.name(), boundTo(field.enc(), input), field.nullable(),
              field.metadata(), field.readMethod(), field.writeMethod()));
    }
    return product.copy(product.clsTag(), scala.jdk.javaapi.CollectionConverters.asScala(fields).toList(),
        product.outerPointerGetter());
  }

  /** The output schema of {@link #outputBoundTo}: each struct of no fields is the input's rows. */
  static dev.ember.plan.types.StructType outputSchemaBoundTo(dev.ember.plan.types.StructType output,
      dev.ember.plan.types.StructType input) {
    if (output.fields().isEmpty()) {
      return input;
    }
    return new dev.ember.plan.types.StructType(output.fields().stream().map(field ->
        field.dataType() instanceof dev.ember.plan.types.StructType struct && struct.fields().isEmpty()
            ? new dev.ember.plan.types.StructField(field.name(), input, field.nullable()) : field).toList());
  }

  /** Spark's encoder of a tuple of values of {@code encoders}. */
  static AgnosticEncoder<?> tuple(List<AgnosticEncoder<?>> encoders) {
    return AgnosticEncoders.ProductEncoder$.MODULE$.tuple(
        scala.jdk.javaapi.CollectionConverters.asScala(encoders).toSeq(), true);
  }

  /** Reads classes through {@code loader} first (the user's classes), as Spark's server does. */
  private static final class LoaderObjectInputStream extends ObjectInputStream {
    private final ClassLoader loader;

    LoaderObjectInputStream(InputStream in, ClassLoader loader) throws IOException {
      super(in);
      this.loader = loader;
    }

    @Override
    protected Class<?> resolveClass(ObjectStreamClass description) throws IOException, ClassNotFoundException {
      try {
        return Class.forName(description.getName(), false, loader);
      } catch (ClassNotFoundException e) {
        return super.resolveClass(description);
      }
    }
  }
}
