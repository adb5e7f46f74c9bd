package dev.ember.plan.expressions;

import java.util.List;

/**
 * The name an {@link UnresolvedFunction} carries for a call written with a multi-part name: a builtin function may be
 * qualified {@code system.builtin.f} or {@code builtin.f} (and a temporary one {@code system.session.f} or
 * {@code session.f}), as Spark's function resolution allows, and is called by its own name; any other qualified name
 * ({@code db.f}, {@code spark_catalog.db.f}) keeps its parts, joined by dots, for the analyzer to find in the catalog.
 */
public final class FunctionCallNames {
  private FunctionCallNames() {
  }

  public static String of(List<String> parts) {
    boolean unqualified = parts.size() == 1
        || parts.size() == 2 && (same(parts.get(0), "builtin") || same(parts.get(0), "session"))
        || parts.size() == 3 && same(parts.get(0), "system")
            && (same(parts.get(1), "builtin") || same(parts.get(1), "session"));
    return unqualified ? parts.get(parts.size() - 1) : String.join(".", parts);
  }

  private static boolean same(String part, String expected) {
    return part.equalsIgnoreCase(expected);
  }
}
