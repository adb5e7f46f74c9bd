package dev.ember.connect;

import dev.ember.engine.python.PythonFunction;
import dev.ember.engine.python.PythonTableUserFunction;
import dev.ember.engine.python.PythonWorkers;
import dev.ember.plan.expressions.Expression;
import dev.ember.plan.expressions.NamedArguments;
import dev.ember.plan.expressions.SortOrder;
import dev.ember.plan.logical.LogicalPlan;
import dev.ember.plan.logical.ReferencedRelation;
import dev.ember.plan.logical.TableArgument;
import dev.ember.plan.logical.TableFunctionCall;
import dev.ember.plan.types.StructType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.apache.spark.connect.proto.CommonInlineUserDefinedTableFunction;
import org.apache.spark.connect.proto.SubqueryExpression;

/**
 * Python UDTFs the client sends: {@code MyUdtf(lit(1), df.asTable())} (a {@code CommonInlineUserDefinedTableFunction}
 * relation) and {@code spark.udtf.register(name, MyUdtf)}, callable from SQL then.
 */
final class PythonTableFunctions {
  private PythonTableFunctions() {
  }

  static PythonTableUserFunction function(CommonInlineUserDefinedTableFunction udtf) {
    var python = udtf.getPythonUdtf();
    Optional<StructType> returnType = python.hasReturnType()
        ? Optional.of(asStruct(python.getReturnType().hasUnparsed()
            ? DataTypes.parseDdlString(python.getReturnType().getUnparsed().getDataTypeString())
            : DataTypes.fromProto(python.getReturnType()))) : Optional.empty();
    PythonFunction function = new PythonFunction(PythonWorkers.defaultPython(), python.getPythonVer(),
        python.getEvalType(), python.getCommand().toByteArray(), returnType.orElse(null), List.of());
    return new PythonTableUserFunction(udtf.getFunctionName(), function, returnType,
        json -> asStruct(DataTypes.parseDataType(json)));
  }

  /** {@code MyUdtf(...)}: the call, its table argument ({@code df.asTable()}) the plan the client refers to. */
  static LogicalPlan call(CommonInlineUserDefinedTableFunction udtf) {
    List<Expression> arguments = new ArrayList<>();
    Optional<TableArgument> table = Optional.empty();
    int tablePosition = -1;
    for (int i = 0; i < udtf.getArgumentsCount(); i++) {
      var argument = udtf.getArguments(i);
      String keyword = "";
      if (argument.hasNamedArgumentExpression()) {
        keyword = argument.getNamedArgumentExpression().getKey();
        argument = argument.getNamedArgumentExpression().getValue();
      }
      if (argument.hasSubqueryExpression() && argument.getSubqueryExpression().getSubqueryType()
          == SubqueryExpression.SubqueryType.SUBQUERY_TYPE_TABLE_ARG) {
        if (table.isPresent()) {
          throw UnsupportedApi.named("UserDefinedTableFunction.apply with two table arguments");
        }
        var options = argument.getSubqueryExpression().getTableArgOptions();
        List<SortOrder> orders = options.getOrderSpecList().stream().map(ExpressionTranslator::sortOrder).toList();
        table = Optional.of(new TableArgument(new ReferencedRelation(argument.getSubqueryExpression().getPlanId()),
            ExpressionTranslator.translateAll(options.getPartitionSpecList()), orders, keyword,
            options.getWithSinglePartition()));
        tablePosition = i;
        continue;
      }
      Expression value = ExpressionTranslator.translate(argument);
      arguments.add(keyword.isEmpty() ? value : NamedArguments.of(keyword, value));
    }
    return new TableFunctionCall(udtf.getFunctionName(), Optional.of(function(udtf)), arguments, table,
        tablePosition);
  }

  /** {@code spark.udtf.register(name, udtf)}. */
  static void register(dev.ember.engine.EngineSession session, CommonInlineUserDefinedTableFunction udtf) {
    session.sqlFunctions().register(udtf.getFunctionName(), function(udtf));
  }

  private static StructType asStruct(dev.ember.plan.types.DataType type) {
    if (type instanceof StructType struct) {
      return struct;
    }
    // PySpark makes a DDL string of one column a struct already; anything else is Spark's server's InvalidPlanInput,
    // which reaches the client without an error class
    throw dev.ember.plan.errors.EmberException.withoutErrorClass(dev.ember.plan.errors.ErrorKind.JAVA_ILLEGAL_ARGUMENT,
        "Invalid Python user-defined table function return type. Expect a struct type, but got "
            + type.simpleString() + ".");
  }
}
