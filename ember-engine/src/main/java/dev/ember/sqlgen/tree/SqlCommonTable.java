package dev.ember.sqlgen.tree;

/** {@code name AS (query)} in a WITH clause: a result computed once and read wherever it is named. */
public record SqlCommonTable(String name, SqlSelect query) {
}
