package dev.ember.engine.python;

import dev.ember.plan.errors.SparkErrors;
import dev.ember.plan.types.StructType;
import dev.ember.plan.usercode.PartitionFunction;
import dev.ember.plan.usercode.TableUserFunction;
import java.util.Optional;

/**
 * A Python UDTF as the client sends it ({@code @udtf}, {@code udtf(...)}, {@code spark.udtf.register}): its class,
 * cloudpickled, run by PySpark's worker ({@link PythonTableFunction}) with eval type {@code SQL_TABLE_UDF} or, when
 * Arrow-optimized, {@code SQL_ARROW_TABLE_UDF}; its columns the declared return type.
 */
public final class PythonTableUserFunction implements TableUserFunction {
  private final String name;
  private final PythonFunction function;
  private final Optional<StructType> returnType;

  public PythonTableUserFunction(String name, PythonFunction function, Optional<StructType> returnType) {
    this.name = name;
    this.function = function;
    this.returnType = returnType;
  }

  @Override
  public String name() {
    return name;
  }

  PythonFunction function() {
    return function;
  }

  @Override
  public PartitionFunction call(Call call) {
    return new PythonTableFunction(this, call);
  }

  /** The function's columns for a call with arguments of {@code arguments}. */
  StructType resultSchema(StructType arguments, Call call) {
    return returnType.orElseThrow(() -> SparkErrors.unsupportedCall("udtf", "UserDefinedTableFunction",
        "Ember does not run the static 'analyze' method of a Python UDTF without a return type yet."));
  }

  /** The pickled {@code AnalyzeResult} of the call, which the worker hands the UDTF's constructor; null for none. */
  byte[] pickledAnalyzeResult(StructType arguments, Call call) {
    return null;
  }
}
