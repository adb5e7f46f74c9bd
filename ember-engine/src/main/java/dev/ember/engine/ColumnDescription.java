package dev.ember.engine;

/** A result column as DuckDB describes it: its name and DuckDB type text (e.g. {@code DECIMAL(10,2)}). */
public record ColumnDescription(String name, String duckDbType) {
}
