package dev.ember.catalog;

import dev.ember.plan.types.StructType;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;

/**
 * A persistent table or view, as Spark's {@code CatalogTable}: its columns (partition columns last), the file format
 * ({@code provider}) and options a table's files are read with, its directory, its properties; a view keeps its SQL
 * text and the confs it was created under, and is parsed and analyzed again where it is read. A partitioned table
 * keeps the partitions it has ({@code partitions}, as {@code col=value/...}), as Spark's catalog does: a read sees
 * only their files; a table an older Ember created keeps none, and is read with every partition directory it holds.
 */
public record CatalogTable(TableName name, TableKind kind, StructType schema, List<String> partitionColumns,
    Optional<dev.ember.plan.command.BucketSpec> buckets, String provider, Map<String, String> options, Optional<String> location, Map<String, String> properties,
    Optional<String> comment, Optional<String> viewText, Map<String, String> viewConfs, long createTime,
    Map<String, String> columnComments, Optional<List<String>> partitions) {
  public CatalogTable {
    Objects.requireNonNull(name, "name");
    Objects.requireNonNull(kind, "kind");
    partitionColumns = List.copyOf(partitionColumns);
    Objects.requireNonNull(buckets, "buckets");
    // in the order given: DESCRIBE prints a table's options so
    options = java.util.Collections.unmodifiableMap(new java.util.LinkedHashMap<>(options));
    properties = Map.copyOf(properties);
    viewConfs = Map.copyOf(viewConfs);
    Objects.requireNonNull(location, "location");
    Objects.requireNonNull(comment, "comment");
    Objects.requireNonNull(viewText, "viewText");
    columnComments = Map.copyOf(columnComments);
    partitions = partitions.map(List::copyOf);
  }

  /** A column's COMMENT, if it has one. */
  public Optional<String> columnComment(String column) {
    return Optional.ofNullable(columnComments.get(column));
  }

  /** The options a reader takes: keys lower-case, as the client sends a reader's options. */
  public Map<String, String> readerOptions() {
    Map<String, String> lower = new java.util.HashMap<>();
    options.forEach((key, value) -> lower.put(key.toLowerCase(java.util.Locale.ROOT), value));
    return lower;
  }

  /**
   * A table's files, read in its format with its options and the catalog's schema (equal for equal tables): a
   * partitioned table's, those of its partitions' directories.
   */
  public dev.ember.plan.logical.DataSourceRead read() {
    if (partitions.isEmpty()) {
      return new dev.ember.plan.logical.DataSourceRead(format(), List.of(location.orElseThrow()), readerOptions(),
          Optional.of(valueSchema()), true);
    }
    Map<String, String> readerOptions = readerOptions();
    readerOptions.put("basepath", location.orElseThrow());
    return new dev.ember.plan.logical.DataSourceRead(format(), partitions.get().stream()
        .map(partition -> location.orElseThrow() + "/" + partition).toList(), readerOptions, Optional.of(valueSchema()),
        true);
  }

  /** The schema of the table's values: a CHAR or VARCHAR column's are strings (the schema keeps what it declares). */
  public StructType valueSchema() {
    return (StructType) dev.ember.plan.types.CharVarcharType.asString(schema);
  }

  /** The table with these partitions (Spark's catalog's partitions of a partitioned table). */
  public CatalogTable withPartitions(List<String> newPartitions) {
    return new CatalogTable(name, kind, schema, partitionColumns, buckets, provider, options, location, properties,
        comment, viewText, viewConfs, createTime, columnComments, Optional.of(newPartitions));
  }

  /** The file format of a table's provider, as readers and writers name it ({@code USING CSV} is {@code csv}). */
  public String format() {
    return provider.toLowerCase(java.util.Locale.ROOT);
  }

  /** The view property Spark keeps its schema binding mode in. */
  public static final String SCHEMA_MODE = "view.schemaMode";

  /** A view's schema binding mode as read while schema binding is on or off ({@link ViewSchemaMode#of}). */
  public ViewSchemaMode schemaMode(boolean bindingEnabled) {
    return ViewSchemaMode.of(this, bindingEnabled);
  }

  /** The view properties Spark keeps its query's output column names in (the view's own may differ). */
  public static final String QUERY_COLUMN_COUNT = "view.query.out.numCols";
  public static final String QUERY_COLUMN_PREFIX = "view.query.out.col.";

  /** The view's query's output column names when it was created, in order (older views: the view's columns). */
  public List<String> queryColumnNames() {
    String count = viewConfs.get(QUERY_COLUMN_COUNT);
    if (count == null) {
      return schema.fields().stream().map(dev.ember.plan.types.StructField::name).toList();
    }
    return java.util.stream.IntStream.range(0, Integer.parseInt(count))
        .mapToObj(index -> viewConfs.get(QUERY_COLUMN_PREFIX + index)).toList();
  }

  /** These view confs with the query's output column names replaced by {@code names}. */
  public static Map<String, String> withQueryColumnNames(Map<String, String> confs, List<String> names) {
    Map<String, String> replaced = new java.util.HashMap<>();
    confs.forEach((key, value) -> {
      if (!key.startsWith("view.query.out.")) {
        replaced.put(key, value);
      }
    });
    replaced.put(QUERY_COLUMN_COUNT, Integer.toString(names.size()));
    for (int i = 0; i < names.size(); i++) {
      replaced.put(QUERY_COLUMN_PREFIX + i, names.get(i));
    }
    return replaced;
  }

  /** The view with these confs (its schema mode, query column names, path). */
  public CatalogTable withViewConfs(Map<String, String> newViewConfs) {
    return new CatalogTable(name, kind, schema, partitionColumns, buckets, provider, options, location, properties,
        comment, viewText, newViewConfs, createTime, columnComments, partitions);
  }

  /** The prefix of the view properties Spark keeps the SQL confs a view captured in ({@code view.sqlConfig.key}). */
  public static final String SQL_CONFIG_PREFIX = "view.sqlConfig.";

  /** The SQL confs the view captured where it was made, by key (an older Ember's view: none). */
  public Map<String, String> sqlConfigs() {
    Map<String, String> confs = new java.util.HashMap<>();
    viewConfs.forEach((key, value) -> {
      if (key.startsWith(SQL_CONFIG_PREFIX)) {
        confs.put(key.substring(SQL_CONFIG_PREFIX.length()), value);
      }
    });
    return confs;
  }

  /** The view property Ember keeps a view's DEFAULT COLLATION in (the collation of its string literals). */
  public static final String DEFAULT_COLLATION = "view.defaultCollation";

  /** A view's DEFAULT COLLATION, if it has one. */
  public Optional<String> defaultCollation() {
    return Optional.ofNullable(viewConfs.get(DEFAULT_COLLATION));
  }

  /** The view property Ember keeps a view's frozen SQL path in: the path its names were resolved along. */
  public static final String SQL_PATH = "view.sqlPath";

  /** The path a view's query resolves its names along: the one it was created under (older views: none kept). */
  public Optional<SqlPath> frozenPath() {
    return Optional.ofNullable(viewConfs.get(SQL_PATH)).map(SqlPath::parse);
  }

  public boolean isView() {
    return kind == TableKind.VIEW;
  }

  public CatalogTable withName(TableName newName, Optional<String> newLocation) {
    return new CatalogTable(newName, kind, schema, partitionColumns, buckets, provider, options, newLocation, properties,
        comment, viewText, viewConfs, createTime, columnComments, partitions);
  }

  public CatalogTable withSchema(StructType newSchema) {
    return new CatalogTable(name, kind, newSchema, partitionColumns, buckets, provider, options, location, properties, comment,
        viewText, viewConfs, createTime, columnComments, partitions);
  }

  public CatalogTable withColumnComments(Map<String, String> newColumnComments) {
    return new CatalogTable(name, kind, schema, partitionColumns, buckets, provider, options, location, properties,
        comment, viewText, viewConfs, createTime, newColumnComments, partitions);
  }

  /** The table with this COMMENT (Spark's v1 catalog sets and unsets it as the {@code comment} property). */
  public CatalogTable withComment(Optional<String> newComment) {
    return new CatalogTable(name, kind, schema, partitionColumns, buckets, provider, options, location, properties,
        newComment, viewText, viewConfs, createTime, columnComments, partitions);
  }

  /** The table with these options (its storage properties). */
  public CatalogTable withOptions(Map<String, String> newOptions) {
    return new CatalogTable(name, kind, schema, partitionColumns, buckets, provider, newOptions, location, properties,
        comment, viewText, viewConfs, createTime, columnComments, partitions);
  }

  public CatalogTable withProperties(Map<String, String> newProperties) {
    return new CatalogTable(name, kind, schema, partitionColumns, buckets, provider, options, location, newProperties, comment,
        viewText, viewConfs, createTime, columnComments, partitions);
  }
}
