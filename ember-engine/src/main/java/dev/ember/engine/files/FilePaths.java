package dev.ember.engine.files;

import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.PathMatcher;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Stream;

/**
 * Turns the paths a user gave {@code spark.read()} into the files to read, as Spark does: relative
 * to the working directory, directories read whole (without hidden and {@code _}-prefixed files),
 * globs expanded; a path that matches nothing is {@code PATH_NOT_FOUND}.
 */
public final class FilePaths {
  private FilePaths() {
  }

  public static List<String> expand(List<String> paths) {
    List<String> files = new ArrayList<>();
    for (String path : paths) {
      String text = path.startsWith("file:") ? path.substring("file:".length()) : path;
      Path absolute = Path.of(text).toAbsolutePath().normalize();
      if (isGlob(text)) {
        files.addAll(glob(absolute, path));
      } else if (Files.isDirectory(absolute)) {
        files.addAll(directory(absolute));
      } else if (Files.exists(absolute)) {
        files.add(absolute.toString());
      } else {
        throw pathNotFound(absolute);
      }
    }
    return files;
  }

  private static boolean isGlob(String path) {
    return path.contains("*") || path.contains("?") || path.contains("[") || path.contains("{");
  }

  private static List<String> directory(Path directory) {
    try (Stream<Path> entries = Files.list(directory)) {
      return entries.filter(Files::isRegularFile)
          .filter(file -> !isHidden(file))
          .map(Path::toString)
          .sorted()
          .toList();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static List<String> glob(Path pattern, String original) {
    Path root = pattern.getRoot();
    Path base = root;
    for (Path part : root.relativize(pattern)) {
      if (isGlob(part.toString())) {
        break;
      }
      base = base.resolve(part);
    }
    PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
    List<String> matches = new ArrayList<>();
    if (Files.isDirectory(base)) {
      try (Stream<Path> entries = Files.walk(base)) {
        entries.filter(matcher::matches).forEach(match -> {
          if (Files.isDirectory(match)) {
            matches.addAll(directory(match));
          } else if (!isHidden(match)) {
            matches.add(match.toString());
          }
        });
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    if (matches.isEmpty()) {
      throw pathNotFound(pattern);
    }
    matches.sort(null);
    return matches;
  }

  private static boolean isHidden(Path file) {
    String name = file.getFileName().toString();
    return name.startsWith("_") || name.startsWith(".");
  }

  private static EmberException pathNotFound(Path path) {
    String location = "file:" + path;
    return new EmberException(ErrorKind.ANALYSIS, "PATH_NOT_FOUND", "42K03",
        "Path does not exist: " + location + ".", Map.of("path", location));
  }
}
