package dev.ember.connect;

import dev.ember.plan.expressions.Expression;
import dev.ember.plan.expressions.UnresolvedStar;
import dev.ember.plan.expressions.UserFunctionCall;
import dev.ember.plan.types.DataType;
import dev.ember.plan.types.StructField;
import dev.ember.plan.types.StructType;
import java.util.List;
import org.apache.spark.connect.proto.CommonInlineUserDefinedFunction;

/** The user code a client sends, as Ember's plan holds it: Scala/Java UDFs and the functions of typed operators. */
final class UserFunctions {
  private UserFunctions() {
  }

  /** {@code udf.apply(...)}; a typed {@code filter} is a call over {@code *} reading each row whole. */
  static Expression call(org.apache.spark.connect.proto.Expression expression) {
    CommonInlineUserDefinedFunction function = expression.getCommonInlineUserDefinedFunction();
    if (function.hasPythonUdf()) {
      return new UserFunctionCall(PythonUserFunction.of(function),
          ExpressionTranslator.translateAll(PythonUserFunction.argumentValues(function)));
    }
    if (!function.hasScalarScalaUdf()) {
      throw UnsupportedApi.expression(expression.getExprTypeCase());
    }
    var udf = function.getScalarScalaUdf();
    List<Expression> arguments = ExpressionTranslator.translateAll(function.getArgumentsList());
    List<DataType> inputTypes = udf.getInputTypesList().stream().map(DataTypes::fromProto).toList();
    if (udf.getAggregate()) {
      return new UserFunctionCall(aggregator(udf, name(function), false, function.getFunctionName().isEmpty()
          ? ScalaAggregatorFunction.Naming.UDAF : ScalaAggregatorFunction.Naming.CALLED), arguments,
          function.getIsDistinct());
    }
    boolean overStar = arguments.size() == 1 && arguments.get(0) instanceof UnresolvedStar;
    boolean wholeRow = overStar && inputTypes.size() == 1 && inputTypes.get(0) instanceof StructType;
    ScalaUserFunction scala = new ScalaUserFunction(udf.getPayload(), name(function),
        DataTypes.fromProto(udf.getOutputType()), udf.getNullable(), function.getDeterministic(), inputTypes,
        wholeRow);
    // an unnamed function over * is a typed filter's (Spark's server plans it as a TypedFilter)
    return new UserFunctionCall(overStar && function.getFunctionName().isEmpty() ? scala.asTypedFilter() : scala,
        arguments);
  }

  /** {@code spark.udf.register(name, udf)}: the session's function of that name, callable from SQL. */
  static void register(dev.ember.engine.EngineSession session, CommonInlineUserDefinedFunction function) {
    if (function.hasJavaUdf() && !function.getJavaUdf().getAggregate() && function.getJavaUdf().hasOutputType()) {
      session.sqlFunctions().register(function.getFunctionName(), ScalaUserFunction.javaClass(
          function.getJavaUdf().getClassName(), function.getFunctionName(),
          DataTypes.fromProto(function.getJavaUdf().getOutputType())));
      return;
    }
    if (function.hasJavaUdf() && function.getJavaUdf().getAggregate()) {
      // PySpark's spark.udf.registerJavaUDAF(name, className): a UserDefinedAggregateFunction class, loaded now
      session.sqlFunctions().register(function.getFunctionName(), UserDefinedAggregates.registered(
          function.getFunctionName(), function.getJavaUdf().getClassName(), session.userClassLoader()));
      return;
    }
    if (function.hasPythonUdf()) {
      session.sqlFunctions().register(function.getFunctionName(), PythonUserFunction.of(function));
      return;
    }
    if (!function.hasScalarScalaUdf()) {
      throw UnsupportedApi.command(org.apache.spark.connect.proto.Command.CommandTypeCase.REGISTER_FUNCTION);
    }
    var udf = function.getScalarScalaUdf();
    if (udf.getAggregate()) {
      session.sqlFunctions().register(function.getFunctionName(),
          aggregator(udf, function.getFunctionName(), false, ScalaAggregatorFunction.Naming.CALLED));
      return;
    }
    session.sqlFunctions().register(function.getFunctionName(), new ScalaUserFunction(udf.getPayload(),
        function.getFunctionName(), DataTypes.fromProto(udf.getOutputType()), udf.getNullable(),
        function.getDeterministic(), udf.getInputTypesList().stream().map(DataTypes::fromProto).toList(), false));
  }

  /** {@code Aggregator.toColumn} on a typed Dataset: the aggregator over each whole row. */
  static Expression typedAggregate(org.apache.spark.connect.proto.TypedAggregateExpression typed) {
    return new UserFunctionCall(aggregator(typed.getScalarScalaUdf(), "aggregator", false,
        ScalaAggregatorFunction.Naming.TYPED_COLUMN),
        List.of(new UnresolvedStar(List.of(), java.util.OptionalLong.empty())));
  }

  /** {@code Dataset.reduce(f)}: Spark's ReduceAggregator of the function over each whole row. */
  static Expression reduce(org.apache.spark.connect.proto.Expression function) {
    var udf = function.getCommonInlineUserDefinedFunction().getScalarScalaUdf();
    return new UserFunctionCall(aggregator(udf, "reduce", true, ScalaAggregatorFunction.Naming.CALLED),
        List.of(new UnresolvedStar(List.of(), java.util.OptionalLong.empty())));
  }

  private static ScalaAggregatorFunction aggregator(org.apache.spark.connect.proto.ScalarScalaUDF udf, String name,
      boolean reduce, ScalaAggregatorFunction.Naming naming) {
    DataType output = DataTypes.fromProto(udf.getOutputType());
    List<DataType> inputTypes = udf.getInputTypesList().stream().map(DataTypes::fromProto).toList();
    return new ScalaAggregatorFunction(udf.getPayload(), name, output, udf.getNullable(),
        reduce ? List.of(output) : inputTypes, reduce, naming);
  }

  /** The function of {@code mapPartitions} (and of {@code map}, {@code flatMap}, which the client sends as it). */
  static ScalaPartitionFunction partitions(CommonInlineUserDefinedFunction function) {
    var udf = function.getScalarScalaUdf();
    DataType output = DataTypes.fromProto(udf.getOutputType());
    StructType schema = output instanceof StructType struct ? struct
        : new StructType(List.of(new StructField("value", output, udf.getNullable())));
    return new ScalaPartitionFunction(udf.getPayload(), name(function), schema);
  }

  private static String name(CommonInlineUserDefinedFunction function) {
    return function.getFunctionName().isEmpty() ? "UDF" : function.getFunctionName();
  }
}
