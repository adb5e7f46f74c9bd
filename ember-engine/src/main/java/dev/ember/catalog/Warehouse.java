package dev.ember.catalog;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.channels.FileChannel;
import java.nio.channels.FileLock;
import java.nio.channels.OverlappingFileLockException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardOpenOption;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.function.UnaryOperator;

/**
 * The persistent catalog of one warehouse directory ({@code spark.sql.warehouse.dir}), shared by every session of the
 * JVM that names it. Nothing is written until a database or table is created; from then on its state lives in
 * {@code _ember_catalog/catalog.json} (replaced atomically, {@link CatalogFile}) and the process holds a lock on
 * {@code _ember_catalog/lock} for as long as it runs: a second process opening the warehouse fails with
 * {@link CatalogErrors#warehouseInUse}, never writes beside the first.
 */
public final class Warehouse {
  private static final Map<Path, Warehouse> OPEN = new ConcurrentHashMap<>();
  private static final String CATALOG_DIRECTORY = "_ember_catalog";

  private final Path root;
  private CatalogState state;
  private FileLock lock;

  private Warehouse(Path root) {
    this.root = root;
  }

  /** The warehouse at a location ({@code file:/...} or a plain path, relative to the working directory). */
  public static Warehouse at(String location) {
    return OPEN.computeIfAbsent(path(location), Warehouse::new);
  }

  /** Spark's form of a directory: {@code file:/absolute/path}. */
  public static String uri(Path directory) {
    return "file:" + directory.toAbsolutePath().normalize();
  }

  public Path root() {
    return root;
  }

  public String location() {
    return uri(root);
  }

  /** A directory given as {@code file:/...} or a plain path. */
  public static Path path(String location) {
    String path = location.startsWith("file:") ? location.substring("file:".length()) : location;
    while (path.startsWith("//")) {
      path = path.substring(1);
    }
    return Path.of(path).toAbsolutePath().normalize();
  }

  /** The current state; reading an existing catalog takes the warehouse's lock. */
  public synchronized CatalogState state() {
    if (state == null) {
      Path file = catalogFile();
      if (Files.exists(file)) {
        lock();
        try {
          state = CatalogFile.read(file);
        } catch (IOException e) {
          throw new UncheckedIOException(e);
        }
      } else {
        state = CatalogState.initial(location());
      }
    }
    return state;
  }

  /**
   * Applies a change and writes the new state before it becomes current; a change that throws leaves everything
   * as it was. Returns the new state.
   */
  public synchronized CatalogState update(UnaryOperator<CatalogState> change) {
    CatalogState next = change.apply(state());
    if (next == state) {
      return next;
    }
    try {
      Files.createDirectories(root.resolve(CATALOG_DIRECTORY));
      lock();
      CatalogFile.write(catalogFile(), next);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    state = next;
    return next;
  }

  private Path catalogFile() {
    return root.resolve(CATALOG_DIRECTORY).resolve("catalog.json");
  }

  private void lock() {
    if (lock != null) {
      return;
    }
    try {
      Files.createDirectories(root.resolve(CATALOG_DIRECTORY));
      FileChannel channel = FileChannel.open(root.resolve(CATALOG_DIRECTORY).resolve("lock"), StandardOpenOption.CREATE,
          StandardOpenOption.WRITE);
      FileLock taken;
      try {
        taken = channel.tryLock();
      } catch (OverlappingFileLockException e) {
        taken = null;
      }
      if (taken == null) {
        channel.close();
        throw CatalogErrors.warehouseInUse(location());
      }
      lock = taken;
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
