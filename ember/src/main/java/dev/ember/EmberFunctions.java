package dev.ember;

import java.util.ArrayList;
import java.util.List;
import org.apache.spark.connect.proto.Expression;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.connect.ColumnNodeToProtoConverter;
import org.apache.spark.sql.connect.common.DataTypeProtoConverter;
import org.apache.spark.sql.internal.UnresolvedNamedLambdaVariable;
import org.apache.spark.sql.types.DataType;

/**
 * Functions an application embedding Ember registers on a session of its own, beyond what a Spark Connect client can:
 * a function given as a builder, as Spark's {@code FunctionRegistry.createOrReplaceTempFunction(name, builder)}
 * takes one (Spark's own SQL tests register their test UDFs so). A call of the function resolves its arguments, then
 * stands for the column the builder makes of them, knowing their types: {@code udf(a)} may be
 * {@code myUdf.apply(a.cast("string")).cast(typeOfA)}. User code in that column (a {@code functions.udf}) runs as any
 * UDF does; the casts the builder adds are its own, so the call's column is named without them ({@code udf(a)}).
 */
public final class EmberFunctions {
  private EmberFunctions() {
  }

  /** A function builder: the column a call stands for, over its (resolved) arguments of these types. */
  @FunctionalInterface
  public interface ColumnBuilder {
    Column build(List<Column> arguments, List<DataType> argumentTypes);
  }

  /**
   * Registers {@code name} in {@code session} (replacing a temporary function of that name); a session of an embedded
   * Ember ({@link Ember#builder()}) only.
   */
  public static void register(SparkSession session, String name, ColumnBuilder builder) {
    if (!(session instanceof org.apache.spark.sql.connect.SparkSession connect)) {
      throw new IllegalArgumentException("not a session of an embedded Ember: " + session);
    }
    Ember.started().service().registerFunctionBuilder(connect.client().userId(), connect.sessionId(), name,
        new dev.ember.connect.ProtoFunctionBuilder(types -> lambda(builder, types)));
  }

  /** The builder's column for arguments of these types, as a Connect lambda function of the arguments. */
  private static Expression lambda(ColumnBuilder builder, List<org.apache.spark.connect.proto.DataType> types) {
    List<UnresolvedNamedLambdaVariable> variables = new ArrayList<>();
    List<Column> arguments = new ArrayList<>();
    List<DataType> argumentTypes = new ArrayList<>();
    for (org.apache.spark.connect.proto.DataType type : types) {
      UnresolvedNamedLambdaVariable variable = UnresolvedNamedLambdaVariable.apply("argument");
      variables.add(variable);
      arguments.add(new Column(variable));
      argumentTypes.add(DataTypeProtoConverter.toCatalystType(type));
    }
    Expression body = ColumnNodeToProtoConverter.toExpr(builder.build(List.copyOf(arguments),
        List.copyOf(argumentTypes)));
    Expression.LambdaFunction.Builder lambda = Expression.LambdaFunction.newBuilder().setFunction(body);
    variables.forEach(variable -> lambda.addArguments(
        Expression.UnresolvedNamedLambdaVariable.newBuilder().addNameParts(variable.name())));
    return Expression.newBuilder().setLambdaFunction(lambda).build();
  }
}
