package dev.ember.commands;

import dev.ember.catalog.SessionCatalog;
import dev.ember.catalog.SqlPath;
import dev.ember.engine.EngineSession;
import dev.ember.plan.command.SetPath;
import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import java.util.Map;
import java.util.Optional;

/**
 * {@code SET PATH}: refused unless {@code spark.sql.path.enabled}; the list expanded against the session's path and
 * the default path; {@code DEFAULT_PATH} alone makes the session follow the default path again.
 */
final class SqlPaths {
  private SqlPaths() {
  }

  static void set(EngineSession session, SetPath setPath) {
    boolean enabled = session.conf().get(SqlPath.ENABLED_CONF).map(value -> Boolean.parseBoolean(value.trim()))
        .orElse(false);
    if (!enabled) {
      throw new EmberException(ErrorKind.ANALYSIS, "UNSUPPORTED_FEATURE.SET_PATH_WHEN_DISABLED", "0A000",
          "The feature is not supported: SET PATH is disabled. Set " + SqlPath.ENABLED_CONF + " to true to enable "
              + "it.", Map.of("config", SqlPath.ENABLED_CONF));
    }
    SessionCatalog catalog = session.catalog();
    SqlPath expanded = SqlPath.expand(setPath.elements(), catalog.path(), catalog.defaultPath());
    boolean followDefault = setPath.elements().size() == 1
        && setPath.elements().get(0) instanceof SetPath.PathElement.DefaultPath;
    catalog.setPath(followDefault ? Optional.empty() : Optional.of(expanded));
  }
}
