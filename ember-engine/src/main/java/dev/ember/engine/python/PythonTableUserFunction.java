package dev.ember.engine.python;

import dev.ember.plan.types.StructType;
import dev.ember.plan.usercode.PartitionFunction;
import dev.ember.plan.usercode.TableUserFunction;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A Python UDTF as the client sends it ({@code @udtf}, {@code udtf(...)}, {@code spark.udtf.register}): its class,
 * cloudpickled, run by PySpark's worker ({@link PythonTableFunction}) with eval type {@code SQL_TABLE_UDF} or, when
 * Arrow-optimized, {@code SQL_ARROW_TABLE_UDF}; its columns the declared return type, else what its static
 * {@code analyze} method answers for a call ({@link PythonUdtfAnalysis}, once per shape of call).
 */
public final class PythonTableUserFunction implements TableUserFunction {
  private final String name;
  private final PythonFunction function;
  private final Optional<StructType> returnType;
  private final java.util.function.Function<String, StructType> schemas;
  private final Map<List<Object>, PythonUdtfAnalysis.Result> analyzed = new ConcurrentHashMap<>();

  /**
   * The UDTF; without a return type, its static {@code analyze} gives its columns for each call, their schema JSON
   * read by {@code schemas}.
   */
  public PythonTableUserFunction(String name, PythonFunction function, Optional<StructType> returnType,
      java.util.function.Function<String, StructType> schemas) {
    this.name = name;
    this.function = function;
    this.returnType = returnType;
    this.schemas = schemas;
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
    return returnType.orElseGet(() -> analysis(arguments, call).schema());
  }

  private PythonUdtfAnalysis.Result analysis(StructType arguments, Call call) {
    return analyzed.computeIfAbsent(List.of(arguments, call),
        key -> PythonUdtfAnalysis.analyze(this, arguments, call, schemas));
  }

  /** Whether the UDTF's {@code analyze} asks for its table argument in one partition ({@code withSinglePartition}). */
  boolean singlePartition(StructType arguments, Call call) {
    return returnType.isEmpty() && analysis(arguments, call).singlePartition();
  }

  /** The pickled {@code AnalyzeResult} of the call, which the worker hands the UDTF's constructor; null for none. */
  byte[] pickledAnalyzeResult(StructType arguments, Call call) {
    return returnType.isPresent() ? null : analysis(arguments, call).pickled();
  }
}
