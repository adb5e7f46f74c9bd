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
    cache(session, view.get(), CachedRelation.StorageLevel.MEMORY_AND_DISK);
  }

  /** REFRESH TABLE, {@code spark.catalog().refreshTable}: a cached table or view is computed again, now. */
  static void refresh(EngineSession session, java.util.List<String> nameParts) {
    cachedPlan(session, nameParts).ifPresent(plan -> recache(session, plan));
  }

  /**
   * {@code spark.catalog().refreshByPath(path)}: every cached plan that reads files under {@code path} is computed
   * again, now.
   */
  public static void refreshByPath(EngineSession session, String path) {
    java.nio.file.Path root = dev.ember.catalog.Warehouse.path(path);
    for (LogicalPlan plan : session.cachedPlans()) {
      if (dev.ember.plan.logical.DataSourceReads.in(plan).stream().flatMap(read -> read.paths().stream())
          .anyMatch(readPath -> dev.ember.catalog.Warehouse.path(readPath).startsWith(root))) {
        recache(session, plan);
      }
    }
  }

  private static void recache(EngineSession session, LogicalPlan plan) {
    Optional<CachedRelation> cached = session.cached(plan);
    if (cached.isPresent()) {
      session.uncache(plan);
      cache(session, plan, cached.get().storageLevel());
    }
  }

  private static void cache(EngineSession session, LogicalPlan plan, CachedRelation.StorageLevel level) {
    ResolvedPlan resolved = new Analyzer(session).analyze(plan);
    session.cache(plan, SqlGenerator.generatePositional(resolved), Analyzer.schemaOf(resolved), level);
  }
}
