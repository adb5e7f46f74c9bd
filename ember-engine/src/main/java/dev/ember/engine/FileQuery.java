package dev.ember.engine;

import java.util.function.Supplier;

/**
 * A query about files (their columns, statistics, footers) whose answer the session remembers while the files are
 * unchanged: {@code what} names everything its text depends on but the files, so a remembered answer is found without
 * writing the text, which is written only to ask DuckDB (planning wrote it for every scan of every query).
 */
public record FileQuery(String what, Supplier<String> sql) {
  /** A query already written: its text names itself. */
  public static FileQuery of(String sql) {
    return new FileQuery(sql, () -> sql);
  }
}
