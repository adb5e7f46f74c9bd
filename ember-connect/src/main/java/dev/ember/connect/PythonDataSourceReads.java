package dev.ember.connect;

import dev.ember.engine.EngineSession;
import dev.ember.engine.python.PythonDataSource;
import dev.ember.engine.python.PythonDataSourcePlanner;
import dev.ember.engine.python.PythonDataSourceRead;
import dev.ember.engine.python.PythonStreamingRead;
import dev.ember.engine.python.PythonWorkers;
import dev.ember.plan.logical.LogicalPlan;
import dev.ember.plan.logical.MapPartitions;
import dev.ember.plan.logical.Range;
import dev.ember.plan.resolved.FileFormat;
import dev.ember.plan.types.DataType;
import dev.ember.plan.types.StructType;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.apache.spark.connect.proto.CommonInlineUserDefinedDataSource;

/**
 * Python data sources ({@code pyspark.sql.datasource}): {@code spark.dataSource.register(MySource)} keeps the
 * client's pickled class in the session under the source's name; {@code spark.read.format(name)...load()} of a
 * name no built-in source has creates the source as Spark's {@code DataSourceV2Utils} does (the options with the
 * paths, {@code path} for one, {@code paths} a JSON list for more; the user's schema, else the source's) and reads
 * it with a {@link PythonDataSourceRead}; {@code spark.readStream.format(name).load()} is a
 * {@link PythonStreamingRead}, which a streaming query reads ({@link StreamingQueryStarts}).
 */
final class PythonDataSourceReads {
  private PythonDataSourceReads() {
  }

  /** {@code spark.dataSource.register(MySource)}. */
  static void register(EngineSession session, CommonInlineUserDefinedDataSource source) {
    if (!source.hasPythonDataSource()) {
      throw UnsupportedApi.named("DataSourceRegistration.register of a data source that is not Python's");
    }
    var python = source.getPythonDataSource();
    session.pythonDataSources().register(new PythonDataSource(source.getName(), PythonWorkers.defaultPython(),
        python.getPythonVer(), python.getCommand().toByteArray()));
  }

  /** The read of a registered Python data source, when {@code format} names one and no built-in source. */
  static Optional<LogicalPlan> read(EngineSession session, String format, List<String> paths,
      Map<String, String> userOptions, Optional<StructType> userSchema) {
    return created(session, format, paths, userOptions, userSchema).map(source -> new MapPartitions(
        new Range(0, 1, 1), new PythonDataSourceRead(source.source(), source.created().instance(), source.schema())));
  }

  /** {@code spark.readStream.format(name).load()} of a registered Python data source: its streaming read. */
  static Optional<PythonStreamingRead> streamingRead(EngineSession session, String format, List<String> paths,
      Map<String, String> userOptions, Optional<StructType> userSchema) {
    return created(session, format, paths, userOptions, userSchema).map(source -> new PythonStreamingRead(
        source.source(), source.created().instance(), source.schema()));
  }

  private record Created(PythonDataSource source, PythonDataSourcePlanner.Created created, StructType schema) {
  }

  private static Optional<Created> created(EngineSession session, String format, List<String> paths,
      Map<String, String> userOptions, Optional<StructType> userSchema) {
    if (FileFormat.of(format).isPresent() || format.equalsIgnoreCase("noop")) {
      return Optional.empty();
    }
    Optional<PythonDataSource> registered = session.pythonDataSources().lookup(format);
    if (registered.isEmpty()) {
      return Optional.empty();
    }
    Map<String, String> options = new LinkedHashMap<>(userOptions);
    if (paths.size() == 1) {
      options.put("path", paths.get(0));
    } else if (paths.size() > 1) {
      options.put("paths", pathsJson(paths));
    }
    PythonDataSourcePlanner.Created created = PythonDataSourcePlanner.create(registered.get(), format, userSchema,
        options);
    DataType type = DataTypes.parseDataType(created.schema());
    if (!(type instanceof StructType schema)) {
      // QueryCompilationErrors.schemaIsNotStructTypeError
      throw new dev.ember.plan.errors.EmberException(dev.ember.plan.errors.ErrorKind.ANALYSIS,
          "INVALID_SCHEMA.NON_STRUCT_TYPE", "42K07", "The input schema " + created.schema()
              + " is not a struct type.",
          Map.of("inputSchema", "\"" + created.schema() + "\"", "dataType", "\"" + type.sql() + "\""));
    }
    return Optional.of(new Created(registered.get(), created, schema));
  }

  private static String pathsJson(List<String> paths) {
    try {
      return new com.fasterxml.jackson.databind.ObjectMapper().writeValueAsString(paths);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new IllegalStateException(e);
    }
  }
}
