package dev.ember.analyzer;

import dev.ember.plan.errors.SparkErrors;
import dev.ember.plan.resolved.FileFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Set;

/**
 * No reader option is silently ignored: an option Spark documents for the format that Ember does not
 * honour is refused ({@code UNSUPPORTED_CALL} naming {@code DataFrameReader.option}) unless its value is
 * Spark's default, which is what Ember does anyway. Options Spark does not know are ignored, as Spark does.
 */
final class ReaderOptionSupport {
  /** Honoured for every file format (the file index's options). */
  private static final Set<String> FILE_SOURCE = Set.of("recursivefilelookup", "pathglobfilter", "modifiedbefore",
      "modifiedafter", "ignorecorruptfiles", "ignoremissingfiles", "basepath", "path", "paths");

  private static final Map<FileFormat, Set<String>> HONOURED = Map.of(
      FileFormat.CSV, Set.of("sep", "delimiter", "encoding", "charset", "quote", "escape", "comment", "header",
          "inferschema", "nullvalue", "dateformat", "timestampformat", "mode", "multiline", "columnnameofcorruptrecord"),
      FileFormat.JSON, Set.of("multiline", "mode", "columnnameofcorruptrecord", "allowsinglequotes"),
      FileFormat.PARQUET, Set.of("mergeschema"),
      FileFormat.TEXT, Set.of("wholetext", "linesep"), FileFormat.ORC, Set.of("mergeschema"));

  /** Spark's documented read options that Ember does not honour, with Spark's default value. */
  private static final Map<FileFormat, Map<String, String>> DEFAULTS = Map.of(
      FileFormat.CSV, Map.ofEntries(Map.entry("preferdate", "true"), Map.entry("enforceschema", "true"),
          Map.entry("ignoreleadingwhitespace", "false"), Map.entry("ignoretrailingwhitespace", "false"),
          Map.entry("nanvalue", "NaN"), Map.entry("positiveinf", "Inf"), Map.entry("negativeinf", "-Inf"),
          Map.entry("maxcolumns", "20480"), Map.entry("maxcharspercolumn", "-1"), Map.entry("samplingratio", "1.0"),
          Map.entry("emptyvalue", ""), Map.entry("locale", "en-US"), Map.entry("linesep", "\n"),
          Map.entry("unescapedquotehandling", "STOP_AT_DELIMITER"), Map.entry("timestampntzformat", ""),
          Map.entry("enabledatetimeparsingfallback", ""), Map.entry("chartoescapequoteescaping", ""),
          Map.entry("timezone", "")),
      FileFormat.JSON, Map.ofEntries(Map.entry("primitivesasstring", "false"), Map.entry("prefersdecimal", "false"),
          Map.entry("allowcomments", "false"), Map.entry("allowunquotedfieldnames", "false"),
          Map.entry("allownumericleadingzeros", "false"),
          Map.entry("allowbackslashescapinganycharacter", "false"), Map.entry("dateformat", ""),
          Map.entry("timestampformat", ""), Map.entry("timestampntzformat", ""),
          Map.entry("enabledatetimeparsingfallback", ""), Map.entry("allowunquotedcontrolchars", "false"),
          Map.entry("encoding", "UTF-8"), Map.entry("charset", "UTF-8"), Map.entry("linesep", "\n"),
          Map.entry("samplingratio", "1.0"), Map.entry("dropfieldifallnull", "false"), Map.entry("locale", "en-US"),
          Map.entry("allownonnumericnumbers", "true"), Map.entry("timezone", ""),
          Map.entry("singlevariantcolumn", "")),
      FileFormat.PARQUET, Map.of("datetimerebasemode", "EXCEPTION",
          "int96rebasemode", "EXCEPTION"),
      FileFormat.TEXT, Map.of(),
      FileFormat.ORC, Map.of());

  private ReaderOptionSupport() {
  }

  /** Refuses the options of a read that would change its result in a way Ember does not implement. */
  static void check(FileFormat format, Map<String, String> options) {
    Set<String> honoured = HONOURED.get(format);
    Map<String, String> defaults = DEFAULTS.get(format);
    options.forEach((key, value) -> {
      if (FILE_SOURCE.contains(key) || honoured.contains(key) || !defaults.containsKey(key)) {
        return;
      }
      if (!value.toLowerCase(Locale.ROOT).equals(defaults.get(key).toLowerCase(Locale.ROOT))) {
        throw SparkErrors.unsupportedCall("option(\"" + key + "\", \"" + value + "\")",
            "DataFrameReader." + format.name().toLowerCase(Locale.ROOT),
            "Ember does not honour this " + format.name().toLowerCase(Locale.ROOT) + " reader option yet.");
      }
    });
  }
}
