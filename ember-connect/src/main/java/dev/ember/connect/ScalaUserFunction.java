package dev.ember.connect;

import dev.ember.plan.types.DataType;
import dev.ember.plan.usercode.ScalarUserFunction;
import dev.ember.plan.usercode.UserCodeContext;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.spark.sql.catalyst.encoders.AgnosticEncoder;
import org.apache.spark.sql.catalyst.encoders.AgnosticEncoders;
import org.apache.spark.sql.connect.client.arrow.ArrowDeserializers;
import org.apache.spark.sql.connect.client.arrow.ArrowSerializer;
import org.apache.spark.sql.connect.common.UdfPacket;
import org.apache.spark.sql.util.CloseableIterator;
import org.sparkproject.com.google.protobuf.ByteString;
import org.sparkproject.org.apache.arrow.memory.BufferAllocator;

/**
 * A Scala or Java UDF the client sent ({@code functions.udf}, a typed {@code filter}): its arguments reach the
 * function as Spark's encoders build them from Arrow (so a struct is a {@code Row} or case class, an array a
 * {@code Seq}), as Spark's ScalaUDF passes them; a NULL where the function takes a primitive gives NULL without a
 * call, as Spark's.
 */
final class ScalaUserFunction implements ScalarUserFunction {
  private final UdfPayload payload;
  private final String name;
  private final DataType returnType;
  private final boolean nullable;
  private final boolean deterministic;
  private final List<DataType> inputTypes;
  private final boolean wholeRow;
  /** A Java UDF class registered by name ({@code spark.udf.registerJava}) rather than a function the client sent. */
  private final boolean javaClass;
  /** The function of each row of a {@code Dataset.map}: it fails as the map's partition function fails. */
  private final boolean eachRowOfMap;
  /**
   * The function of a typed operator (a typed filter, a grouping's key function), which Spark calls unwrapped: what it
   * throws fails the job rather than raising a UDF's FAILED_EXECUTE_UDF.
   */
  private final boolean typed;

  /**
   * The function read with one class loader for one argument schema, ready to call: {@code one} is the function
   * when it is a Scala function of one argument called as it is (a Java UDF1 the client wrapped as well), null
   * otherwise (it is called through {@code apply}), decided once rather than per row.
   */
  record Loaded(Object function, Method apply, AgnosticEncoder<?> input, boolean[] primitive,
      AgnosticEncoder<?> output, boolean scalaMapResult, String signature, scala.Function1<Object, Object> one) {
  }

  ScalaUserFunction(ByteString payload, String name, DataType returnType, boolean nullable, boolean deterministic,
      List<DataType> inputTypes, boolean wholeRow) {
    this(UdfPayload.of(payload), false, name, returnType, nullable, deterministic, inputTypes, wholeRow);
  }

  private ScalaUserFunction(UdfPayload payload, boolean javaClass, String name, DataType returnType,
      boolean nullable, boolean deterministic, List<DataType> inputTypes, boolean wholeRow) {
    this(payload, javaClass, false, false, name, returnType, nullable, deterministic, inputTypes, wholeRow);
  }

  private ScalaUserFunction(UdfPayload payload, boolean javaClass, boolean eachRowOfMap, boolean typed, String name,
      DataType returnType, boolean nullable, boolean deterministic, List<DataType> inputTypes, boolean wholeRow) {
    this.eachRowOfMap = eachRowOfMap;
    this.typed = typed || eachRowOfMap;
    this.javaClass = javaClass;
    this.payload = payload;
    this.name = name;
    this.returnType = returnType;
    this.nullable = nullable;
    this.deterministic = deterministic;
    this.inputTypes = List.copyOf(inputTypes);
    this.wholeRow = wholeRow;
  }

  /** {@code spark.udf.registerJava(name, className, returnType)}: an instance of the class, a {@code UDFn}. */
  static ScalaUserFunction javaClass(String className, String name, DataType returnType) {
    return new ScalaUserFunction(UdfPayload.madeBy(List.of(className, name, returnType),
        loader -> javaUdf(className, name, returnType, loader)), true,
        name, returnType, true, true, List.of(), false);
  }

  /** The function of each row of a {@code Dataset.map} (see {@link MapAdaptors}), over the whole row. */
  static ScalaUserFunction eachRowOf(UdfPayload payload, String name, DataType returnType, boolean nullable) {
    return new ScalaUserFunction(payload, false, true, true, name, returnType, nullable, true, List.of(), true);
  }

  /** This function as a typed filter's (a call over {@code *} the client sends unnamed): it fails unwrapped. */
  ScalaUserFunction asTypedFilter() {
    return new ScalaUserFunction(payload, javaClass, eachRowOfMap, true, name, returnType, nullable, deterministic,
        inputTypes, wholeRow);
  }

  /**
   * This key function as a typed grouping's key: a struct key (a case class, tuple or bean) is never NULL there, as
   * Spark's encoder writes the grouping column; it fails unwrapped, as Spark's AppendColumns calls it.
   */
  ScalaUserFunction asGroupingKey() {
    boolean keyNullable = nullable && !(returnType instanceof dev.ember.plan.types.StructType);
    return typed && keyNullable == nullable ? this : new ScalaUserFunction(payload, javaClass, eachRowOfMap, true,
        name, returnType, keyNullable, deterministic, inputTypes, wholeRow);
  }

  @Override
  public String name() {
    return name;
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
    return deterministic;
  }

  @Override
  public List<DataType> inputTypes() {
    return inputTypes;
  }

  @Override
  public boolean takesWholeRow() {
    return wholeRow;
  }

  @Override
  @SuppressWarnings("unchecked")
  public byte[] evaluate(byte[] arguments, dev.ember.plan.types.StructType argumentSchema,
      UserCodeContext context) {
    Loaded code = load(context.classLoader(), argumentSchema);
    ClassLoader previous = Thread.currentThread().getContextClassLoader();
    Thread.currentThread().setContextClassLoader(context.classLoader());
    try (BufferAllocator allocator = UserCodeArrow.allocator()) {
      ArrowSerializer<Object> results = new ArrowSerializer<>((AgnosticEncoder<Object>) code.output(), allocator,
          context.timeZone());
      try {
        return evaluate(code, arguments, results, allocator, context.timeZone());
      } finally {
        results.close();
      }
    } finally {
      Thread.currentThread().setContextClassLoader(previous);
    }
  }

  private byte[] evaluate(Loaded code, byte[] arguments, ArrowSerializer<Object> results, BufferAllocator allocator,
      String timeZone) {
    if (code.input() == null) {
      for (long row = UserCodeArrow.rowCount(arguments, allocator); row > 0; row--) {
        append(code, results, call(code, null));
      }
      return UserCodeArrow.ipcStream(results);
    }
    CloseableIterator<?> rows = ArrowDeserializers.deserializeFromArrow(
        scala.collection.Iterator$.MODULE$.single(arguments), code.input(), allocator, timeZone);
    try {
      while (rows.hasNext()) {
        append(code, results, call(code, rows.next()));
      }
    } finally {
      UserCodeArrow.close(rows);
    }
    return UserCodeArrow.ipcStream(results);
  }

  /**
   * Writes one result: a result the result type cannot hold (another type, a decimal too large) fails the function,
   * as Spark's ScalaUDF converts its result as part of the call.
   */
  private void append(Loaded code, ArrowSerializer<Object> results, Object result) {
    try {
      results.append(new scala.Tuple1<>(result));
    } catch (RuntimeException e) {
      throw UserCodeFailures.failed(name, code.signature(), returnType.simpleString(), e);
    }
  }

  private Object call(Loaded code, Object row) {
    Object[] arguments;
    if (wholeRow) {
      arguments = new Object[] {row};
    } else if (row == null) {
      arguments = new Object[0];
    } else {
      scala.Product tuple = (scala.Product) row;
      arguments = new Object[code.primitive().length];
      for (int i = 0; i < arguments.length; i++) {
        arguments[i] = tuple.productElement(i);
        if (arguments[i] == null && code.primitive()[i]) {
          return null;
        }
      }
    }
    return invoke(code, arguments);
  }

  /** The function's result for these arguments (none NULL where it takes a primitive). */
  @SuppressWarnings("unchecked")
  Object invoke(Loaded code, Object[] arguments) {
    Object result;
    try {
      scala.Function1<Object, Object> one = code.one();
      result = one != null ? one.apply(arguments[0]) : code.apply().invoke(code.function(), arguments);
    } catch (InvocationTargetException e) {
      throw thrown(code, e.getCause());
    } catch (Throwable e) {
      throw thrown(code, e);
    }
    // a Java UDF of a map type may return a java.util.Map, which Spark's ScalaUDF converts as a Scala one
    if (code.scalaMapResult() && result instanceof java.util.Map<?, ?> map) {
      return scala.jdk.javaapi.CollectionConverters.asScala(map);
    }
    // a decimal of another scale is rounded half up to the result type's, as Spark's decimal converter does
    if (returnType instanceof dev.ember.plan.types.DecimalType decimal
        && result instanceof java.math.BigDecimal value && value.scale() != decimal.scale()) {
      return value.setScale(decimal.scale(), java.math.RoundingMode.HALF_UP);
    }
    return result;
  }

  private Loaded load(ClassLoader loader, dev.ember.plan.types.StructType argumentSchema) {
    return payload.derived(loader, argumentSchema, packet -> load(packet, argumentSchema));
  }

  /** The function read anew (an instance of its own) for arguments of {@code argumentSchema}. */
  Loaded loadFresh(ClassLoader loader, dev.ember.plan.types.StructType argumentSchema) {
    return load(payload.fresh(loader), argumentSchema);
  }

  /** Spark's failure for a result the result type cannot hold, as the serializer of results raises it. */
  RuntimeException resultFailure(Loaded code, Throwable e) {
    return eachRowOfMap ? UserCodeFailures.taskFailed(e)
        : UserCodeFailures.failed(name, code.signature(), returnType.simpleString(), e);
  }

  /**
   * What the function threw, as Spark fails with it: a UDF's call is wrapped (ScalaUDF's FAILED_EXECUTE_UDF), a typed
   * filter's or map's function is called by Spark's typed operator unwrapped, so the job fails.
   */
  private RuntimeException thrown(Loaded code, Throwable e) {
    return typed ? UserCodeFailures.taskFailed(e)
        : UserCodeFailures.failed(name, code.signature(), returnType.simpleString(), e);
  }

  /**
   * The failure of reading a row's object (a bean) for the function: as Spark's deserializer throws it, or within a
   * map, as the map's partition function fails.
   */
  RuntimeException readFailure(RuntimeException e) {
    return eachRowOfMap ? UserCodeFailures.taskFailed(e) : e;
  }

  @Override
  public java.util.Optional<dev.ember.plan.usercode.RowFunction> rowFunction(
      dev.ember.plan.types.StructType arguments, UserCodeContext context) {
    ClassLoader loader = context.classLoader();
    List<DataType> argumentTypes = arguments.fields().stream().map(dev.ember.plan.types.StructField::dataType)
        .toList();
    java.util.Optional<FlatBean> bean = java.util.Optional.empty();
    try {
      UdfPacket packet = payload.packet(loader);
      List<AgnosticEncoder<?>> inputs = new ArrayList<>(scala.jdk.javaapi.CollectionConverters.asJava(
          packet.inputEncoders()));
      if (inputs.isEmpty() && !wholeRow) {
        argumentTypes.forEach(type -> inputs.add(UdfPackets.encoderOf(type)));
      }
      if (!FlatValues.handles(packet.outputEncoder(), returnType)) {
        return java.util.Optional.empty();
      }
      if (wholeRow) {
        // the row as one object: a bean of flat fields, or the one flat value of a row of one column
        if (inputs.size() != 1) {
          return java.util.Optional.empty();
        }
        bean = FlatBean.of(inputs.get(0), arguments);
        boolean oneValue = argumentTypes.size() == 1 && FlatValues.handles(inputs.get(0), argumentTypes.get(0));
        if (bean.isEmpty() && !oneValue) {
          return java.util.Optional.empty();
        }
      } else {
        boolean flat = inputs.size() == argumentTypes.size();
        for (int i = 0; flat && i < inputs.size(); i++) {
          flat = FlatValues.handles(inputs.get(i), argumentTypes.get(i));
        }
        if (!flat) {
          return java.util.Optional.empty();
        }
      }
    } catch (RuntimeException e) {
      // (the stage fails as Spark does when the code cannot be read)
      return java.util.Optional.empty();
    }
    FlatBean rows = bean.orElse(null);
    return InlineUserFunctions.named(List.of(payload.identity(), loader, arguments, name, returnType,
        nullable, deterministic, javaClass, eachRowOfMap), functionName -> new ScalaRowFunction(this, functionName, arguments,
        rows, loader));
  }

  @SuppressWarnings("unchecked")
  Loaded load(UdfPacket packet, dev.ember.plan.types.StructType argumentSchema) {
    List<DataType> argumentTypes = argumentSchema.fields().stream().map(dev.ember.plan.types.StructField::dataType)
        .toList();
    List<AgnosticEncoder<?>> inputs = new ArrayList<>(scala.jdk.javaapi.CollectionConverters.asJava(
        packet.inputEncoders()));
    if (inputs.isEmpty() && !wholeRow) {
      // a Java UDF declared with its result type only: Spark passes the arguments as a Row would hold them
      argumentTypes.forEach(type -> inputs.add(UdfPackets.encoderOf(type)));
    }
    boolean[] primitive = new boolean[inputs.size()];
    for (int i = 0; i < inputs.size(); i++) {
      primitive[i] = inputs.get(i).isPrimitive();
    }
    int arity = wholeRow ? 1 : inputs.size();
    Method apply;
    try {
      Class<?>[] parameters = new Class<?>[arity];
      Arrays.fill(parameters, Object.class);
      apply = !javaClass ? Class.forName("scala.Function" + arity).getMethod("apply", parameters)
          : Class.forName("org.apache.spark.sql.api.java.UDF" + arity).getMethod("call", parameters);
    } catch (ReflectiveOperationException e) {
      throw UserCodeFailures.failed(name, "", returnType.simpleString(), e);
    }
    // a function of no arguments is called once per row (input null)
    AgnosticEncoder<?> input;
    if (wholeRow) {
      input = UdfPackets.boundTo(inputs.get(0), argumentSchema);
    } else if (inputs.isEmpty()) {
      input = null;
    } else {
      List<AgnosticEncoder<?>> arguments = new ArrayList<>();
      for (int i = 0; i < inputs.size(); i++) {
        DataType type = i < argumentTypes.size() ? argumentTypes.get(i) : null;
        arguments.add(UdfPackets.boxed(type == null ? inputs.get(i) : UdfPackets.boundTo(inputs.get(i), type)));
      }
      input = UdfPackets.tuple(arguments);
    }
    AgnosticEncoder<?> output = UdfPackets.tuple(List.of(UdfPackets.boxed(packet.outputEncoder())));
    if (!apply.getDeclaringClass().isInstance(packet.function())) {
      throw UserCodeFailures.failed(name, "", returnType.simpleString(), new IllegalArgumentException(
          packet.function().getClass().getName() + " is no " + apply.getDeclaringClass().getName()));
    }
    boolean scalaMapResult = packet.outputEncoder() instanceof AgnosticEncoders.MapEncoder<?, ?, ?> map
        && scala.collection.Map.class.isAssignableFrom(map.clsTag().runtimeClass());
    // a Scala function of one argument (a Java UDF1 the client wrapped as well) is called as it is
    scala.Function1<Object, Object> one = arity == 1 && !javaClass
        && packet.function() instanceof scala.Function1<?, ?> function ? (scala.Function1<Object, Object>) function
        : null;
    return new Loaded(packet.function(), apply, input, primitive, output, scalaMapResult,
        argumentTypes.stream().map(DataType::simpleString).collect(Collectors.joining(", ")), one);
  }

  /** The registered Java UDF class's instance, with the encoders of a Row's values for its arguments. */
  private static UdfPacket javaUdf(String javaClass, String name, DataType returnType, ClassLoader loader) {
    Object function;
    try {
      function = Class.forName(javaClass, true, loader).getDeclaredConstructor().newInstance();
    } catch (ReflectiveOperationException | LinkageError e) {
      throw dev.ember.plan.errors.SparkErrors.cannotLoadFunctionClass(javaClass, "`" + name + "`");
    }
    return new UdfPacket(function, scala.jdk.javaapi.CollectionConverters.asScala(
        List.<AgnosticEncoder<?>>of()).toList(), UdfPackets.encoderOf(returnType));
  }
}
