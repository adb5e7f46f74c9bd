package dev.ember.analyzer;

import dev.ember.plan.expressions.UnresolvedAttribute;
import dev.ember.plan.logical.LogicalPlan;
import dev.ember.plan.resolved.Attribute;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.resolved.FileFormat;
import dev.ember.plan.resolved.FileScan;
import dev.ember.plan.resolved.NamedExpression;
import dev.ember.plan.resolved.Projection;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.StructField;
import dev.ember.plan.types.StructType;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;

/**
 * A file source's hidden {@code _metadata} column, as Spark's {@code FileSourceMetadataAttribute}: a struct of the
 * row's file (path as a URI, name, size, block start and length, modification time; Parquet adds the row's index in
 * its file). It is computed only for queries that name it (by name, or {@code df.metadataColumn}): a projection over
 * the scan adds it as a hidden column, which names reach where no visible column has the name and which projections,
 * filters and joins pass on; a data column of the same name keeps the name, the metadata column is then
 * {@code __metadata}.
 */
final class FileMetadataColumns {
  static final String NAME = "_metadata";
  /** The call the SQL generator renders from the row's file name. */
  static final String FUNCTION = "file_metadata";

  private FileMetadataColumns() {
  }

  /** Whether {@code plan} names a metadata column anywhere (its expressions, subqueries and inputs). */
  static boolean namedIn(LogicalPlan plan) {
    return names(plan, new HashSet<>());
  }

  /** The scan with its hidden metadata column. */
  static Scope attach(Analyzer analyzer, Scope scan) {
    if (!(scan.plan() instanceof FileScan files)) {
      return scan;
    }
    FileScan marked = files;
    if (files.format() == FileFormat.PARQUET && !files.files().isEmpty()) {
      Map<String, String> options = new java.util.HashMap<>(files.options());
      options.put(FileScan.ROW_INDEX_OPTION, "true");
      marked = new FileScan(files.format(), files.files(), options, files.sourceColumns(), files.output(),
          files.magnitudes(), files.partitions(), files.utcTimestamps());
    }
    String name = NAME;
    while (taken(files.output(), name)) {
      name = "_" + name;
    }
    StructType type = type(files.format());
    Attribute metadata = analyzer.newAttribute(name, type, false);
    List<NamedExpression> columns = new ArrayList<>();
    files.output().forEach(attribute -> columns.add(ProjectResolver.passThrough(attribute)));
    columns.add(new NamedExpression(new Call(FUNCTION, List.of(), type, false), metadata));
    analyzer.noteMetadataColumn(metadata);
    return new Scope(new Projection(marked, columns), scan.planIdOutputs(), Set.of(metadata.id()),
        scan.ambiguousPlanIds(), scan.rootPlanIds());
  }

  /** The input's hidden file metadata columns, which a projection or an alias passes on hidden. */
  static List<Attribute> carried(Analyzer analyzer, Scope input) {
    return input.plan().output().stream()
        .filter(attribute -> input.hiddenIds().contains(attribute.id()) && analyzer.isMetadataColumn(attribute))
        .toList();
  }

  /** Spark's metadata struct of a file format's rows. */
  static StructType type(FileFormat format) {
    List<StructField> fields = new ArrayList<>(List.of(
        new StructField("file_path", AtomicType.STRING, false),
        new StructField("file_name", AtomicType.STRING, false),
        new StructField("file_size", AtomicType.LONG, false),
        new StructField("file_block_start", AtomicType.LONG, false),
        new StructField("file_block_length", AtomicType.LONG, false),
        new StructField("file_modification_time", AtomicType.TIMESTAMP, false)));
    if (format == FileFormat.PARQUET) {
      fields.add(new StructField("row_index", AtomicType.LONG, false));
    }
    return new StructType(fields);
  }

  private static boolean taken(List<Attribute> columns, String name) {
    return columns.stream().anyMatch(column -> column.name().equalsIgnoreCase(name));
  }

  private static boolean names(Object node, Set<Object> seen) {
    if (node instanceof UnresolvedAttribute attribute) {
      return attribute.metadataColumn() || namesIt(attribute.nameParts());
    }
    if (node instanceof dev.ember.plan.expressions.UnresolvedStar star) {
      return namesIt(star.target());
    }
    if (node instanceof dev.ember.plan.logical.LocalData || node instanceof dev.ember.plan.expressions.Literal) {
      return false; // values, never names
    }
    if (node instanceof Optional<?> optional) {
      return optional.isPresent() && names(optional.get(), seen);
    }
    if (node instanceof Iterable<?> items) {
      for (Object item : items) {
        if (names(item, seen)) {
          return true;
        }
      }
      return false;
    }
    if (node instanceof Map<?, ?> map) {
      return names(map.values(), seen);
    }
    if (node == null || !node.getClass().isRecord() || !node.getClass().getName().startsWith("dev.ember.plan.")
        || !seen.add(new IdentityKey(node))) {
      return false;
    }
    for (Object value : dev.ember.plan.logical.RecordValues.of((Record) node)) {
      if (names(value, seen)) {
        return true;
      }
    }
    return false;
  }

  /** A name with a part {@code _metadata} ({@code _metadata.f}, {@code t._metadata.f}, {@code t._metadata.*}). */
  private static boolean namesIt(List<String> nameParts) {
    for (String part : nameParts) {
      if (part.equalsIgnoreCase(NAME)) {
        return true;
      }
    }
    return false;
  }

  /** A node by identity: plans may share subtrees. */
  private record IdentityKey(Object node) {
    @Override
    public boolean equals(Object other) {
      return other instanceof IdentityKey key && key.node == node;
    }

    @Override
    public int hashCode() {
      return System.identityHashCode(node);
    }
  }
}
