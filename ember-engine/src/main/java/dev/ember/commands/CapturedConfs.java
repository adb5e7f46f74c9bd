package dev.ember.commands;

import dev.ember.engine.EngineSession;
import dev.ember.engine.SessionConf;
import java.util.List;
import java.util.Map;

/**
 * The SQL confs a view captures where it is made and resolves its query under wherever it is read (Spark's
 * ViewHelper.sqlConfigsToProps and View.effectiveSQLConf): those of them that change how Ember resolves a query,
 * ANSI mode and case sensitivity, with the values they have in the creating session.
 */
final class CapturedConfs {
  private static final List<String> KEYS = List.of(SessionConf.ANSI_ENABLED, SessionConf.CASE_SENSITIVE);

  private CapturedConfs() {
  }

  static Map<String, String> of(EngineSession session) {
    Map<String, String> confs = new java.util.HashMap<>();
    KEYS.forEach(key -> session.conf().get(key).ifPresent(value -> confs.put(key, value)));
    return confs;
  }
}
