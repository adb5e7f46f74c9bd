package dev.ember.connect;

import dev.ember.plan.types.DataType;
import dev.ember.plan.types.StructField;
import dev.ember.plan.types.StructType;
import dev.ember.plan.usercode.RowFunction;
import dev.ember.plan.usercode.RowValues;
import java.util.List;

/**
 * A {@link ScalaUserFunction} of flat values called inside DuckDB's SQL: each thread reads the function anew (as each
 * of Spark's tasks does) and calls it with the values DuckDB gives, as Spark's encoders would hand them (a NULL where
 * it takes a primitive gives NULL without a call); a result of another class fails as Spark's serializer makes it.
 */
final class ScalaRowFunction implements FusableRowFunction {
  private final ScalaUserFunction function;
  private final String name;
  private final StructType arguments;
  private final List<DataType> parameterTypes;
  /** How the function's one object is built of the arguments when it takes a bean; null otherwise. */
  private final FlatBean bean;
  private final ClassLoader loader;

  ScalaRowFunction(ScalaUserFunction function, String name, StructType arguments, FlatBean bean,
      ClassLoader loader) {
    this.function = function;
    this.name = name;
    this.arguments = arguments;
    this.parameterTypes = arguments.fields().stream().map(StructField::dataType).toList();
    this.bean = bean;
    this.loader = loader;
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public List<DataType> parameterTypes() {
    return parameterTypes;
  }

  @Override
  public DataType returnType() {
    return function.returnType();
  }

  @Override
  public boolean deterministic() {
    return function.deterministic();
  }

  @Override
  public ClassLoader classLoader() {
    return loader;
  }

  @Override
  public StructType arguments() {
    return arguments;
  }

  @Override
  public Class<?> beanClass() {
    return bean == null ? null : bean.type();
  }

  @Override
  public Stage newStage() {
    ScalaUserFunction.Loaded code = function.loadFresh(loader, arguments);
    // a whole row's value reaches the function as Spark's deserializer reads it, a NULL as null
    boolean[] primitive = function.takesWholeRow() ? new boolean[0] : code.primitive();
    return new Call(code, primitive);
  }

  /** The function of one instance. */
  private final class Call implements Stage {
    private final ScalaUserFunction.Loaded code;
    private final boolean[] primitive;
    private final DataType returnType = function.returnType();

    private Call(ScalaUserFunction.Loaded code, boolean[] primitive) {
      this.code = code;
      this.primitive = primitive;
    }

    /** The bean of a row, in an array of this stage's own (a stage serves one call at a time). */
    private final Object[] called = new Object[1];

    @Override
    public Object[] argumentsOf(Object[] values) {
      return bean == null ? values : new Object[] {build(values)};
    }

    @Override
    public Object[] argumentsOf(RowValues row) {
      if (bean == null) {
        Object[] values = new Object[parameterTypes.size()];
        for (int i = 0; i < values.length; i++) {
          values[i] = row.get(i);
        }
        return values;
      }
      called[0] = build(row);
      return called;
    }

    @Override
    public Object apply(Object[] called) {
      for (int i = 0; i < primitive.length; i++) {
        if (called[i] == null && primitive[i]) {
          return null;
        }
      }
      Object result = function.invoke(code, called);
      try {
        return FlatValues.result(result, returnType);
      } catch (ClassCastException e) {
        throw function.resultFailure(code, e);
      }
    }
  }

  /** The bean of a row read in place, failing as {@link #build(Object[])}. */
  private Object build(RowValues row) {
    try {
      return bean.build(row);
    } catch (RuntimeException e) {
      throw function.readFailure(e);
    } catch (Error e) {
      throw e;
    } catch (Throwable e) {
      throw function.readFailure(new IllegalStateException(e));
    }
  }

  /** The bean of a row: what fails here fails as Spark's deserializer (not the function) fails, unwrapped. */
  private Object build(Object[] values) {
    try {
      return bean.build(values);
    } catch (RuntimeException e) {
      throw function.readFailure(e);
    } catch (Error e) {
      throw e;
    } catch (Throwable e) {
      throw function.readFailure(new IllegalStateException(e));
    }
  }
}
