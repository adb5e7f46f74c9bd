package dev.ember.commands;

import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import dev.ember.plan.expressions.Identifiers;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/** The one namespace a session has until persistent tables come: {@code spark_catalog.default}. */
final class Namespaces {
  static final String CATALOG = "spark_catalog";
  static final String DEFAULT = "default";

  private Namespaces() {
  }

  /** {@code default} or {@code spark_catalog.default}; any other is Spark's SCHEMA_NOT_FOUND. */
  static void require(List<String> nameParts) {
    boolean known = switch (nameParts.size()) {
      case 1 -> same(nameParts.get(0), DEFAULT);
      case 2 -> same(nameParts.get(0), CATALOG) && same(nameParts.get(1), DEFAULT);
      default -> false;
    };
    if (!known) {
      List<String> qualified = nameParts.size() == 1 ? List.of(CATALOG, nameParts.get(0)) : nameParts;
      String name = Identifiers.quoteNameParts(qualified);
      throw new EmberException(ErrorKind.NO_SUCH_NAMESPACE, "SCHEMA_NOT_FOUND", "42704", "The schema " + name
          + " cannot be found. Verify the spelling and correctness of the schema and catalog.\nIf you did not qualify "
          + "the name with a catalog, verify the current_schema() output, or qualify the name with the correct "
          + "catalog.\nTo tolerate the error on drop use DROP SCHEMA IF EXISTS.", Map.of("schemaName", name));
    }
  }

  private static boolean same(String name, String expected) {
    return name.toLowerCase(Locale.ROOT).equals(expected);
  }
}
