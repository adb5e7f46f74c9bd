package dev.ember.commands;

import dev.ember.catalog.CatalogTable;
import dev.ember.catalog.TableKind;
import dev.ember.catalog.Warehouse;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;

/** The directories of managed tables: created with the table, emptied by TRUNCATE, deleted by DROP. */
final class TableFiles {
  private TableFiles() {
  }

  static void deleteIfManaged(CatalogTable table) {
    if (table.kind() == TableKind.MANAGED) {
      table.location().ifPresent(TableFiles::delete);
    }
  }

  /** Deletes a directory and everything in it (nothing when it does not exist). */
  static void delete(String location) {
    dev.ember.engine.files.StagedWrite.deleteRecursively(Warehouse.path(location));
  }

  /** Deletes what a directory holds, keeping the directory. */
  static void empty(String location) {
    Path directory = Warehouse.path(location);
    if (!Files.isDirectory(directory)) {
      return;
    }
    try (Stream<Path> children = Files.list(directory)) {
      for (Path child : children.toList()) {
        delete(child.toString());
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  static void create(String location) {
    try {
      Files.createDirectories(Warehouse.path(location));
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Whether a directory exists and holds something. */
  static boolean holdsFiles(String location) {
    Path directory = Warehouse.path(location);
    if (!Files.isDirectory(directory)) {
      return false;
    }
    try (Stream<Path> children = Files.list(directory)) {
      return children.findAny().isPresent();
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
