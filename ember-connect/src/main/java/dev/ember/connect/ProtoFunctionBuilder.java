package dev.ember.connect;

import dev.ember.plan.expressions.LambdaFunction;
import dev.ember.plan.types.DataType;
import dev.ember.plan.usercode.FunctionBuilder;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.Function;

/**
 * A function builder written with the Spark Connect client's columns: given the arguments' types (as Connect's
 * {@code DataType} messages) it gives a lambda function (a Connect {@code Expression}) of the arguments, translated as
 * any column a client sends (a UDF in it is user code run as any other). Built once per argument types, so that two
 * calls over arguments of the same types hold the same function (the same column for Spark's semantic equality).
 */
public final class ProtoFunctionBuilder implements FunctionBuilder {
  private final Function<List<org.apache.spark.connect.proto.DataType>, org.apache.spark.connect.proto.Expression> lambdas;
  private final Map<List<DataType>, LambdaFunction> built = new ConcurrentHashMap<>();

  public ProtoFunctionBuilder(
      Function<List<org.apache.spark.connect.proto.DataType>, org.apache.spark.connect.proto.Expression> lambdas) {
    this.lambdas = lambdas;
  }

  @Override
  public LambdaFunction build(List<DataType> argumentTypes) {
    return built.computeIfAbsent(List.copyOf(argumentTypes), types -> {
      org.apache.spark.connect.proto.Expression lambda = lambdas.apply(types.stream().map(DataTypes::toProto).toList());
      if (!(ExpressionTranslator.translate(lambda) instanceof LambdaFunction function)) {
        throw new IllegalArgumentException("a function builder must give a lambda function, not " + lambda);
      }
      return function;
    });
  }
}
