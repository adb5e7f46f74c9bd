package dev.ember.commands;

import dev.ember.engine.EngineSession;
import dev.ember.engine.QueryResult;
import dev.ember.engine.SessionVariables;
import dev.ember.plan.command.DeclareVariable;
import dev.ember.plan.command.ScriptStatement;
import dev.ember.plan.command.SqlScript;
import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import dev.ember.plan.expressions.Expression;
import dev.ember.plan.expressions.Literal;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.StructField;
import dev.ember.plan.types.StructType;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * Runs a SQL script as Spark's SQL scripting does: statements in order, each query's rows kept as the script's result
 * until a later query runs; a block's variables live until the block ends (an outer variable of the same name comes
 * back); conditions are queries of one boolean (NULL counts as false); LEAVE and ITERATE travel out to the block or
 * loop of their label; an error raised in a block runs the handler declared there that names it most closely, and the
 * block ends after the handler; an error no handler names goes on out.
 */
final class ScriptRunner {
  private final EngineSession session;
  private QueryResult result = new QueryResult(new StructType(List.of()), List.of());

  private ScriptRunner(EngineSession session) {
    this.session = session;
  }

  static QueryResult run(EngineSession session, SqlScript script) {
    ScriptRunner runner = new ScriptRunner(session);
    runner.block(script.body());
    return runner.result;
  }

  /** The statements in order; a jump not taken here (LEAVE/ITERATE of an enclosing label) ends them. */
  private Optional<ScriptStatement.Jump> statements(List<ScriptStatement> body, LocalVariables locals) {
    for (ScriptStatement statement : body) {
      Optional<ScriptStatement.Jump> jump = statement(statement, locals);
      if (jump.isPresent()) {
        return jump;
      }
    }
    return Optional.empty();
  }

  private Optional<ScriptStatement.Jump> statement(ScriptStatement statement, LocalVariables locals) {
    if (statement instanceof ScriptStatement.Query query) {
      result = CommandRunner.rows(session, query.plan());
      return Optional.empty();
    }
    if (statement instanceof ScriptStatement.Run run) {
      if (run.command() instanceof DeclareVariable declare) {
        locals.declare(declare);
      } else {
        CommandRunner.run(session, run.command());
      }
      return Optional.empty();
    }
    if (statement instanceof ScriptStatement.Block block) {
      return block(block);
    }
    if (statement instanceof ScriptStatement.If branch) {
      return branch(branch, locals);
    }
    if (statement instanceof ScriptStatement.Loop loop) {
      return loop(loop, locals);
    }
    if (statement instanceof ScriptStatement.For loop) {
      return forEachRow(loop, locals);
    }
    return Optional.of((ScriptStatement.Jump) statement);
  }

  private Optional<ScriptStatement.Jump> block(ScriptStatement.Block block) {
    LocalVariables locals = new LocalVariables(session);
    try {
      Optional<ScriptStatement.Jump> jump = Optional.empty();
      for (int index = 0; index < block.body().size(); index++) {
        try {
          jump = statement(block.body().get(index), locals);
        } catch (RuntimeException error) {
          Optional<ScriptStatement.Handler> handler = ScriptHandlers.matching(block.handlers(), error);
          if (handler.isEmpty()) {
            throw error;
          }
          jump = block(handler.get().body());
          break;
        }
        if (jump.isPresent()) {
          break;
        }
      }
      return jump.isPresent() && !jump.get().iterate() && block.label().equals(Optional.of(jump.get().label()))
          ? Optional.empty() : jump;
    } finally {
      locals.close();
    }
  }

  private Optional<ScriptStatement.Jump> branch(ScriptStatement.If branch, LocalVariables locals) {
    for (int index = 0; index < branch.conditions().size(); index++) {
      if (holds(branch.conditions().get(index))) {
        return statements(branch.branches().get(index), locals);
      }
    }
    return statements(branch.otherwise(), locals);
  }

  private Optional<ScriptStatement.Jump> loop(ScriptStatement.Loop loop, LocalVariables locals) {
    while (loop.kind() != ScriptStatement.Loop.Kind.WHILE || holds(loop.condition().orElseThrow())) {
      Optional<ScriptStatement.Jump> jump = statements(loop.body(), locals);
      if (jump.isPresent() && !loop.label().equals(Optional.of(jump.get().label()))) {
        return jump;
      }
      if (jump.isPresent() && !jump.get().iterate()) {
        return Optional.empty();
      }
      if (loop.kind() == ScriptStatement.Loop.Kind.REPEAT && holds(loop.condition().orElseThrow())) {
        return Optional.empty();
      }
    }
    return Optional.empty();
  }

  /** FOR: each row's columns (and the row, as a struct named by the loop's variable) are variables of the body. */
  private Optional<ScriptStatement.Jump> forEachRow(ScriptStatement.For loop, LocalVariables locals) {
    QueryResult rows = CommandRunner.rows(session, loop.query());
    List<StructField> columns = rows.schema().fields();
    for (Object[] row : rows.rows()) {
      LocalVariables rowVariables = new LocalVariables(session);
      try {
        for (int index = 0; index < columns.size(); index++) {
          rowVariables.put(columns.get(index).name(), new Literal(row[index], columns.get(index).dataType()));
        }
        if (loop.variable().isPresent()) {
          rowVariables.put(loop.variable().get(), new Literal(Arrays.asList(row), rows.schema()));
        }
        Optional<ScriptStatement.Jump> jump = statements(loop.body(), locals);
        if (jump.isPresent() && !loop.label().equals(Optional.of(jump.get().label()))) {
          return jump;
        }
        if (jump.isPresent() && !jump.get().iterate()) {
          return Optional.empty();
        }
      } finally {
        rowVariables.close();
      }
    }
    return Optional.empty();
  }

  /** A condition's value: BOOLEAN (NULL is false), else Spark's INVALID_BOOLEAN_STATEMENT. */
  private boolean holds(Expression condition) {
    Literal value = CommandRunner.evaluate(session, List.of(condition)).get(0);
    if (value.dataType() != AtomicType.BOOLEAN && value.dataType() != AtomicType.NULL) {
      String text = String.valueOf(value.value());
      throw new EmberException(ErrorKind.SPARK, "INVALID_BOOLEAN_STATEMENT", "22546",
          "Boolean statement is expected in the condition, but " + text + " was found.",
          Map.of("invalidStatement", text));
    }
    return Boolean.TRUE.equals(value.value());
  }

  /** The variables one block (or one FOR row) declares, and the variables of those names they hide. */
  private static final class LocalVariables implements AutoCloseable {
    private final EngineSession session;
    private final List<String> names = new ArrayList<>();
    private final List<Optional<SessionVariables.Variable>> hidden = new ArrayList<>();

    LocalVariables(EngineSession session) {
      this.session = session;
    }

    void declare(DeclareVariable declare) {
      for (List<String> name : declare.names()) {
        remember(Variables.unqualified(name));
      }
      CommandRunner.run(session, new DeclareVariable(declare.names(), declare.type(), declare.defaultValue(), true));
    }

    void put(String name, Literal value) {
      remember(name);
      session.variables().put(name, value);
    }

    private void remember(String name) {
      names.add(name);
      hidden.add(session.variables().get(name));
    }

    @Override
    public void close() {
      for (int index = names.size() - 1; index >= 0; index--) {
        session.variables().remove(names.get(index));
        hidden.get(index).ifPresent(variable -> session.variables().restore(variable));
      }
    }
  }
}
