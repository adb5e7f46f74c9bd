package dev.ember.connect;

import dev.ember.plan.types.DataType;
import dev.ember.plan.types.StructField;
import dev.ember.plan.types.StructType;
import dev.ember.plan.usercode.RowFunction;
import java.util.ArrayList;
import java.util.List;

/**
 * A {@link ScalaUserFunction} of flat values called inside DuckDB's SQL: each thread reads the function anew (as each
 * of Spark's tasks does) and calls it with the values DuckDB gives, as Spark's encoders would hand them (a NULL where
 * it takes a primitive gives NULL without a call); a result of another class fails as Spark's serializer makes it.
 */
final class ScalaRowFunction implements RowFunction {
  private final ScalaUserFunction function;
  private final String name;
  private final List<DataType> parameterTypes;
  private final ClassLoader loader;

  ScalaRowFunction(ScalaUserFunction function, String name, List<DataType> parameterTypes, ClassLoader loader) {
    this.function = function;
    this.name = name;
    this.parameterTypes = List.copyOf(parameterTypes);
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
  public Instance newInstance() {
    List<StructField> fields = new ArrayList<>();
    for (int i = 0; i < parameterTypes.size(); i++) {
      fields.add(new StructField("_" + (i + 1), parameterTypes.get(i), true));
    }
    ScalaUserFunction.Loaded code = function.loadFresh(loader, new StructType(fields));
    boolean[] primitive = code.primitive();
    DataType returnType = function.returnType();
    return arguments -> {
      for (int i = 0; i < arguments.length; i++) {
        if (arguments[i] == null && primitive[i]) {
          return null;
        }
      }
      Object result = function.invoke(code, arguments);
      try {
        return FlatValues.result(result, returnType);
      } catch (ClassCastException e) {
        throw function.resultFailure(code, e);
      }
    };
  }
}
