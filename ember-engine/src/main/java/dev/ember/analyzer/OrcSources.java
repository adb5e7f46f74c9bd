package dev.ember.analyzer;

import dev.ember.engine.orc.OrcRowReader;
import dev.ember.engine.orc.OrcSchemas;
import dev.ember.plan.errors.SparkErrors;
import dev.ember.plan.resolved.FileFormat;
import dev.ember.plan.types.StructField;
import dev.ember.plan.types.StructType;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import java.util.Optional;
import java.util.stream.IntStream;

/**
 * An ORC read's schema as Spark's ORC source finds it ({@code OrcUtils.readSchema}): the first file whose footer
 * names columns; a file whose footer cannot be read fails the read. The scan reads the table the engine loads the
 * files into, whose columns are {@code c0, c1, ...}.
 */
final class OrcSources {
  private OrcSources() {
  }

  /**
   * The read's schema: the first file's that names columns, or with {@code mergeSchema} every file's merged as
   * Spark's {@code StructType.merge} does (each file's new columns after those seen before).
   */
  static StructType schema(List<String> files, boolean merge) {
    StructType merged = null;
    for (String file : files) {
      Optional<StructType> schema = footer(file);
      if (schema.isEmpty()) {
        continue;
      }
      if (!merge) {
        return schema.get();
      }
      merged = merged == null ? schema.get() : merge(merged, schema.get());
    }
    if (merged == null) {
      throw DataSourceResolver.unableToInferSchema(FileFormat.ORC);
    }
    return merged;
  }

  /** The files whose footer can be read; the others are corrupt and skipped, as Spark's ignoreCorruptFiles does. */
  static List<String> readable(List<String> files) {
    return files.stream().filter(file -> {
      try {
        OrcRowReader.schema(Path.of(file));
        return true;
      } catch (IOException | RuntimeException corrupt) {
        return false;
      }
    }).toList();
  }

  private static Optional<StructType> footer(String file) {
    try {
      return OrcRowReader.schema(Path.of(file));
    } catch (IOException | RuntimeException e) {
      throw ParquetFooters.cannotReadFooter(file);
    }
  }

  /** Spark's merge of two files' schemas: same-named columns of one type kept, new ones appended. */
  private static StructType merge(StructType left, StructType right) {
    List<StructField> fields = new java.util.ArrayList<>(left.fields());
    for (StructField field : right.fields()) {
      Optional<StructField> known = left.fields().stream().filter(seen -> seen.name().equals(field.name())).findFirst();
      if (known.isEmpty()) {
        fields.add(field);
      } else if (!known.get().dataType().equals(field.dataType())) {
        throw SparkErrors.unsupportedCall("option(\"mergeSchema\", \"true\")", "DataFrameReader.orc",
            "Ember merges ORC schemas whose common columns have one type only (" + field.name() + ": "
                + known.get().dataType().simpleString() + ", " + field.dataType().simpleString() + ").");
      }
    }
    return new StructType(fields);
  }

  /** Spark's ORC source stores no calendar interval, time, variant, spatial or void values. */
  static void requireSupportedTypes(StructType schema) {
    for (StructField field : schema.fields()) {
      if (!OrcSchemas.supports(field.dataType())) {
        throw SparkErrors.unsupportedDataTypeForDatasource("ORC", field.name(), field.dataType());
      }
    }
  }

  static List<String> sourceColumns(StructType schema) {
    return IntStream.range(0, schema.fields().size()).mapToObj(i -> "c" + i).toList();
  }
}
