package dev.ember.engine.orc;

import dev.ember.plan.types.StructType;

/**
 * How ORC files are read: into {@code schema}, columns matched by name ignoring case unless {@code caseSensitive};
 * {@code inferred} when the schema is the files' own (no user schema): Spark then pads a {@code char(n)} column's
 * values to n (read as a user's {@code string} they are as stored).
 */
public record OrcRead(StructType schema, boolean caseSensitive, boolean inferred) {
  /**
   * A session table of ORC rows ({@code c0, c1, ...}, then each row's file); {@code unreadable}: a file that could not
   * be read, whose row in the table carries only its name (Spark fails the scan on it: so does the query reading it).
   */
  public record Table(String name, java.util.Optional<String> unreadable) {
  }

  /** What a remembered load of the files depends on besides the files. */
  public String key() {
    return schema.simpleString() + '\n' + caseSensitive + '\n' + inferred;
  }
}
