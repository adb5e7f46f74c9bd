package dev.ember.catalog;

import dev.ember.plan.expressions.Identifiers;
import dev.ember.plan.types.StructType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A table of a {@link MemoryCatalog}: its identifier (namespace and name, as written: a catalog's names are
 * case-sensitive), Spark's schema, its identity partition columns, provider, properties and column comments, and the
 * session table of
 * DuckDB holding its rows (columns c0, c1, ... in schema order).
 */
public record MemoryTable(String catalog, List<String> namespace, String name, StructType schema,
    List<String> partitioning, Optional<String> provider, Map<String, String> properties,
    Map<String, String> columnComments, String storage) {
  public MemoryTable {
    namespace = List.copyOf(namespace);
    partitioning = List.copyOf(partitioning);
    properties = Map.copyOf(properties);
    columnComments = Map.copyOf(columnComments);
  }

  public Optional<String> columnComment(String column) {
    return Optional.ofNullable(columnComments.get(column));
  }

  public boolean isPartitionColumn(String column) {
    return partitioning.stream().anyMatch(column::equalsIgnoreCase);
  }

  /** {@code catalog.ns.name}, as Spark's errors and qualified columns name it. */
  public List<String> parts() {
    List<String> parts = new ArrayList<>();
    parts.add(catalog);
    parts.addAll(namespace);
    parts.add(name);
    return List.copyOf(parts);
  }

  public String quoted() {
    return Identifiers.quoteNameParts(parts());
  }

  /** {@code `ns`.`t`}: the identifier within its catalog, as Spark's v2 catalogs name a table in their errors. */
  public String identifierQuoted() {
    return Identifiers.quoteNameParts(parts().subList(1, parts().size()));
  }

  /** The same table, its rows now in another session table. */
  public MemoryTable storedIn(String newStorage) {
    return new MemoryTable(catalog, namespace, name, schema, partitioning, provider, properties, columnComments,
        newStorage);
  }
}
