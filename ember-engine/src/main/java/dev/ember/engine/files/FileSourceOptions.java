package dev.ember.engine.files;

import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import java.nio.file.FileSystems;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.ZoneId;
import java.time.format.DateTimeParseException;
import java.util.HashMap;
import java.util.Map;
import java.util.Optional;

/**
 * The options every Spark file source shares, which choose the files a read sees: {@code
 * recursiveFileLookup}, {@code pathGlobFilter}, {@code modifiedBefore}/{@code modifiedAfter},
 * {@code ignoreCorruptFiles}, {@code ignoreMissingFiles} and {@code basePath} (keys in lower case, as
 * the reader's options arrive).
 */
public record FileSourceOptions(boolean recursive, Optional<String> pathGlobFilter, Optional<Instant> modifiedBefore,
    Optional<Instant> modifiedAfter, boolean ignoreCorruptFiles, boolean ignoreMissingFiles, Optional<Path> basePath,
    boolean inferPartitionTypes) {

  public static final FileSourceOptions NONE = new FileSourceOptions(false, Optional.empty(), Optional.empty(),
      Optional.empty(), false, false, Optional.empty(), true);

  /** The options of a read; timestamps without a zone are in {@code zone} (the session time zone). */
  public static FileSourceOptions of(Map<String, String> options, ZoneId zone) {
    return of(options, zone, true);
  }

  /**
   * The options of a read, partition values typed as Spark infers them unless {@code inferPartitionTypes} is false
   * ({@code spark.sql.sources.partitionColumnTypeInference.enabled}): then they are strings.
   */
  public static FileSourceOptions of(Map<String, String> options, ZoneId zone, boolean inferPartitionTypes) {
    return new FileSourceOptions(
        Boolean.parseBoolean(options.getOrDefault("recursivefilelookup", "false")),
        Optional.ofNullable(options.get("pathglobfilter")),
        Optional.ofNullable(options.get("modifiedbefore")).map(value -> instant("modifiedbefore", value, zone)),
        Optional.ofNullable(options.get("modifiedafter")).map(value -> instant("modifiedafter", value, zone)),
        Boolean.parseBoolean(options.getOrDefault("ignorecorruptfiles", "false")),
        Boolean.parseBoolean(options.getOrDefault("ignoremissingfiles", "false")),
        Optional.ofNullable(options.get("basepath")).map(FilePaths::local), inferPartitionTypes);
  }

  /** Whether a file passes {@code pathGlobFilter} (matched against its name only, as Hadoop's GlobFilter). */
  boolean matchesName(Path file) {
    if (pathGlobFilter.isEmpty()) {
      return true;
    }
    PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + pathGlobFilter.get());
    return matcher.matches(file.getFileName());
  }

  /** Whether a file modified at {@code modified} passes {@code modifiedBefore} and {@code modifiedAfter}. */
  boolean matchesModification(Instant modified) {
    return modifiedBefore.map(modified::isBefore).orElse(true) && modifiedAfter.map(modified::isAfter).orElse(true);
  }

  /** Spark reads these with its timestamp parser: a date, or a date and time with an optional fraction. */
  private static Instant instant(String strategy, String value, ZoneId zone) {
    String text = value.strip();
    try {
      if (text.length() <= 10) {
        return LocalDate.parse(text).atStartOfDay(zone).toInstant();
      }
      return LocalDateTime.parse(text.replace(' ', 'T')).atZone(zone).toInstant();
    } catch (DateTimeParseException e) {
      Map<String, String> parameters = new HashMap<>();
      parameters.put("strategy", strategy);
      parameters.put("timeString", value);
      throw new EmberException(ErrorKind.ANALYSIS, "_LEGACY_ERROR_TEMP_1294", null,
          "The timestamp provided for the '" + strategy + "' option is invalid. The expected format is "
              + "'YYYY-MM-DDTHH:mm:ss', but the provided timestamp: " + value + ".", parameters);
    }
  }
}
