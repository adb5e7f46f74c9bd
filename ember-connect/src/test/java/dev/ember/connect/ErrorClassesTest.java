package dev.ember.connect;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Every error class Ember raises must exist in the error table of the official 4.2.0 client (which
 * re-renders messages from it), with the same SQLSTATE.
 */
class ErrorClassesTest {
  private static final Pattern ERROR_CLASS = Pattern.compile(
      "\"([A-Z][A-Z0-9_]+(?:\\.[A-Z0-9_]+)?)\",\\s*(?:null|\"([0-9A-Z]{5})\")");

  @Test
  void everyErrorClassIsKnownToTheClientWithItsSqlState() throws IOException {
    JsonNode conditions;
    try (InputStream in = getClass().getClassLoader().getResourceAsStream("error/error-conditions.json")) {
      conditions = new ObjectMapper().readTree(in);
    }
    List<String> problems = new ArrayList<>();
    int checked = 0;
    for (Path source : sources()) {
      Matcher matcher = ERROR_CLASS.matcher(Files.readString(source));
      while (matcher.find()) {
        String[] parts = matcher.group(1).split("\\.");
        JsonNode condition = conditions.get(parts[0]);
        if (condition == null || (parts.length > 1 && !condition.path("subClass").has(parts[1]))) {
          problems.add(source.getFileName() + ": unknown error class " + matcher.group(1));
        } else if (matcher.group(2) != null && !matcher.group(2).equals(condition.path("sqlState").asText())) {
          problems.add(source.getFileName() + ": " + matcher.group(1) + " has SQLSTATE "
              + condition.path("sqlState").asText() + ", not " + matcher.group(2));
        }
        checked++;
      }
    }
    assertThat(checked).isGreaterThan(20);
    assertThat(problems).isEmpty();
  }

  private static List<Path> sources() throws IOException {
    List<Path> sources = new ArrayList<>();
    for (String module : List.of("../ember-engine/src/main/java", "src/main/java")) {
      try (Stream<Path> files = Files.walk(Path.of(module))) {
        files.filter(path -> path.toString().endsWith(".java")).forEach(sources::add);
      }
    }
    return sources;
  }
}
