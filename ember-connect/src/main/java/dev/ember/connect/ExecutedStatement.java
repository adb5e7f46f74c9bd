package dev.ember.connect;

import java.util.Optional;

/**
 * A DuckDB statement an operation ran: its SQL, how long it took and DuckDB's JSON profile of it (its operator tree
 * with each operator's time and rows), when DuckDB had one.
 */
public record ExecutedStatement(String sql, long nanos, Optional<String> profileJson) {
}
