package dev.ember.connect;

import dev.ember.engine.python.EvalTypes;
import dev.ember.engine.python.PythonFunction;
import dev.ember.engine.python.PythonScalarCalls;
import dev.ember.engine.python.PythonWorkers;
import dev.ember.plan.types.DataType;
import dev.ember.plan.types.StructType;
import dev.ember.plan.usercode.ScalarUserFunction;
import dev.ember.plan.usercode.UserCodeContext;
import java.util.List;
import org.apache.spark.connect.proto.CommonInlineUserDefinedFunction;

/**
 * A scalar Python UDF the client sent ({@code @udf}, {@code @pandas_udf} of a scalar or scalar iterator type):
 * evaluated a batch at a time by PySpark's worker ({@link PythonScalarCalls}), its arguments taken as they come, as
 * Spark hands a Python UDF its arguments.
 */
final class PythonUserFunction implements ScalarUserFunction {
  private final String name;
  private final PythonFunction function;
  private final boolean deterministic;

  private PythonUserFunction(String name, PythonFunction function, boolean deterministic) {
    this.name = name;
    this.function = function;
    this.deterministic = deterministic;
  }

  /** The Python UDF of {@code function} (which holds one), named as the client named it. */
  static PythonUserFunction of(CommonInlineUserDefinedFunction function) {
    var udf = function.getPythonUdf();
    int evalType = udf.getEvalType();
    if (evalType != EvalTypes.SQL_BATCHED_UDF && evalType != EvalTypes.SQL_ARROW_BATCHED_UDF
        && evalType != EvalTypes.SQL_SCALAR_PANDAS_UDF && evalType != EvalTypes.SQL_SCALAR_PANDAS_ITER_UDF) {
      throw dev.ember.plan.errors.SparkErrors.unsupportedCall("udf", "PythonUDF",
          "Ember does not run Python UDFs of eval type " + evalType + " yet.");
    }
    return new PythonUserFunction(function.getFunctionName().isEmpty() ? "UDF" : function.getFunctionName(),
        new PythonFunction(PythonWorkers.defaultPython(), udf.getPythonVer(), evalType,
            udf.getCommand().toByteArray(), DataTypes.fromProto(udf.getOutputType())),
        function.getDeterministic());
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public DataType returnType() {
    return function.returnType();
  }

  @Override
  public boolean nullable() {
    return true;
  }

  @Override
  public boolean deterministic() {
    return deterministic;
  }

  @Override
  public List<DataType> inputTypes() {
    return List.of();
  }

  @Override
  public boolean takesWholeRow() {
    return false;
  }

  @Override
  public byte[] evaluate(byte[] arguments, StructType argumentSchema, UserCodeContext context) {
    return PythonScalarCalls.evaluate(function, arguments, argumentSchema, context.timeZone());
  }
}
