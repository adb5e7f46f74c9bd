package dev.ember.sql;

import dev.ember.plan.command.ScriptStatement;
import dev.ember.plan.command.ScriptStatement.HandlerCondition;
import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import dev.ember.plan.expressions.Expression;
import dev.ember.plan.expressions.UnresolvedFunction;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.function.Supplier;
import org.apache.spark.sql.catalyst.parser.SqlBaseParser;

/**
 * A SQL script ({@code BEGIN ... END}) read as Spark's AstBuilder reads compound statements: each statement of a body
 * built as a single statement is, SET of a local variable as SET VARIABLE, CASE statements as IF branches; LEAVE and
 * ITERATE must name a surrounding label (ITERATE a loop's), and CONTINUE handlers are refused, as in Spark 4.2.
 */
final class SqlScriptBuilder {
  private final StatementBuilder statements;
  private final ExpressionBuilder expressions;
  private final QueryBuilder queries;
  private final SqlVariables variables;
  /** The labels of the enclosing blocks and loops, innermost first, each with whether it labels a loop. */
  private final Deque<Map.Entry<String, Boolean>> labels = new ArrayDeque<>();

  SqlScriptBuilder(StatementBuilder statements, ExpressionBuilder expressions) {
    this.statements = statements;
    this.expressions = expressions;
    this.queries = new QueryBuilder(expressions);
    this.variables = new SqlVariables(expressions, queries);
  }

  ScriptStatement.Block script(SqlBaseParser.SingleCompoundStatementContext script) {
    return block(Optional.empty(), script.compoundBody());
  }

  private ScriptStatement.Block block(Optional<String> label, SqlBaseParser.CompoundBodyContext body) {
    return labelled(label, false, () -> {
      List<ScriptStatement> steps = new ArrayList<>();
      List<ScriptStatement.Handler> handlers = new ArrayList<>();
      List<SqlBaseParser.CompoundStatementContext> written = body == null ? List.of() : body.compoundStatement();
      for (SqlBaseParser.CompoundStatementContext statement : written) {
        if (statement.declareHandlerStatement() != null) {
          handlers.add(handler(statement.declareHandlerStatement()));
        } else if (statement.declareConditionStatement() == null) {
          // a declared condition is caught by its name, which only SIGNAL raises: nothing to keep
          steps.add(statement(statement));
        }
      }
      return new ScriptStatement.Block(label, steps, handlers);
    });
  }

  /** Builds a block's or loop's parts with its label in scope for their LEAVE and ITERATE statements. */
  private <T> T labelled(Optional<String> label, boolean loop, Supplier<T> parts) {
    label.ifPresent(name -> labels.push(Map.entry(name, loop)));
    try {
      return parts.get();
    } finally {
      label.ifPresent(name -> labels.pop());
    }
  }

  private List<ScriptStatement> body(SqlBaseParser.CompoundBodyContext body) {
    return block(Optional.empty(), body).body();
  }

  private ScriptStatement statement(SqlBaseParser.CompoundStatementContext statement) {
    if (statement.statement() != null) {
      return single(statement.statement());
    }
    if (statement.setStatementInsideSqlScript() instanceof SqlBaseParser.SetVariableInsideSqlScriptContext set) {
      return new ScriptStatement.Run(variables.set(set.assignmentList(), set.multipartIdentifierList(), set.query()));
    }
    if (statement.beginEndCompoundBlock() != null) {
      var block = statement.beginEndCompoundBlock();
      return block(label(block.beginLabel()), block.compoundBody());
    }
    if (statement.ifElseStatement() != null) {
      var branch = statement.ifElseStatement();
      return new ScriptStatement.If(branch.booleanExpression().stream().map(expressions::condition).toList(),
          branch.conditionalBodies.stream().map(this::body).toList(),
          branch.elseBody == null ? List.of() : body(branch.elseBody));
    }
    if (statement.caseStatement() instanceof SqlBaseParser.SearchedCaseStatementContext searched) {
      return new ScriptStatement.If(searched.conditions.stream().map(expressions::condition).toList(),
          searched.conditionalBodies.stream().map(this::body).toList(),
          searched.elseBody == null ? List.of() : body(searched.elseBody));
    }
    if (statement.caseStatement() instanceof SqlBaseParser.SimpleCaseStatementContext simple) {
      Expression value = expressions.expression(simple.caseVariable);
      List<Expression> conditions = simple.conditionExpressions.stream().<Expression>map(candidate ->
          new UnresolvedFunction("==", List.of(value, expressions.expression(candidate)), false)).toList();
      return new ScriptStatement.If(conditions, simple.conditionalBodies.stream().map(this::body).toList(),
          simple.elseBody == null ? List.of() : body(simple.elseBody));
    }
    return loopOrJump(statement);
  }

  private ScriptStatement single(SqlBaseParser.StatementContext statement) {
    SqlStatement single = statements.statement(statement);
    if (single instanceof SqlStatement.Query query) {
      return new ScriptStatement.Query(query.plan());
    }
    if (single instanceof SqlStatement.Run run) {
      return new ScriptStatement.Run(run.command());
    }
    throw ExpressionBuilder.unsupported("EXECUTE IMMEDIATE in a SQL script");
  }

  private ScriptStatement loopOrJump(SqlBaseParser.CompoundStatementContext statement) {
    if (statement.whileStatement() != null) {
      var loop = statement.whileStatement();
      Optional<String> label = label(loop.beginLabel());
      return new ScriptStatement.Loop(label, ScriptStatement.Loop.Kind.WHILE,
          Optional.of(expressions.condition(loop.booleanExpression())), loopBody(label, loop.compoundBody()));
    }
    if (statement.repeatStatement() != null) {
      var loop = statement.repeatStatement();
      Optional<String> label = label(loop.beginLabel());
      return new ScriptStatement.Loop(label, ScriptStatement.Loop.Kind.REPEAT,
          Optional.of(expressions.condition(loop.booleanExpression())), loopBody(label, loop.compoundBody()));
    }
    if (statement.loopStatement() != null) {
      var loop = statement.loopStatement();
      Optional<String> label = label(loop.beginLabel());
      return new ScriptStatement.Loop(label, ScriptStatement.Loop.Kind.LOOP, Optional.empty(),
          loopBody(label, loop.compoundBody()));
    }
    if (statement.forStatement() != null) {
      var loop = statement.forStatement();
      Optional<String> label = label(loop.beginLabel());
      return new ScriptStatement.For(label, Optional.ofNullable(loop.strictIdentifier()).map(name -> name.getText()),
          queries.query(loop.query()), loopBody(label, loop.compoundBody()));
    }
    if (statement.leaveStatement() != null) {
      return jump(statement.leaveStatement().strictIdentifier().getText(), false);
    }
    if (statement.iterateStatement() != null) {
      return jump(statement.iterateStatement().strictIdentifier().getText(), true);
    }
    throw ExpressionBuilder.unsupported(expressions.source(statement));
  }

  private List<ScriptStatement> loopBody(Optional<String> label, SqlBaseParser.CompoundBodyContext body) {
    return labelled(label, true, () -> body(body));
  }

  /** LEAVE or ITERATE: Spark's INVALID_LABEL_USAGE for a label no surrounding block or loop has. */
  private ScriptStatement.Jump jump(String written, boolean iterate) {
    String label = lower(written);
    Optional<Map.Entry<String, Boolean>> target = labels.stream().filter(entry -> entry.getKey().equals(label))
        .findFirst();
    if (target.isEmpty()) {
      throw invalidLabel("DOES_NOT_EXIST", written, "Label was used in the " + (iterate ? "ITERATE" : "LEAVE")
          + " statement, but the label does not belong to any surrounding block.", iterate);
    }
    if (iterate && !target.get().getValue()) {
      throw invalidLabel("ITERATE_IN_COMPOUND", written,
          "ITERATE statement cannot be used with a label that belongs to a compound (BEGIN...END) body.", iterate);
    }
    return new ScriptStatement.Jump(label, iterate);
  }

  private static EmberException invalidLabel(String kind, String label, String detail, boolean iterate) {
    String name = label.toUpperCase(Locale.ROOT);
    Map<String, String> parameters = kind.equals("DOES_NOT_EXIST")
        ? Map.of("labelName", name, "statementType", iterate ? "ITERATE" : "LEAVE") : Map.of("labelName", name);
    return new EmberException(ErrorKind.SPARK, "INVALID_LABEL_USAGE." + kind, "42K0L",
        "The usage of the label " + name + " is invalid. " + detail, parameters);
  }

  private ScriptStatement.Handler handler(SqlBaseParser.DeclareHandlerStatementContext handler) {
    if (handler.CONTINUE() != null) {
      throw new EmberException(ErrorKind.SPARK, "UNSUPPORTED_FEATURE.CONTINUE_EXCEPTION_HANDLER", "0A000",
          "The feature is not supported: CONTINUE exception handler is not supported. Use EXIT handler.", Map.of());
    }
    List<HandlerCondition> caught = handler.conditionValues().conditionValue().stream().map(this::condition).toList();
    ScriptStatement.Block body;
    if (handler.beginEndCompoundBlock() != null) {
      body = block(label(handler.beginEndCompoundBlock().beginLabel()), handler.beginEndCompoundBlock().compoundBody());
    } else if (handler.statement() != null) {
      body = new ScriptStatement.Block(Optional.empty(), List.of(single(handler.statement())), List.of());
    } else {
      var set = (SqlBaseParser.SetVariableInsideSqlScriptContext) handler.setStatementInsideSqlScript();
      body = new ScriptStatement.Block(Optional.empty(), List.of(new ScriptStatement.Run(
          variables.set(set.assignmentList(), set.multipartIdentifierList(), set.query()))), List.of());
    }
    return new ScriptStatement.Handler(caught, body);
  }

  private HandlerCondition condition(SqlBaseParser.ConditionValueContext condition) {
    if (condition.SQLEXCEPTION() != null) {
      return new HandlerCondition(HandlerCondition.Kind.SQL_EXCEPTION, "");
    }
    if (condition.NOT() != null && condition.FOUND() != null) {
      return new HandlerCondition(HandlerCondition.Kind.NOT_FOUND, "");
    }
    if (condition.sqlStateValue() != null) {
      return new HandlerCondition(HandlerCondition.Kind.SQLSTATE,
          SqlLiterals.string(condition.sqlStateValue().stringLit()));
    }
    return new HandlerCondition(HandlerCondition.Kind.CONDITION,
        condition.multipartIdentifier().getText().toUpperCase(Locale.ROOT));
  }

  private static Optional<String> label(SqlBaseParser.BeginLabelContext label) {
    return label == null ? Optional.empty() : Optional.of(lower(label.strictIdentifier().getText()));
  }

  private static String lower(String text) {
    return text.toLowerCase(Locale.ROOT);
  }
}
