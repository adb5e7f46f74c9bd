package dev.ember.sql;

import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import dev.ember.plan.expressions.Identifiers;
import java.util.List;
import java.util.Locale;
import java.util.Map;

/**
 * The name of a temporary view or function a statement creates or drops: Spark 4.2 accepts it plain or qualified by
 * the session schema ({@code session.v}, {@code system.session.v}); any other qualifier is INVALID_TEMP_OBJ_QUALIFIER.
 */
final class SqlTempObjectNames {
  private static final List<String> SESSION_SCHEMA = List.of("system", "session");

  private SqlTempObjectNames() {
  }

  /** The one-part name of the temporary {@code objectType} ({@code VIEW}, {@code FUNCTION}) {@code nameParts} name. */
  static List<String> unqualified(String objectType, List<String> nameParts) {
    List<String> qualifier = nameParts.subList(0, nameParts.size() - 1);
    List<String> lower = qualifier.stream().map(part -> part.toLowerCase(Locale.ROOT)).toList();
    if (lower.size() <= 2 && lower.equals(SESSION_SCHEMA.subList(2 - lower.size(), 2))) {
      return List.of(nameParts.get(nameParts.size() - 1));
    }
    String name = Identifiers.quote(nameParts.get(nameParts.size() - 1));
    String qualifierText = Identifiers.quoteNameParts(qualifier);
    throw new EmberException(ErrorKind.PARSE, "INVALID_TEMP_OBJ_QUALIFIER", "42602", "Temporary "
        + objectType + " " + name + " cannot be qualified with " + qualifierText + ". Temporary objects can only be "
        + "qualified with SESSION or SYSTEM.SESSION.", Map.of("objectType", objectType, "objectName", name,
            "qualifier", qualifierText));
  }
}
