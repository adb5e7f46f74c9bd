package dev.ember.connect;

import dev.ember.engine.EngineSession;
import dev.ember.engine.QueryResult;
import dev.ember.engine.python.PythonMicroBatchSource;
import dev.ember.engine.python.PythonStreamingRead;
import dev.ember.engine.show.CellFormatter;
import dev.ember.engine.show.ShowString;
import dev.ember.engine.streaming.MicroBatchQuery;
import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import dev.ember.plan.errors.SparkErrors;
import dev.ember.plan.logical.LogicalPlan;
import dev.ember.plan.resolved.Aggregation;
import dev.ember.plan.resolved.GeneratedRows;
import dev.ember.plan.resolved.Projection;
import dev.ember.plan.resolved.RangeScan;
import dev.ember.plan.resolved.ResolvedPlan;
import dev.ember.plan.resolved.Selection;
import dev.ember.plan.resolved.UserCodeRows;
import java.time.ZoneId;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.UUID;
import java.util.function.Consumer;
import org.apache.spark.connect.proto.ExecutePlanResponse;
import org.apache.spark.connect.proto.Read;
import org.apache.spark.connect.proto.Relation;
import org.apache.spark.connect.proto.StreamingQueryInstanceId;
import org.apache.spark.connect.proto.WriteStreamOperationStart;
import org.apache.spark.connect.proto.WriteStreamOperationStartResult;
import org.sparkproject.com.google.protobuf.Descriptors.FieldDescriptor;

/**
 * {@code df.writeStream...start()} of a stateless query (projections, filters, generators, Python functions over
 * rows) of one Python streaming source into the console sink, as Spark runs it: a {@link MicroBatchQuery} whose
 * batch {@code n} is the query over the source's rows between two offsets, shown as Spark's {@code ConsoleWrite}
 * prints it on the server's standard output ({@code Batch: n} between dashes, then {@code show(numRows, truncate)}
 * with the sink's options, 20 rows truncated by default). The default trigger and processing-time triggers run;
 * Spark's output-mode errors are Spark's; other sinks, triggers and stateful queries are refused as not supported.
 */
final class StreamingQueryStarts {
  private static final String DASHES = "-------------------------------------------";

  private StreamingQueryStarts() {
  }

  /** Whether a relation reads a stream ({@code df.isStreaming}). */
  static boolean isStreaming(org.sparkproject.com.google.protobuf.Message message) {
    if (message instanceof Read read && read.getIsStreaming()) {
      return true;
    }
    for (Map.Entry<FieldDescriptor, Object> field : message.getAllFields().entrySet()) {
      if (field.getKey().getJavaType() != FieldDescriptor.JavaType.MESSAGE) {
        continue;
      }
      List<?> values = field.getKey().isRepeated() ? (List<?>) field.getValue() : List.of(field.getValue());
      for (Object value : values) {
        if (value instanceof org.sparkproject.com.google.protobuf.Message child && isStreaming(child)) {
          return true;
        }
      }
    }
    return false;
  }

  static void start(WriteStreamOperationStart start, EngineSession session, LocalRelationDecoder localRelations,
      Consumer<ExecutePlanResponse.Builder> send) {
    RelationTranslator translator = new RelationTranslator(localRelations, session);
    LogicalPlan plan = translator.translate(start.getInput());
    List<PythonStreamingRead> reads = translator.streamingReads();
    if (reads.isEmpty()) {
      if (!isStreaming(start.getInput())) {
        throw new EmberException(ErrorKind.ANALYSIS, "WRITE_STREAM_NOT_ALLOWED", "42601",
            "`writeStream` can be called only on streaming Dataset/DataFrame.", Map.of());
      }
      throw SparkErrors.unsupportedCall("start", "DataStreamWriter",
          "Ember streams Python data sources (spark.dataSource.register) only, not built-in sources yet.");
    }
    if (reads.size() > 1) {
      throw SparkErrors.unsupportedCall("start", "DataStreamWriter",
          "Ember does not run a query of two streams yet.");
    }
    Map<String, String> options = new TreeMap<>(String.CASE_INSENSITIVE_ORDER);
    options.putAll(start.getOptionsMap());
    checkSupported(start);
    String outputMode = start.getOutputMode().isEmpty() ? "append" : start.getOutputMode().toLowerCase(Locale.ROOT);
    checkStateless(QueryRunner.prepare(session, plan).plan(), outputMode);
    long interval = start.hasProcessingTimeInterval() ? intervalMillis(start.getProcessingTimeInterval()) : 0;
    PythonStreamingRead read = reads.get(0);
    PythonMicroBatchSource source = new PythonMicroBatchSource(read.source(), read.instance(), read.outputSchema(),
        Integer.parseInt(session.conf().getOrDefault("spark.sql.execution.arrow.maxRecordsPerBatch", "10000")),
        Boolean.parseBoolean(session.conf().getOrDefault("spark.sql.execution.pyspark.binaryAsBytes", "true")));
    int numRows = Integer.parseInt(options.getOrDefault("numRows", "20"));
    boolean truncate = Boolean.parseBoolean(options.getOrDefault("truncate", "true"));
    Relation input = start.getInput();
    Optional<String> name = start.getQueryName().isEmpty() ? Optional.empty() : Optional.of(start.getQueryName());
    MicroBatchQuery query = session.streamingQueries().start(name, source, interval, (batchId, rows) -> {
      LogicalPlan batch = translator.withStreamRows(rows).translate(input);
      QueryResult result = QueryRunner.run(session, UUID.randomUUID().toString(),
          new dev.ember.plan.logical.Limit(batch, numRows + 1));
      String table = ShowString.render(result.schema(), result.rows(), numRows, truncate ? 20 : 0, false,
          new CellFormatter(ZoneId.of(session.conf().timeZone())));
      String newline = System.lineSeparator();
      System.out.print(DASHES + newline + "Batch: " + batchId + newline + DASHES + newline + table + newline);
      System.out.flush();
    });
    WriteStreamOperationStartResult.Builder result = WriteStreamOperationStartResult.newBuilder()
        .setQueryId(StreamingQueryInstanceId.newBuilder().setId(query.id().toString())
            .setRunId(query.runId().toString()));
    name.ifPresent(result::setName);
    send.accept(ExecutePlanResponse.newBuilder().setWriteStreamOperationStartResult(result));
  }

  private static void checkSupported(WriteStreamOperationStart start) {
    if (!start.getFormat().equalsIgnoreCase("console")) {
      throw SparkErrors.unsupportedCall("start", "DataStreamWriter", "Ember writes streaming queries to the "
          + "console sink only, not to " + (start.getFormat().isEmpty() ? "parquet (the default)" : start.getFormat())
          + " yet.");
    }
    if (start.hasForeachWriter() || start.hasForeachBatch()) {
      throw UnsupportedApi.named(start.hasForeachWriter() ? "DataStreamWriter.foreach"
          : "DataStreamWriter.foreachBatch");
    }
    if (!start.getTableName().isEmpty()) {
      throw UnsupportedApi.named("DataStreamWriter.toTable");
    }
    switch (start.getTriggerCase()) {
      case AVAILABLE_NOW -> throw unsupportedTrigger("availableNow");
      case ONCE -> throw unsupportedTrigger("once");
      case CONTINUOUS_CHECKPOINT_INTERVAL -> throw unsupportedTrigger("continuous");
      case REAL_TIME_BATCH_DURATION -> throw unsupportedTrigger("realTime");
      default -> {
      }
    }
  }

  /**
   * Spark's output-mode checks (UnsupportedOperationChecker), then the query must be stateless: Ember runs each batch
   * on its own, without the state an aggregation, a join, a deduplication or a limit keeps between batches.
   */
  private static void checkStateless(ResolvedPlan plan, String outputMode) {
    if (!List.of("append", "update", "complete").contains(outputMode)) {
      throw new EmberException(ErrorKind.ILLEGAL_ARGUMENT, "STREAMING_OUTPUT_MODE.INVALID", "42KDE",
          "Invalid streaming output mode: " + outputMode + ". Accepted output modes are 'Append', 'Complete', "
              + "'Update'.", Map.of("outputMode", outputMode));
    }
    Optional<String> stateful = stateful(plan);
    boolean aggregation = stateful.isPresent() && stateful.get().equals("an aggregation");
    if (aggregation && outputMode.equals("append")) {
      throw outputModeError("append", "streaming aggregations without watermark");
    }
    if (!aggregation && outputMode.equals("complete")) {
      throw outputModeError("complete", "no streaming aggregations");
    }
    if (stateful.isPresent()) {
      throw SparkErrors.unsupportedCall("start", "DataStreamWriter", "Ember runs stateless streaming queries "
          + "only (projections, filters, generators, Python functions), not one with " + stateful.get() + " yet.");
    }
  }

  private static EmberException unsupportedTrigger(String trigger) {
    return SparkErrors.unsupportedCall("trigger", "DataStreamWriter", "Ember runs the default and processingTime "
        + "triggers only, not " + trigger + " yet.");
  }

  private static EmberException outputModeError(String mode, String operation) {
    return new EmberException(ErrorKind.ANALYSIS, "STREAMING_OUTPUT_MODE.UNSUPPORTED_OPERATION", "42KDE",
        "Invalid streaming output mode: " + mode + ". This output mode is not supported for " + operation
            + " on streaming DataFrames/DataSets.", Map.of("outputMode", mode, "operation", operation));
  }

  /** The first operator of the plan that keeps state across batches in Spark, if any. */
  private static Optional<String> stateful(ResolvedPlan plan) {
    if (plan instanceof Projection projection) {
      return stateful(projection.input());
    }
    if (plan instanceof Selection selection) {
      return stateful(selection.input());
    }
    if (plan instanceof UserCodeRows rows) {
      return stateful(rows.input());
    }
    if (plan instanceof GeneratedRows rows) {
      return stateful(rows.input());
    }
    if (plan instanceof RangeScan) {
      return Optional.empty();
    }
    if (plan instanceof Aggregation) {
      return Optional.of("an aggregation");
    }
    String name = plan.getClass().getSimpleName();
    return Optional.of(switch (name) {
      case "DistinctRows", "FirstRowPerKey" -> "a deduplication";
      case "JoinRows" -> "a join";
      case "LimitRows", "OffsetRows", "TailRows" -> "a limit";
      case "Ordering" -> "a sort";
      case "CombinedRows" -> "a union";
      case "SampledRows" -> "a sample";
      default -> name;
    });
  }

  /**
   * A processing-time trigger's interval: milliseconds as a number, or numbers of units ({@code "5 seconds"},
   * {@code "1 minute 30 seconds"}, after an optional {@code interval}); else Spark's INVALID_INTERVAL_FORMAT.
   */
  static long intervalMillis(String interval) {
    String text = interval.trim().toLowerCase(Locale.ROOT);
    if (text.startsWith("interval ")) {
      text = text.substring("interval ".length()).trim();
    }
    if (text.matches("\\d+")) {
      return Long.parseLong(text);
    }
    String[] parts = text.split("\\s+");
    long total = 0;
    for (int i = 0; i < parts.length; i += 2) {
      if (!parts[i].matches("\\d+") || i + 1 >= parts.length) {
        throw invalidInterval(interval, parts[i]);
      }
      String unit = parts[i + 1].endsWith("s") ? parts[i + 1].substring(0, parts[i + 1].length() - 1) : parts[i + 1];
      long millis = switch (unit) {
        case "millisecond" -> 1L;
        case "second" -> 1_000L;
        case "minute" -> 60_000L;
        case "hour" -> 3_600_000L;
        case "day" -> 86_400_000L;
        case "week" -> 604_800_000L;
        default -> throw invalidInterval(interval, parts[i + 1]);
      };
      total += Long.parseLong(parts[i]) * millis;
    }
    return total;
  }

  private static EmberException invalidInterval(String interval, String number) {
    Map<String, String> parameters = new java.util.LinkedHashMap<>();
    parameters.put("input", interval);
    parameters.put("number", number);
    return new EmberException(ErrorKind.ILLEGAL_ARGUMENT, "INVALID_INTERVAL_FORMAT.UNRECOGNIZED_NUMBER", "22006",
        "Error parsing '" + interval + "' to interval. Please ensure that the value provided is in a valid format "
            + "for defining an interval. You can reference the documentation for the correct format. "
            + "Unrecognized number " + number + ".", parameters);
  }
}
