package dev.ember.conformance;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.Map;

/**
 * A group's golden file: for each case, the sections real Spark recorded.
 *
 * <pre>
 * === case name
 * --- section
 * text lines...
 * </pre>
 * Each section's text is followed by one newline that is not part of it; no text line may start
 * with "=== " or "--- ".
 */
public final class GoldenFile {
  private static final String CASE = "=== case ";
  private static final String SECTION = "--- ";

  private GoldenFile() {
  }

  public static String resourceName(String group) {
    return "goldens/" + group + ".golden";
  }

  public static String format(Map<String, Map<String, String>> cases) {
    StringBuilder text = new StringBuilder();
    cases.forEach((name, sections) -> {
      text.append(CASE).append(name).append('\n');
      sections.forEach((section, content) -> {
        String body = content;
        for (String line : body.split("\n", -1)) {
          if (line.startsWith(CASE) || line.startsWith(SECTION)) {
            throw new IllegalArgumentException("case " + name + " has a line the golden format cannot hold: " + line);
          }
        }
        text.append(SECTION).append(section).append('\n').append(body).append('\n');
      });
    });
    return text.toString();
  }

  public static Map<String, Map<String, String>> parse(String text) {
    Map<String, Map<String, String>> cases = new LinkedHashMap<>();
    Map<String, String> sections = null;
    String section = null;
    StringBuilder body = new StringBuilder();
    String[] lines = text.split("\n", -1);
    int count = text.endsWith("\n") ? lines.length - 1 : lines.length;
    for (int i = 0; i < count; i++) {
      String line = lines[i];
      if (line.startsWith(CASE) || line.startsWith(SECTION)) {
        if (section != null) {
          sections.put(section, trimLastNewline(body));
        }
        body.setLength(0);
        section = null;
        if (line.startsWith(CASE)) {
          sections = new LinkedHashMap<>();
          cases.put(line.substring(CASE.length()), sections);
        } else {
          section = line.substring(SECTION.length());
        }
      } else if (section != null) {
        body.append(line).append('\n');
      }
    }
    if (section != null) {
      sections.put(section, trimLastNewline(body));
    }
    return cases;
  }

  /** Every body line was read with a '\n' after it; the last one belongs to the format. */
  private static String trimLastNewline(StringBuilder body) {
    return body.length() == 0 ? "" : body.substring(0, body.length() - 1);
  }

  public static Map<String, Map<String, String>> load(String group) throws IOException {
    try (InputStream in = GoldenFile.class.getClassLoader().getResourceAsStream(resourceName(group))) {
      if (in == null) {
        return Map.of();
      }
      return parse(new String(in.readAllBytes(), StandardCharsets.UTF_8));
    }
  }

  public static void write(Path directory, String group, Map<String, Map<String, String>> cases) throws IOException {
    Files.createDirectories(directory);
    Files.writeString(directory.resolve(group + ".golden"), format(cases), StandardCharsets.UTF_8);
  }
}
