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
 * The paths a user gave {@code spark.read()}, as Spark takes them: relative to the working directory,
 * {@code file:} prefixes dropped, globs expanded to the files and directories they match; a path
 * that matches nothing is {@code PATH_NOT_FOUND}. Names Spark hides ({@code _x}, {@code .x}) are skipped.
 */
public final class FilePaths {
  private FilePaths() {
  }

  /**
   * Each path made absolute; a glob becomes what it matches, in name order. A write a dead process left half-published
   * at a path is finished first ({@link StagedWrite#recover}).
   */
  static List<Path> roots(List<String> paths) {
    List<Path> roots = new ArrayList<>();
    for (String path : paths) {
      Path absolute = local(path);
      if (!isGlob(path)) {
        StagedWrite.recover(absolute);
      }
      if (isGlob(path)) {
        roots.addAll(glob(absolute));
      } else if (Files.exists(absolute)) {
        roots.add(absolute);
      } else {
        throw pathNotFound(absolute);
      }
    }
    return roots;
  }

  /** A path of the local file system, absolute and normalized. */
  public static Path local(String path) {
    String text = path.startsWith("file:") ? path.substring("file:".length()) : path;
    return Path.of(text).toAbsolutePath().normalize();
  }

  /** Spark's {@code shouldFilterOutPathName}: hidden and temporary names, except partition directories. */
  static boolean isHidden(Path path) {
    String name = path.getFileName() == null ? "" : path.getFileName().toString();
    return (name.startsWith("_") && !name.contains("=")) || name.startsWith(".") || name.endsWith("._COPYING_");
  }

  /** The part of a path before its first glob component (the path itself when it has none). */
  static Path fixedPart(Path path) {
    Path root = path.getRoot();
    Path base = root;
    for (Path part : root.relativize(path)) {
      if (isGlob(part.toString())) {
        return base;
      }
      base = base.resolve(part);
    }
    return path;
  }

  private static boolean isGlob(String path) {
    return path.contains("*") || path.contains("?") || path.contains("[") || path.contains("{");
  }

  private static List<Path> glob(Path pattern) {
    Path root = pattern.getRoot();
    for (Path part : root.relativize(pattern)) {
      GlobSyntax.check(part.toString());
    }
    Path base = root;
    int depth = 0;
    for (Path part : root.relativize(pattern)) {
      if (isGlob(part.toString())) {
        break;
      }
      base = base.resolve(part);
      depth++;
    }
    PathMatcher matcher = FileSystems.getDefault().getPathMatcher("glob:" + pattern);
    List<Path> matches = new ArrayList<>();
    if (Files.isDirectory(base)) {
      int patternDepth = root.relativize(pattern).getNameCount() - depth;
      try (Stream<Path> entries = Files.walk(base, patternDepth)) {
        entries.filter(matcher::matches).filter(match -> !isHidden(match)).forEach(matches::add);
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

  static EmberException pathNotFound(Path path) {
    String location = "file:" + path;
    return new EmberException(ErrorKind.ANALYSIS, "PATH_NOT_FOUND", "42K03",
        "Path does not exist: " + location + ".", Map.of("path", location));
  }
}
