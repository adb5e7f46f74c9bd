package dev.ember.catalog;

import dev.ember.plan.types.StructType;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A persistent table or view, as Spark's {@code CatalogTable}: its columns (partition columns last), the file format
 * ({@code provider}) and options a table's files are read with, its directory, its properties; a view keeps its SQL
 * text and the confs it was created under, and is parsed and analyzed again where it is read.
 */
public record CatalogTable(TableName name, TableKind kind, StructType schema, List<String> partitionColumns,
    String provider, Map<String, String> options, Optional<String> location, Map<String, String> properties,
    Optional<String> comment, Optional<String> viewText, Map<String, String> viewConfs, long createTime) {
  public CatalogTable {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    partitionColumns = List.copyOf(partitionColumns);
    options = Map.copyOf(options);
    properties = Map.copyOf(properties);
    viewConfs = Map.copyOf(viewConfs);
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(comment, "comment");
    Objects.requireNonNull(viewText, "viewText");
  }

  /** The options a reader takes: keys lower-case, as the client sends a reader's options. */
  public Map<String, String> readerOptions() {
    Map<String, String> lower = new java.util.HashMap<>();
    options.forEach((key, value) -> lower.put(key.toLowerCase(java.util.Locale.ROOT), value));
    return lower;
  }

  /** A table's files, read in its format with its options and the catalog's schema (equal for equal tables). */
  public dev.ember.plan.logical.DataSourceRead read() {
    return new dev.ember.plan.logical.DataSourceRead(provider, List.of(location.orElseThrow()), readerOptions(),
        Optional.of(schema));
  }

  public boolean isView() {
    return kind == TableKind.VIEW;
  }

  public CatalogTable withName(TableName newName, Optional<String> newLocation) {
    return new CatalogTable(newName, kind, schema, partitionColumns, provider, options, newLocation, properties,
        comment, viewText, viewConfs, createTime);
  }

  public CatalogTable withSchema(StructType newSchema) {
    return new CatalogTable(name, kind, newSchema, partitionColumns, provider, options, location, properties, comment,
        viewText, viewConfs, createTime);
  }

  public CatalogTable withProperties(Map<String, String> newProperties) {
    return new CatalogTable(name, kind, schema, partitionColumns, provider, options, location, newProperties, comment,
        viewText, viewConfs, createTime);
  }
}
