package dev.ember.sql;

import dev.ember.plan.command.DeclareVariable;
import dev.ember.plan.command.DropVariable;
import dev.ember.plan.command.SetVariable;
import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import dev.ember.plan.expressions.Alias;
import dev.ember.plan.expressions.Expression;
import dev.ember.plan.logical.LogicalPlan;
import dev.ember.plan.logical.Project;
import dev.ember.plan.types.DataType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.sql.catalyst.parser.SqlBaseParser;

/**
 * Session variable statements: DECLARE, SET VARIABLE (assignments or a query), DROP TEMPORARY VARIABLE, and EXECUTE
 * IMMEDIATE, whose text is often a variable.
 */
final class SqlVariables {
  private final ExpressionBuilder expressions;
  private final QueryBuilder queries;

  SqlVariables(ExpressionBuilder expressions, QueryBuilder queries) {
    this.expressions = expressions;
    this.queries = queries;
  }

  DeclareVariable declare(SqlBaseParser.CreateVariableContext declare) {
    Optional<DataType> type = Optional.ofNullable(declare.dataType()).map(expressions::dataType);
    Optional<Expression> value = Optional.ofNullable(declare.variableDefaultExpression())
        .map(defaultValue -> expressions.expression(defaultValue.expression()));
    if (type.isEmpty() && value.isEmpty()) {
      throw new EmberException(ErrorKind.PARSE, "INVALID_SQL_SYNTAX.VARIABLE_TYPE_OR_DEFAULT_REQUIRED", "42000",
          "Invalid SQL syntax: The definition of a SQL variable requires either a datatype or a DEFAULT clause.\n"
              + "For example, use `DECLARE name STRING` or `DECLARE name = 'SQL'` instead of `DECLARE name`.",
          Map.of());
    }
    List<List<String>> names = declare.identifierReference().stream().map(this::nameParts).toList();
    return new DeclareVariable(names, type, value, declare.REPLACE() != null);
  }

  DropVariable drop(SqlBaseParser.DropVariableContext drop) {
    return new DropVariable(nameParts(drop.identifierReference()), drop.EXISTS() != null);
  }

  SetVariable set(SqlBaseParser.SetVariableContext set) {
    return set(set.assignmentList(), set.multipartIdentifierList(), set.query());
  }

  /** {@code SET [VAR] a = x, b = y} or {@code SET [VAR] (a, b) = (query)}: in a statement or a SQL script. */
  SetVariable set(SqlBaseParser.AssignmentListContext assignments, SqlBaseParser.MultipartIdentifierListContext names,
      SqlBaseParser.QueryContext query) {
    if (assignments == null) {
      List<List<String>> targets = names.multipartIdentifier().stream().map(SqlVariables::parts).toList();
      return new SetVariable(targets, queries.query(query));
    }
    List<List<String>> targets = new ArrayList<>();
    List<Expression> values = new ArrayList<>();
    for (SqlBaseParser.AssignmentContext assignment : assignments.assignment()) {
      targets.add(parts(assignment.key));
      values.add(new Alias(expressions.expression(assignment.value), "value" + values.size()));
    }
    LogicalPlan source = new Project(RelationBuilder.oneRow(), values);
    return new SetVariable(targets, source);
  }

  SqlStatement.ExecuteImmediate executeImmediate(SqlBaseParser.ExecuteImmediateContext execute) {
    List<Expression> arguments = execute.executeImmediateUsing() == null ? List.of()
        : execute.executeImmediateUsing().params.namedExpression().stream().map(expressions::named).toList();
    List<List<String>> into = execute.targetVariable == null ? List.of()
        : execute.targetVariable.multipartIdentifier().stream().map(SqlVariables::parts).toList();
    return new SqlStatement.ExecuteImmediate(expressions.expression(execute.queryParam), arguments, into);
  }

  static List<String> parts(SqlBaseParser.MultipartIdentifierContext identifier) {
    return identifier.errorCapturingIdentifier().stream().map(part -> part.identifier().getText()).toList();
  }

  private List<String> nameParts(SqlBaseParser.IdentifierReferenceContext reference) {
    return SqlIdentifierClause.nameParts(expressions, reference);
  }
}
