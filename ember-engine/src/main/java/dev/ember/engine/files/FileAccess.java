package dev.ember.engine.files;

import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.LinkOption;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * A server's allow-list of directories its readers and writers may use ({@code spark.ember.server.readablePaths},
 * {@code spark.ember.server.writablePaths}: comma-separated directories, fixed at start; none set: any path the
 * server's user can reach, as Spark). With a list, a read must stay in a readable or writable directory and a write in
 * a writable one (the warehouse directory counts as both); anything else fails with Spark's
 * {@code FORBIDDEN_OPERATION} before a file is touched. A path is judged by where it really is: {@code ..} resolved,
 * symbolic links followed (to their target, or refused when dangling), a glob's fixed part checked before it is
 * expanded and every file a read lists checked after.
 */
public final class FileAccess {
  public static final String READABLE_CONF = "spark.ember.server.readablePaths";
  public static final String WRITABLE_CONF = "spark.ember.server.writablePaths";
  /** No allow-list: any path, as Spark. */
  public static final FileAccess UNRESTRICTED = new FileAccess(null, null);

  /** Real paths of the readable and writable directories; null when there is no allow-list. */
  private final List<Path> readable;
  private final List<Path> writable;

  private FileAccess(List<Path> readable, List<Path> writable) {
    this.readable = readable;
    this.writable = writable;
  }

  /** The allow-list of a server's confs; each directory must exist. */
  public static FileAccess of(Map<String, String> conf) {
    String readableText = conf.get(READABLE_CONF);
    String writableText = conf.get(WRITABLE_CONF);
    if (readableText == null && writableText == null) {
      return UNRESTRICTED;
    }
    List<Path> writable = directories(WRITABLE_CONF, writableText);
    List<Path> readable = new ArrayList<>(directories(READABLE_CONF, readableText));
    readable.addAll(writable);
    return new FileAccess(List.copyOf(readable), writable);
  }

  private static List<Path> directories(String key, String text) {
    List<Path> directories = new ArrayList<>();
    if (text == null) {
      return directories;
    }
    for (String part : text.split(",")) {
      if (part.isBlank()) {
        continue;
      }
      Path path = FilePaths.local(part.trim());
      try {
        if (!Files.isDirectory(path)) {
          throw new IllegalArgumentException(key + ": " + path + " is not a directory");
        }
        directories.add(path.toRealPath());
      } catch (IOException e) {
        throw new IllegalArgumentException(key + ": cannot read " + path + ": " + e.getMessage(), e);
      }
    }
    return directories;
  }

  public boolean restricted() {
    return readable != null;
  }

  /** Refuses paths a reader was given (globs by their fixed part) outside the readable directories. */
  public void checkRead(Collection<String> paths, Optional<String> warehouse) {
    if (restricted()) {
      for (String path : paths) {
        check("READ", path, FilePaths.fixedPart(FilePaths.local(path)), readable, warehouse);
      }
    }
  }

  /** Refuses files a read listed (through links, matched by a glob) outside the readable directories. */
  public void checkListedFiles(Collection<String> files, Optional<String> warehouse) {
    if (restricted()) {
      for (String file : files) {
        check("READ", file, FilePaths.local(file), readable, warehouse);
      }
    }
  }

  /** Refuses a write's target outside the writable directories. */
  public void checkWrite(String path, Optional<String> warehouse) {
    if (restricted()) {
      check("WRITE", path, FilePaths.local(path), writable, warehouse);
    }
  }

  private static void check(String operation, String given, Path path, List<Path> allowed, Optional<String> warehouse) {
    Optional<Path> real = real(path);
    if (real.isPresent() && (within(real.get(), allowed)
        || warehouse.flatMap(dir -> real(FilePaths.local(dir))).filter(dir -> real.get().startsWith(dir)).isPresent())) {
      return;
    }
    String location = "file:" + FilePaths.local(given);
    throw new EmberException(ErrorKind.ANALYSIS, "FORBIDDEN_OPERATION", "42809",
        "The operation " + operation + " is not allowed on the PATH: " + location + ".",
        Map.of("statement", operation, "objectType", "PATH", "objectName", location));
  }

  private static boolean within(Path real, List<Path> allowed) {
    for (Path directory : allowed) {
      if (real.startsWith(directory)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Where an absolute, normalized path really is: the real path of its deepest existing part (links followed), then
   * the rest; empty when that part is a dangling link or cannot be read.
   */
  static Optional<Path> real(Path path) {
    Path existing = path;
    while (existing != null && !Files.exists(existing, LinkOption.NOFOLLOW_LINKS)) {
      existing = existing.getParent();
    }
    if (existing == null) {
      return Optional.empty();
    }
    try {
      return Optional.of(existing.toRealPath().resolve(existing.relativize(path)).normalize());
    } catch (IOException dangling) {
      return Optional.empty();
    }
  }
}
