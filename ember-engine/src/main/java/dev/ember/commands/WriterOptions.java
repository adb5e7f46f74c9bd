package dev.ember.commands;

import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import dev.ember.plan.errors.SparkErrors;
import dev.ember.plan.resolved.FileFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * A file writer's options as Spark reads them (keys in lower case): the compression codec and the file extension it
 * gives ({@code .snappy.parquet}, {@code .csv.gz}), the CSV options Ember's {@code to_csv} honours, and the rest:
 * an option Spark documents for the format that Ember does not honour is refused unless its value is Spark's
 * default, never silently ignored. Options Spark does not know are ignored, as Spark ignores them.
 */
record WriterOptions(FileFormat format, Map<String, String> options, String parquetCodecConf, String orcCodecConf) {
  /** Codecs by Spark's short name: the DuckDB name and the extension Spark's files get. */
  private static final Map<String, List<String>> PARQUET_CODECS = Map.of("none", List.of("uncompressed", ""),
      "uncompressed", List.of("uncompressed", ""), "snappy", List.of("snappy", ".snappy"),
      "gzip", List.of("gzip", ".gz"), "zstd", List.of("zstd", ".zstd"), "lz4_raw", List.of("lz4_raw", ".lz4raw"),
      "brotli", List.of("brotli", ".br"));
  /** ORC's codecs by Spark's short name: ORC's name and the extension. */
  private static final Map<String, List<String>> ORC_CODECS = Map.of("none", List.of("NONE", ""),
      "uncompressed", List.of("NONE", ""), "snappy", List.of("SNAPPY", ".snappy"), "zlib", List.of("ZLIB", ".zlib"),
      "zstd", List.of("ZSTD", ".zstd"), "lz4", List.of("LZ4", ".lz4"));
  private static final String SPARK_ORC_CODECS = "brotli, uncompressed, lz4, lzo, snappy, zlib, none, zstd";
  private static final Map<String, List<String>> TEXT_CODECS = Map.of("none", List.of("none", ""),
      "uncompressed", List.of("none", ""), "gzip", List.of("gzip", ".gz"));
  /** The codecs Spark knows, in the order its errors list them (some Ember cannot write). */
  private static final String SPARK_PARQUET_CODECS = "brotli, uncompressed, lzo, snappy, lz4_raw, none, zstd, lz4, gzip";
  private static final String SPARK_TEXT_CODECS = "bzip2, deflate, uncompressed, snappy, none, lz4, gzip";
  private static final Set<String> GENERAL = Set.of("compression", "codec", "path", "maxrecordsperfile");
  private static final Map<FileFormat, Set<String>> HONOURED = Map.of(
      FileFormat.CSV, Set.of("sep", "delimiter", "quote", "escape", "nullvalue", "timestampformat", "header",
          "dateformat", "emptyvalue", "linesep"),
      FileFormat.JSON, Set.of("dateformat", "linesep"), FileFormat.PARQUET, Set.of("parquet.compression"),
      FileFormat.TEXT, Set.of("linesep"), FileFormat.ORC, Set.of("orc.compress"));
  /** Spark's documented writer options that Ember does not honour, with Spark's default. */
  private static final Map<FileFormat, Map<String, String>> DEFAULTS = Map.of(
      FileFormat.CSV, Map.ofEntries(Map.entry("quoteall", "false"), Map.entry("escapequotes", "true"),
          Map.entry("encoding", "UTF-8"), Map.entry("charset", "UTF-8"), Map.entry("ignoreleadingwhitespace", "true"),
          Map.entry("ignoretrailingwhitespace", "true"), Map.entry("timestampntzformat", "yyyy-MM-dd'T'HH:mm:ss[.SSS]"),
          Map.entry("chartoescapequoteescaping", "\\")),
      FileFormat.JSON, Map.ofEntries(
          Map.entry("timestampformat", "yyyy-MM-dd'T'HH:mm:ss[.SSS][XXX]"), Map.entry("encoding", "UTF-8"),
          Map.entry("ignorenullfields", "true"), Map.entry("timezone", ""),
          Map.entry("timestampntzformat", "yyyy-MM-dd'T'HH:mm:ss[.SSS]")),
      FileFormat.PARQUET, Map.of(),
      FileFormat.TEXT, Map.of(),
      FileFormat.ORC, Map.of());

  WriterOptions {
    options = Map.copyOf(options);
  }

  /** Refuses what Ember cannot write as asked. */
  void check() {
    Set<String> honoured = HONOURED.get(format);
    Map<String, String> defaults = DEFAULTS.get(format);
    options.forEach((key, value) -> {
      if (GENERAL.contains(key) || honoured.contains(key) || !defaults.containsKey(key)) {
        return;
      }
      if (!value.equals(defaults.get(key))) {
        throw SparkErrors.unsupportedCall("option(\"" + key + "\", \"" + value + "\")",
            "DataFrameWriter." + name(), "Ember does not honour this " + name() + " writer option yet.");
      }
    });
    codec();
  }

  /** The codec's DuckDB name (ORC's, for ORC) and Spark's extension for it. */
  private List<String> codec() {
    if (format == FileFormat.ORC) {
      return orcCodec();
    }
    boolean parquet = format == FileFormat.PARQUET;
    String codec = options.getOrDefault("compression", options.getOrDefault("codec",
        parquet ? options.getOrDefault("parquet.compression", parquetCodecConf) : "none")).toLowerCase(Locale.ROOT);
    List<String> known = (parquet ? PARQUET_CODECS : TEXT_CODECS).get(codec);
    String sparkCodecs = parquet ? SPARK_PARQUET_CODECS : SPARK_TEXT_CODECS;
    if (known == null && List.of(sparkCodecs.split(", ")).contains(codec)) {
      throw SparkErrors.unsupportedCall("option(\"compression\", \"" + codec + "\")", "DataFrameWriter." + name(),
          "Ember cannot write " + name() + " files compressed with " + codec + ".");
    }
    if (known == null) {
      throw new EmberException(ErrorKind.ILLEGAL_ARGUMENT, "CODEC_NOT_AVAILABLE.WITH_AVAILABLE_CODECS_SUGGESTION",
          "56038", "The codec " + codec + " is not available. Available codecs are " + sparkCodecs + ".",
          Map.of("codecName", codec, "availableCodecs", sparkCodecs));
    }
    return known;
  }

  /** Spark's ORC codec: {@code compression}, else {@code orc.compress}, else {@code spark.sql.orc.compression.codec}. */
  private List<String> orcCodec() {
    String codec = options.getOrDefault("compression", options.getOrDefault("orc.compress", orcCodecConf))
        .toLowerCase(Locale.ROOT);
    List<String> known = ORC_CODECS.get(codec);
    if (known == null && List.of(SPARK_ORC_CODECS.split(", ")).contains(codec)) {
      throw SparkErrors.unsupportedCall("option(\"compression\", \"" + codec + "\")", "DataFrameWriter.orc",
          "Ember cannot write ORC files compressed with " + codec + ".");
    }
    if (known == null) {
      throw new EmberException(ErrorKind.ILLEGAL_ARGUMENT, "CODEC_NOT_AVAILABLE.WITH_AVAILABLE_CODECS_SUGGESTION",
          "56038", "The codec " + codec + " is not available. Available codecs are " + SPARK_ORC_CODECS + ".",
          Map.of("codecName", codec, "availableCodecs", SPARK_ORC_CODECS));
    }
    return known;
  }

  /** ORC's name of the codec the files are written with. */
  String orcCompression() {
    return orcCodec().get(0);
  }

  /** The files' extension after {@code .cNNN}: the codec's, then the format's (Spark's order differs by format). */
  String extension() {
    String codec = codec().get(1);
    return switch (format) {
      case PARQUET -> codec + ".parquet";
      case CSV -> ".csv" + codec;
      case JSON -> ".json" + codec;
      case TEXT -> ".txt" + codec;
      case ORC -> codec + ".orc";
    };
  }

  /** DuckDB's COPY options for the format: the codec, and for the line formats lines written as they are. */
  Map<String, Object> copyOptions(boolean header) {
    Map<String, Object> copy = new LinkedHashMap<>();
    // ORC files are made from uncompressed Parquet files the engine writes first
    copy.put("COMPRESSION", format == FileFormat.ORC ? "uncompressed" : codec().get(0));
    if (format != FileFormat.PARQUET && format != FileFormat.ORC) {
      copy.put("HEADER", header);
      copy.put("QUOTE", "");
      copy.put("ESCAPE", "");
      if (options.containsKey("linesep")) {
        copy.put("NEW_LINE", options.get("linesep"));
      }
    }
    return copy;
  }

  /** DuckDB's format: lines of text are written as a CSV of one unquoted column. */
  String duckDbFormat() {
    return format == FileFormat.PARQUET || format == FileFormat.ORC ? "parquet" : "csv";
  }

  boolean header() {
    return format == FileFormat.CSV && Boolean.parseBoolean(options.getOrDefault("header", "false"));
  }

  /** {@code maxRecordsPerFile}; 0 or less is no limit, as in Spark. */
  long maxRecordsPerFile(long sessionDefault) {
    String value = options.get("maxrecordsperfile");
    return value == null ? sessionDefault : Long.parseLong(value.strip());
  }

  /** The options {@code to_csv} takes, as Spark's CSV writer reads them. */
  Map<String, String> csvOptions() {
    Map<String, String> csv = new LinkedHashMap<>();
    options.forEach((key, value) -> {
      if (Set.of("sep", "delimiter", "quote", "escape", "nullvalue", "timestampformat").contains(key)) {
        csv.put(key, value);
      }
    });
    return csv;
  }

  String name() {
    return format.name().toLowerCase(Locale.ROOT);
  }
}
