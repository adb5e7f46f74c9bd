package dev.ember.commands;

import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import dev.ember.plan.errors.SparkErrors;
import dev.ember.plan.resolved.FileFormat;
import dev.ember.plan.resolved.FileScan;
import dev.ember.plan.resolved.ResolvedPlan;
import dev.ember.plan.types.ArrayType;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import dev.ember.plan.types.MapType;
import dev.ember.plan.types.StructField;
import dev.ember.plan.types.StructType;
import dev.ember.sqlgen.PlanChildren;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/** What Spark checks of a file write before it writes: the format, the partition columns, the types, the target. */
final class WriteTargetChecks {
  private WriteTargetChecks() {
  }

  static FileFormat format(String name) {
    return FileFormat.of(name).orElseThrow(() -> new EmberException(ErrorKind.CLASS_NOT_FOUND,
        "DATA_SOURCE_NOT_FOUND", "42K02", "Failed to find the data source: " + name + ".", Map.of("provider", name)));
  }

  /** The partition columns as the schema names them; Spark's errors for one it lacks or for all of them. */
  static List<String> partitionColumns(StructType schema, List<String> requested, boolean caseSensitive) {
    List<String> names = new ArrayList<>();
    for (String column : requested) {
      Optional<String> found = schema.fields().stream().map(StructField::name)
          .filter(name -> caseSensitive ? name.equals(column) : name.equalsIgnoreCase(column)).findFirst();
      names.add(found.orElseThrow(() -> new EmberException(ErrorKind.ANALYSIS, "_LEGACY_ERROR_TEMP_1155", null,
          "Partition column `" + column + "` not found in schema " + schema.simpleString() + ".",
          Map.of("col", column, "schemaCatalog", schema.simpleString()))));
    }
    for (String name : names) {
      DataType type = schema.fields().stream().filter(field -> field.name().equals(name)).findFirst().orElseThrow()
          .dataType();
      if (type instanceof ArrayType || type instanceof MapType || type instanceof StructType) {
        throw new EmberException(ErrorKind.ANALYSIS, "INVALID_PARTITION_COLUMN_DATA_TYPE", "0A000",
            "Cannot use " + SparkErrors.toSqlType(type) + " for partition column.",
            Map.of("type", SparkErrors.toSqlType(type)));
      }
    }
    if (!names.isEmpty() && names.size() == schema.fields().size()) {
      throw new EmberException(ErrorKind.ANALYSIS, "ALL_PARTITION_COLUMNS_NOT_ALLOWED", "KD005",
          "Cannot use all columns for partition columns.", Map.of());
    }
    return names;
  }

  /** Spark refuses to overwrite a path the query reads (UNSUPPORTED_OVERWRITE.PATH), which would lose the data. */
  static void requireNotReading(ResolvedPlan plan, Path target) {
    boolean reads = PlanChildren.anyMatch(plan, node -> node instanceof FileScan scan
        && scan.files().stream().anyMatch(file -> Path.of(file).startsWith(target)));
    if (reads) {
      String path = "file:" + target;
      throw new EmberException(ErrorKind.ANALYSIS, "UNSUPPORTED_OVERWRITE.PATH", "42902",
          "Can't overwrite the target that is also being read from. The target path is " + path + ".",
          Map.of("path", path));
    }
  }

  /** The types each format stores: text one string column, CSV no nested values (Spark checks the types first). */
  static void requireSupportedTypes(FileFormat format, StructType schema, List<String> dataColumns) {
    List<StructField> fields = schema.fields().stream().filter(field -> dataColumns.contains(field.name())).toList();
    for (StructField field : fields) {
      DataType type = field.dataType();
      boolean supported = switch (format) {
        case TEXT -> type == AtomicType.STRING;
        case CSV -> !(type instanceof ArrayType || type instanceof MapType || type instanceof StructType);
        case ORC -> dev.ember.engine.orc.OrcSchemas.supports(type);
        default -> true;
      };
      if (!supported) {
        String name = format == FileFormat.TEXT ? "Text" : format.name();
        throw SparkErrors.unsupportedDataTypeForDatasource(name, field.name(), type);
      }
    }
    if (format == FileFormat.TEXT && fields.size() != 1) {
      throw new EmberException(ErrorKind.ANALYSIS, "_LEGACY_ERROR_TEMP_1290", null,
          "Text data source supports only a single column, and you have " + fields.size() + " columns.",
          Map.of("schemaSize", String.valueOf(fields.size())));
    }
  }
}
