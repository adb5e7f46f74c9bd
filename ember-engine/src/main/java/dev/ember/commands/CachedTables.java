package dev.ember.commands;

import dev.ember.analyzer.Analyzer;
import dev.ember.engine.CachedRelation;
import dev.ember.engine.EngineSession;
import dev.ember.plan.command.CacheTable;
import dev.ember.plan.command.CreateTempView;
import dev.ember.plan.errors.SparkErrors;
import dev.ember.plan.logical.LogicalPlan;
import dev.ember.plan.resolved.ResolvedPlan;
import dev.ember.sqlgen.SqlGenerator;
import java.util.Optional;

/**
 * CACHE TABLE, UNCACHE TABLE and CLEAR CACHE over temporary views: the view's plan is cached as a persisted DataFrame
 * is (computed into a session table the queries reading the view then scan), lazily or not alike.
 */
public final class CachedTables {
  private CachedTables() {
  }

  /** The plan a cached name stands for: a temporary view's, or a table's read of its files. */
  public static Optional<LogicalPlan> cachedPlan(EngineSession session, java.util.List<String> nameParts) {
    Optional<LogicalPlan> view = nameParts.size() == 1 ? session.tempView(nameParts.get(0)) : Optional.empty();
    if (view.isPresent()) {
      return view;
    }
    return session.catalog().persistent(nameParts).filter(table -> !table.isView())
        .map(table -> (LogicalPlan) table.read());
  }

  static void run(EngineSession session, CacheTable command) {
    if (command.clearAll()) {
      session.uncacheAll();
      return;
    }
    if (command.query().isPresent()) {
      TempViews.create(session, new CreateTempView(command.nameParts(), Optional.empty(), command.query().get(),
          false, false));
    }
    Optional<LogicalPlan> view = cachedPlan(session, command.nameParts());
    if (view.isEmpty()) {
      if (command.uncache() && command.ifExists()) {
        return;
      }
      throw SparkErrors.tableOrViewNotFound(command.nameParts());
    }
    if (command.uncache()) {
      session.uncache(view.get());
      return;
    }
    ResolvedPlan resolved = new Analyzer(session).analyze(view.get());
    session.cache(view.get(), SqlGenerator.generatePositional(resolved), Analyzer.schemaOf(resolved),
        CachedRelation.StorageLevel.MEMORY_AND_DISK);
  }
}
