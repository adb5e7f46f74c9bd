package dev.ember.connect;

import dev.ember.plan.types.ArrayType;
import dev.ember.plan.types.DataType;
import dev.ember.plan.types.StructType;
import dev.ember.plan.usercode.ScalarUserFunction;
import dev.ember.plan.usercode.UserCodeContext;
import java.util.List;
import org.apache.spark.sql.catalyst.encoders.AgnosticEncoder;
import org.apache.spark.sql.catalyst.encoders.AgnosticEncoders;
import org.apache.spark.sql.connect.client.arrow.ArrowDeserializers;
import org.apache.spark.sql.connect.client.arrow.ArrowSerializer;
import org.apache.spark.sql.connect.common.UdfPacket;
import org.apache.spark.sql.expressions.Aggregator;
import org.apache.spark.sql.util.CloseableIterator;
import org.sparkproject.com.google.protobuf.ByteString;
import org.sparkproject.org.apache.arrow.memory.BufferAllocator;

/**
 * A user aggregate on the JVM: an {@code Aggregator} ({@code functions.udaf}, {@code Aggregator.toColumn}) or the
 * function of {@code Dataset.reduce} (Spark's ReduceAggregator). Called once per group with the list of the group's
 * inputs, read with the aggregator's input encoder; each group's result is {@code finish} of the inputs reduced
 * into {@code zero}, as one partition of Spark's would compute it.
 */
final class ScalaAggregatorFunction implements ScalarUserFunction {
  private final UdfPayload payload;
  private final String name;
  private final DataType returnType;
  private final boolean nullable;
  private final List<DataType> inputTypes;
  private final boolean reduce;
  private final Naming naming;
  private final java.util.Optional<StructType> declaredInputs;

  /** The aggregator ready for one argument schema: each group's inputs (a list) read by {@code groups}. */
  private record Prepared(Aggregator<Object, Object, Object> aggregator, AgnosticEncoder<?> groups,
      AgnosticEncoder<?> output, boolean noArguments, DataType flatInput) {
  }

  /**
   * How Spark names the column: as called, after the aggregator's class ({@code udaf}), as a typed column, or as a
   * function of a UDAF class (its name in lower case, Spark's pretty name of a ScalaUDAF).
   */
  enum Naming { CALLED, UDAF, TYPED_COLUMN, CLASS_FUNCTION }

  /** {@code reduce}: the payload is a function {@code (T, T) => T} rather than an Aggregator. */
  ScalaAggregatorFunction(ByteString payload, String name, DataType returnType, boolean nullable,
      List<DataType> inputTypes, boolean reduce, Naming naming) {
    this(UdfPayload.of(payload), name, returnType, nullable, inputTypes, reduce, naming, java.util.Optional.empty());
  }

  /**
   * An aggregator the server made ({@link UserDefinedAggregates}: a {@code UserDefinedAggregateFunction} class), over
   * the inputs it declares.
   */
  ScalaAggregatorFunction(UdfPayload payload, String name, DataType returnType, StructType declaredInputs) {
    this(payload, name, returnType, true, List.of(declaredInputs), false, Naming.CLASS_FUNCTION,
        java.util.Optional.of(declaredInputs));
  }

  private ScalaAggregatorFunction(UdfPayload payload, String name, DataType returnType, boolean nullable,
      List<DataType> inputTypes, boolean reduce, Naming naming, java.util.Optional<StructType> declaredInputs) {
    this.naming = naming;
    this.payload = payload;
    this.name = name;
    this.returnType = returnType;
    this.nullable = nullable;
    this.inputTypes = List.copyOf(inputTypes);
    this.reduce = reduce;
    this.declaredInputs = declaredInputs;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String columnName(List<String> argumentNames, UserCodeContext context) {
    if (naming == Naming.CALLED) {
      return ScalarUserFunction.super.columnName(argumentNames, context);
    }
    if (naming == Naming.CLASS_FUNCTION) {
      return name.toLowerCase(java.util.Locale.ROOT) + "(" + String.join(", ", argumentNames) + ")";
    }
    // the packet read here is the one the stages use (UdfPayload keeps it per class loader)
    UdfPacket packet = payload.packet(context.classLoader());
    String aggregator = packet.function().getClass().getSimpleName();
    if (naming == Naming.UDAF) {
      return aggregator.toLowerCase(java.util.Locale.ROOT) + "(" + String.join(", ", argumentNames) + ")";
    }
    return aggregator + "(" + packet.inputEncoders().head().clsTag().runtimeClass().getName() + ")";
  }

  @Override
  public DataType returnType() {
    return returnType;
  }

  @Override
  public boolean nullable() {
    return nullable;
  }

  @Override
  public boolean deterministic() {
    return true;
  }

  @Override
  public List<DataType> inputTypes() {
    return inputTypes;
  }

  @Override
  public java.util.Optional<StructType> declaredInputs() {
    return declaredInputs;
  }

  @Override
  public boolean takesWholeRow() {
    return false;
  }

  @Override
  public boolean aggregates() {
    return true;
  }

  @Override
  @SuppressWarnings("unchecked")
  public byte[] evaluate(byte[] arguments, StructType argumentSchema, UserCodeContext context) {
    ClassLoader previous = Thread.currentThread().getContextClassLoader();
    Thread.currentThread().setContextClassLoader(context.classLoader());
    try (BufferAllocator allocator = UserCodeArrow.allocator()) {
      Prepared prepared = payload.derived(context.classLoader(), argumentSchema,
          packet -> prepare(packet, argumentSchema));
      ArrowSerializer<Object> results = new ArrowSerializer<>((AgnosticEncoder<Object>) prepared.output(),
          allocator, context.timeZone());
      try {
        if (prepared.flatInput() == null || !reduceFlat(arguments, prepared, results, allocator, context)) {
          CloseableIterator<?> rows = ArrowDeserializers.deserializeFromArrow(
              scala.collection.Iterator$.MODULE$.single(arguments), prepared.groups(), allocator, context.timeZone());
          try {
            while (rows.hasNext()) {
              var values = (scala.collection.Iterable<Object>) ((scala.Product) rows.next()).productElement(0);
              results.append(new scala.Tuple1<>(aggregate(prepared.aggregator(),
                  prepared.noArguments() ? emptyRows(values) : values)));
            }
          } finally {
            UserCodeArrow.close(rows);
          }
        }
        return UserCodeArrow.ipcStream(results);
      } finally {
        results.close();
      }
    } catch (Exception e) {
      // user code may throw checked exceptions (Scala does not declare them); Spark's ScalaAggregator and ScalaUDAF
      // do not wrap what it throws: the job fails
      throw UserCodeFailures.taskFailed(e);
    } finally {
      Thread.currentThread().setContextClassLoader(previous);
    }
  }

  /**
   * The groups' results appended to {@code results} straight from the Arrow lists of a flat input
   * ({@link FlatGroupInputs}); false, with nothing appended, when the batch's vectors are not those it reads.
   */
  private boolean reduceFlat(byte[] arguments, Prepared prepared, ArrowSerializer<Object> results,
      BufferAllocator allocator, UserCodeContext context) throws Exception {
    try (org.sparkproject.org.apache.arrow.vector.ipc.ArrowStreamReader reader =
        new org.sparkproject.org.apache.arrow.vector.ipc.ArrowStreamReader(
            new dev.ember.engine.arrow.ArrayReadChannel(arguments), allocator)) {
      var root = reader.getVectorSchemaRoot();
      if (!(root.getVector(0) instanceof org.sparkproject.org.apache.arrow.vector.complex.ListVector groups)) {
        return false;
      }
      java.util.function.IntFunction<Object> element = FlatGroupInputs.reader(groups.getDataVector(),
          prepared.flatInput());
      if (element == null) {
        return false;
      }
      ClassLoader loader = context.classLoader();
      while (reader.loadNextBatch()) {
        // (the vectors are the root's, reloaded per batch: the element reader stays valid)
        for (Object result : FlatGroupInputs.results(groups, element, prepared.aggregator(),
            () -> aggregatorOf(payload.fresh(loader)), loader)) {
          results.append(new scala.Tuple1<>(result));
        }
      }
      return true;
    }
  }

  @SuppressWarnings("unchecked")
  private Aggregator<Object, Object, Object> aggregatorOf(UdfPacket packet) {
    return reduce
        ? (Aggregator<Object, Object, Object>) (Aggregator<?, ?, ?>)
            new org.apache.spark.sql.expressions.ReduceAggregator<>(
                (scala.Function2<Object, Object, Object>) packet.function(),
                (org.apache.spark.sql.Encoder<Object>) packet.outputEncoder())
        : (Aggregator<Object, Object, Object>) packet.function();
  }

  private Prepared prepare(UdfPacket packet, StructType argumentSchema) {
    Aggregator<Object, Object, Object> aggregator = aggregatorOf(packet);
    AgnosticEncoder<?> input = reduce ? packet.outputEncoder() : packet.inputEncoders().head();
    DataType element = ((ArrayType) argumentSchema.fields().get(0).dataType()).elementType();
    // a call without arguments: each row is TRUE, and the aggregator reads an empty Row
    boolean noArguments = !(element instanceof StructType) && input.isStruct();
    if (element instanceof StructType struct) {
      input = UdfPackets.boundTo(input, struct);
    } else if (noArguments) {
      input = AgnosticEncoders.BoxedBooleanEncoder$.MODULE$;
    }
    AgnosticEncoder<?> groups = UdfPackets.tuple(List.of(new AgnosticEncoders.IterableEncoder<>(
        scala.reflect.ClassTag$.MODULE$.apply(scala.collection.immutable.Seq.class), input, true, false)));
    // one flat input (not a struct of several): read straight from the list's elements
    DataType flatInput = !noArguments && !(element instanceof StructType) && FlatValues.handles(input, element)
        ? element : null;
    return new Prepared(aggregator, groups, UdfPackets.tuple(List.of(UdfPackets.boxed(packet.outputEncoder()))),
        noArguments, flatInput);
  }

  private static scala.collection.Iterable<Object> emptyRows(scala.collection.Iterable<Object> values) {
    List<Object> rows = new java.util.ArrayList<>();
    if (values != null) {
      values.foreach(value -> rows.add(org.apache.spark.sql.Row$.MODULE$.empty()));
    }
    return scala.jdk.javaapi.CollectionConverters.asScala(rows);
  }

  private static Object aggregate(Aggregator<Object, Object, Object> aggregator,
      scala.collection.Iterable<Object> values) {
    Object buffer = aggregator.zero();
    if (values != null) {
      scala.collection.Iterator<Object> each = values.iterator();
      while (each.hasNext()) {
        buffer = aggregator.reduce(buffer, each.next());
      }
    }
    return aggregator.finish(buffer);
  }
}
