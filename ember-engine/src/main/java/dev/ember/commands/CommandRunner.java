package dev.ember.commands;

import dev.ember.analyzer.Analyzer;
import dev.ember.engine.EngineSession;
import dev.ember.engine.QueryResult;
import dev.ember.engine.SessionConf;
import dev.ember.plan.command.Command;
import dev.ember.plan.command.CreateTempView;
import dev.ember.plan.command.DeclareVariable;
import dev.ember.plan.command.DescribeQuery;
import dev.ember.plan.command.DropVariable;
import dev.ember.plan.command.DropView;
import dev.ember.plan.command.ResetConf;
import dev.ember.plan.command.SetConf;
import dev.ember.plan.command.SetVariable;
import dev.ember.plan.command.ShowCurrentNamespace;
import dev.ember.plan.command.ShowTables;
import dev.ember.plan.command.UseNamespace;
import dev.ember.plan.errors.SparkErrors;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.StructField;
import dev.ember.plan.types.StructType;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeMap;

/**
 * Runs a session command when the client sends it, as Spark runs its commands eagerly; the answer is the command's
 * output rows (Spark's schema for each command), which the client reads as local data.
 */
public final class CommandRunner {
  /** What {@code SET key} shows for a conf without a value. */
  private static final String UNDEFINED = "<undefined>";

  private CommandRunner() {
  }

  public static QueryResult run(EngineSession session, Command command) {
    if (command instanceof dev.ember.plan.command.SqlScript script) {
      return ScriptRunner.run(session, script);
    }
    if (command instanceof SetConf set) {
      return set(session, set);
    }
    Optional<QueryResult> configuredCatalog = MemoryTables.run(session, command);
    if (configuredCatalog.isPresent()) {
      return configuredCatalog.get();
    }
    if (command instanceof ResetConf reset) {
      if (reset.key().isPresent()) {
        session.unsetConf(reset.key().get());
      } else {
        List.copyOf(session.conf().all().keySet()).forEach(session::unsetConf);
      }
      return nothing();
    }
    if (command instanceof CreateTempView view) {
      TempViews.create(session, view);
      return nothing();
    }
    if (command instanceof DropView drop) {
      TempViews.drop(session, drop);
      return nothing();
    }
    if (command instanceof ShowTables show) {
      return TempViews.show(session, show);
    }
    if (command instanceof dev.ember.plan.command.ShowTableExtended show) {
      return ExtendedTableListings.show(session, show);
    }
    if (command instanceof DeclareVariable declare) {
      Variables.declare(session, declare);
      return nothing();
    }
    if (command instanceof SetVariable setVariable) {
      Variables.set(session, setVariable);
      return nothing();
    }
    if (command instanceof DropVariable dropVariable) {
      Variables.drop(session, dropVariable);
      return nothing();
    }
    if (command instanceof dev.ember.plan.command.SetPath setPath) {
      SqlPaths.set(session, setPath);
      return nothing();
    }
    if (command instanceof dev.ember.plan.command.CreateSqlFunction create) {
      SqlFunctionCommands.create(session, create);
      return nothing();
    }
    if (command instanceof dev.ember.plan.command.RefreshFunction refresh) {
      ClassFunctionCommands.refresh(session, refresh.nameParts());
      return nothing();
    }
    if (command instanceof dev.ember.plan.command.CreateClassFunction create) {
      ClassFunctionCommands.create(session, create);
      return nothing();
    }
    if (command instanceof dev.ember.plan.command.DescribeSqlFunction describe) {
      return ClassFunctionCommands.describe(session, describe.nameParts())
          .orElseGet(() -> SqlFunctionCommands.describe(session, describe));
    }
    if (command instanceof dev.ember.plan.command.DropSqlFunction drop) {
      SqlFunctionCommands.drop(session, drop);
      return nothing();
    }
    if (command instanceof dev.ember.plan.command.CacheTable cache) {
      CachedTables.run(session, cache);
      return nothing();
    }
    if (command instanceof dev.ember.plan.command.WriteFiles write) {
      return FileWrites.run(session, write);
    }
    if (command instanceof ShowCurrentNamespace) {
      return Databases.current(session);
    }
    if (command instanceof dev.ember.plan.command.SetCatalog set) {
      session.catalog().setCurrentCatalog(set.name(), session.conf()::get);
      return nothing();
    }
    if (command instanceof dev.ember.plan.command.ShowFunctions show) {
      return FunctionListings.show(session, show);
    }
    if (command instanceof UseNamespace use) {
      session.catalog().setCurrentDatabase(use.nameParts());
      return nothing();
    }
    if (command instanceof DescribeQuery describe) {
      return describeQuery(session, describe);
    }
    return CatalogCommands.run(session, command);
  }

  private static QueryResult describeQuery(EngineSession session, DescribeQuery describe) {
    StructType schema = Analyzer.schemaOf(new Analyzer(session).analyze(describe.query()));
    List<Object[]> rows = new ArrayList<>();
    for (StructField field : schema.fields()) {
      rows.add(new Object[] {field.name(), field.dataType().simpleString(), null});
    }
    return new QueryResult(new StructType(List.of(new StructField("col_name", AtomicType.STRING, false),
        new StructField("data_type", AtomicType.STRING, false), new StructField("comment", AtomicType.STRING, true))),
        rows);
  }

  /** The values of constant expressions (literals, variables, functions of them), computed now. */
  public static List<dev.ember.plan.expressions.Literal> evaluate(EngineSession session,
      List<dev.ember.plan.expressions.Expression> expressions) {
    return Variables.evaluate(session, expressions, dev.ember.plan.logical.TableValuedFunctions.oneRow(), false);
  }

  /** A query's rows, read now (a statement run by EXECUTE IMMEDIATE answers with them). */
  public static QueryResult rows(EngineSession session, dev.ember.plan.logical.LogicalPlan query) {
    return Variables.rows(session, query);
  }

  private static final String HIVE_VARIABLE = "hivevar:";

  private static QueryResult set(EngineSession session, SetConf set) {
    if (set.key().isEmpty()) {
      List<Object[]> rows = new ArrayList<>();
      new TreeMap<>(session.conf().all()).forEach((key, value) -> rows.add(new Object[] {key, value}));
      return new QueryResult(strings("key", "value"), rows);
    }
    String key = set.key().get();
    if (set.value().isPresent() && Variables.isVariable(session, key)) {
      throw new dev.ember.plan.errors.EmberException(dev.ember.plan.errors.ErrorKind.ANALYSIS,
          "UNSUPPORTED_FEATURE.SET_VARIABLE_USING_SET", "0A000", "The feature is not supported: "
              + dev.ember.plan.expressions.Identifiers.quote(key) + " is a VARIABLE and cannot be updated using the SET "
              + "statement. Use SET VARIABLE " + dev.ember.plan.expressions.Identifiers.quote(key) + " = ... instead.",
          java.util.Map.of("variableName", dev.ember.plan.expressions.Identifiers.quote(key)));
    }
    if (set.value().isPresent() && key.startsWith(HIVE_VARIABLE) && key.length() > HIVE_VARIABLE.length()) {
      // Spark's SetCommand: SET hivevar:name = value sets the conf name, which ${name} substitutes
      session.setConf(key.substring(HIVE_VARIABLE.length()), set.value().get());
      return new QueryResult(strings("key", "value"), List.<Object[]>of(new Object[] {key, set.value().get()}));
    }
    if (set.value().isPresent()) {
      SessionConf.requireModifiable(key);
      session.setConf(key, set.value().get());
    }
    String value = session.conf().get(key).orElse(UNDEFINED);
    return new QueryResult(strings("key", "value"), List.<Object[]>of(new Object[] {key, value}));
  }

  static StructType strings(String... names) {
    List<StructField> fields = new ArrayList<>();
    for (String name : names) {
      fields.add(new StructField(name, AtomicType.STRING, false));
    }
    return new StructType(fields);
  }

  static QueryResult nothing() {
    return new QueryResult(new StructType(List.of()), List.of());
  }

  static RuntimeException unsupported(String statement) {
    return SparkErrors.unsupportedCall(statement, "SQL", "Ember does not support it yet.");
  }
}
