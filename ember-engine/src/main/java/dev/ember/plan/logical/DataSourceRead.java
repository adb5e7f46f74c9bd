package dev.ember.plan.logical;

import dev.ember.plan.types.StructType;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code spark.read().format(f).options(...).schema(s).load(paths)}. Option keys are lower-case
 * (the client lower-cases them). A table's read ({@code tableLocation}) finds no files where its location no longer
 * exists, as Spark reads a catalog table; a path the user gave must exist.
 */
public record DataSourceRead(String format, List<String> paths, Map<String, String> options,
    Optional<StructType> schema, boolean tableLocation) implements LogicalPlan {
  public DataSourceRead {
    paths = List.copyOf(paths);
    options = Map.copyOf(options);
  }

  public DataSourceRead(String format, List<String> paths, Map<String, String> options, Optional<StructType> schema) {
    this(format, paths, options, schema, false);
  }
}
