package dev.ember.suites.sql;

import static org.assertj.core.api.Assertions.assertThat;

import dev.ember.suites.SetAsideFiles;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

/**
 * The SQL golden files whose statements need Ember's persistent catalog (the tables issue), found in Spark's test
 * jar by the statements they hold; the committed list ({@code reasons/sql-goldens-set-aside.tsv}) must be exactly
 * these. {@code -Dember.suites.record=true} rewrites it.
 */
class SetAsideFilesTest {
  private static final Path REASONS = Path.of("reasons");
  private static final Pattern TABLES = Pattern.compile("\\b(CREATE\\s+(OR\\s+REPLACE\\s+)?(EXTERNAL\\s+)?TABLE"
      + "|INSERT\\s+(INTO|OVERWRITE)|ALTER\\s+(TABLE|VIEW)|TRUNCATE\\s+TABLE|ANALYZE\\s+TABLE|MSCK\\s+REPAIR"
      + "|CREATE\\s+(OR\\s+REPLACE\\s+)?VIEW|CREATE\\s+(DATABASE|SCHEMA|NAMESPACE))\\b", Pattern.CASE_INSENSITIVE);
  private static final Pattern FUNCTIONS = Pattern.compile("\\bCREATE\\s+(OR\\s+REPLACE\\s+)?FUNCTION\\b",
      Pattern.CASE_INSENSITIVE);

  @Test
  void theSetAsideFilesAreThoseNeedingThePersistentCatalog() throws IOException {
    Map<String, String> reasons = new TreeMap<>();
    for (String file : SqlGoldenRunner.files()) {
      reason(statements(file)).ifPresent(reason -> reasons.put("sql/" + file, reason));
    }
    SetAsideFiles found = new SetAsideFiles(reasons);
    if (Boolean.getBoolean("ember.suites.record")) {
      Files.writeString(REASONS.resolve(SetAsideFiles.FILE_NAME), found.text(), StandardCharsets.UTF_8);
    }
    assertThat(SetAsideFiles.read(REASONS).reasons()).as("reasons/" + SetAsideFiles.FILE_NAME
        + " (rewrite it with -Dember.suites.record=true)").isEqualTo(found.reasons());
  }

  /** The file's text with its imports, without comments. */
  private static String statements(String file) {
    String text = SparkTestJar.read(SqlGoldenRunner.INPUTS + "/" + file);
    StringBuilder all = new StringBuilder();
    for (String line : text.split("\n")) {
      String trimmed = line.trim();
      if (trimmed.startsWith("--IMPORT ")) {
        // imports name files from the inputs' root, as the runner reads them
        all.append(statements(trimmed.substring("--IMPORT ".length()).trim())).append('\n');
      } else if (!trimmed.startsWith("--")) {
        all.append(line).append('\n');
      }
    }
    return all.toString();
  }

  private static Optional<String> reason(String statements) {
    if (TABLES.matcher(statements).find()) {
      return Optional.of("needs persistent tables, views or databases (CREATE TABLE, INSERT, CREATE VIEW, ...): "
          + "the tables issue");
    }
    if (FUNCTIONS.matcher(statements).find()) {
      return Optional.of("needs persistent SQL functions (CREATE FUNCTION): the tables issue's catalog");
    }
    return Optional.empty();
  }
}
