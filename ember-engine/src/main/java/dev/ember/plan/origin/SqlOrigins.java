package dev.ember.plan.origin;

import java.util.IdentityHashMap;
import java.util.Map;

/**
 * The origins of the nodes the SQL front end built from one text, by node identity: Ember's plans are records
 * compared by value, so where a node was written is kept beside them rather than in a field of every record (two
 * equal expressions written at two places keep their own origins). The analyzer makes a node's origin current while
 * it resolves that node.
 */
public final class SqlOrigins {
  private final Map<Object, SqlOrigin> byNode = new IdentityHashMap<>();

  /** Records where {@code node} was written unless an inner part of the text already claimed it. */
  public <T> T record(T node, SqlOrigin origin) {
    byNode.putIfAbsent(node, origin);
    return node;
  }

  /** Where {@code node} was written, or null when it was not built from this text. */
  public SqlOrigin of(Object node) {
    return byNode.get(node);
  }

  /** Origins do not change what a plan computes: plans that differ only in them are equal (cached plans match). */
  @Override
  public boolean equals(Object other) {
    return other instanceof SqlOrigins;
  }

  @Override
  public int hashCode() {
    return SqlOrigins.class.hashCode();
  }

  @Override
  public String toString() {
    return "SqlOrigins(" + byNode.size() + " nodes)";
  }
}
