package dev.ember.catalog;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;

/** A table's name in a configured {@link MemoryCatalog}: its namespace (maybe empty) and name, as written. */
public record MemoryTableName(MemoryCatalog catalog, List<String> namespace, String name) {
  public MemoryTableName {
    namespace = List.copyOf(namespace);
  }

  public Optional<MemoryTable> table() {
    return catalog.table(namespace, name);
  }

  public List<String> parts() {
    List<String> parts = new ArrayList<>();
    parts.add(catalog.name());
    parts.addAll(namespace);
    parts.add(name);
    return List.copyOf(parts);
  }

  /** {@code `ns`.`t`}: the identifier within its catalog. */
  public String identifierQuoted() {
    return dev.ember.plan.expressions.Identifiers.quoteNameParts(parts().subList(1, parts().size()));
  }

  /** {@code [`cat`.`ns`]}: the search path Spark's v2 commands name when a table is not found. */
  public String searchPath() {
    return "[" + dev.ember.plan.expressions.Identifiers.quoteNameParts(parts().subList(0, parts().size() - 1)) + "]";
  }

  public String quoted() {
    return dev.ember.plan.expressions.Identifiers.quoteNameParts(parts());
  }
}
