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

  static StructType schema(List<String> files) {
    for (String file : files) {
      Optional<StructType> schema;
      try {
        schema = OrcRowReader.schema(Path.of(file));
      } catch (IOException | RuntimeException e) {
        throw ParquetFooters.cannotReadFooter(file);
      }
      if (schema.isPresent()) {
        return schema.get();
      }
    }
    throw DataSourceResolver.unableToInferSchema(FileFormat.ORC);
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
