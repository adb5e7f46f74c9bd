package dev.ember.engine;

/**
 * Told of every DuckDB statement an operation ran (its query or write), with DuckDB's profile of it: what a tool
 * watching the engine (a server's web UI) records. While an engine has one, its query connections profile every
 * statement (DuckDB's {@code enable_profiling}), which costs a little time; without one nothing is profiled.
 */
public interface StatementObserver {
  /**
   * A statement of the operation {@code operationId} of the session {@code sessionKey} ended after {@code nanos};
   * {@code profileJson} is DuckDB's JSON profile (its operator tree with timings and cardinalities), empty when
   * DuckDB had none (the statement failed before it ran).
   */
  void executed(String sessionKey, String operationId, String sql, long nanos, java.util.Optional<String> profileJson);
}
