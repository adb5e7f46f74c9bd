package dev.ember.connect;

import dev.ember.engine.python.EvalTypes;
import dev.ember.engine.python.PythonAggregateCalls;
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
 * A Python UDF the client sent ({@code @udf}, {@code @pandas_udf} / {@code @arrow_udf} of a scalar or scalar iterator
 * type): evaluated a batch at a time by PySpark's worker ({@link PythonScalarCalls}), its arguments taken as they come,
 * as Spark hands a Python UDF its arguments; a grouped aggregate pandas UDF, once per group
 * ({@link PythonAggregateCalls}).
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
    List<String> keywords = function.getArgumentsList().stream().map(argument -> argument.hasNamedArgumentExpression()
        ? argument.getNamedArgumentExpression().getKey() : "").toList();
    var udf = function.getPythonUdf();
    int evalType = udf.getEvalType();
    if (!EvalTypes.scalar(evalType) && !EvalTypes.groupedAggregate(evalType)) {
      throw dev.ember.plan.errors.SparkErrors.unsupportedCall("udf", "PythonUDF",
          "Ember does not run Python UDFs of eval type " + evalType + " yet.");
    }
    return new PythonUserFunction(function.getFunctionName().isEmpty() ? "UDF" : function.getFunctionName(),
        pythonFunction(function, keywords), function.getDeterministic());
  }

  /** The Python function {@code function} holds, run by the Python the server was given ({@code PYSPARK_PYTHON}). */
  static PythonFunction pythonFunction(CommonInlineUserDefinedFunction function, List<String> keywords) {
    var udf = function.getPythonUdf();
    return new PythonFunction(PythonWorkers.defaultPython(), udf.getPythonVer(), udf.getEvalType(),
        udf.getCommand().toByteArray(), DataTypes.fromProto(udf.getOutputType()), keywords);
  }

  @Override
  public String name() {
    return name;
  }

  /** {@code f(a, b => c)}: an argument given by name is named {@code name => argument}, as Spark names it. */
  @Override
  public String columnName(List<String> argumentNames, UserCodeContext context) {
    List<String> names = new java.util.ArrayList<>();
    for (int i = 0; i < argumentNames.size(); i++) {
      String keyword = function.keyword(i);
      names.add(keyword.isEmpty() ? argumentNames.get(i) : keyword + " => " + argumentNames.get(i));
    }
    return name + "(" + String.join(", ", names) + ")";
  }

  /** The arguments of a call, the value of each one given by name. */
  static List<org.apache.spark.connect.proto.Expression> argumentValues(CommonInlineUserDefinedFunction function) {
    return function.getArgumentsList().stream().map(argument -> argument.hasNamedArgumentExpression()
        ? argument.getNamedArgumentExpression().getValue() : argument).toList();
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

  /** A grouped aggregate (pandas or Arrow) UDF is called once per group, with the list of the group's arguments. */
  @Override
  public boolean aggregates() {
    return EvalTypes.groupedAggregate(function.evalType());
  }

  /** A grouped aggregate runs as Spark's AggregateInPandasExec: its groups in the order of Spark's shuffle and sort. */
  @Override
  public boolean sortsGroups() {
    return aggregates();
  }

  /**
   * A scalar UDF runs as Spark runs it over a partition: {@link #BATCHES_PER_TASK} batches of 10,000 rows to a task
   * (a worker's call, whose costs — the function unpickled, the worker's setup — they share), one task per core at
   * once (Spark's local[*]: a partition per core); a grouped aggregate, a group a call.
   */
  @Override
  public Tasks tasks() {
    return aggregates() ? Tasks.ONE_BATCH : new Tasks(BATCHES_PER_TASK, Runtime.getRuntime().availableProcessors());
  }

  /** Batches of a scalar UDF's task: 50 of 10,000 rows (Spark's spark.sql.execution.arrow.maxRecordsPerBatch). */
  static final int BATCHES_PER_TASK = 50;

  @Override
  public List<byte[]> evaluateBatches(List<byte[]> batches, StructType argumentSchema, UserCodeContext context) {
    return aggregates() ? ScalarUserFunction.super.evaluateBatches(batches, argumentSchema, context)
        : PythonScalarCalls.evaluateBatches(function, batches, argumentSchema, context);
  }

  @Override
  public byte[] evaluate(byte[] arguments, StructType argumentSchema, UserCodeContext context) {
    return aggregates() ? PythonAggregateCalls.evaluate(function, arguments, argumentSchema, context)
        : PythonScalarCalls.evaluate(function, arguments, argumentSchema, context);
  }
}
