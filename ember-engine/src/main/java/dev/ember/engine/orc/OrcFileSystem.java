package dev.ember.engine.orc;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.URI;
import org.apache.hadoop.conf.Configuration;
import org.apache.hadoop.fs.FileSystem;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.fs.RawLocalFileSystem;

/**
 * The local file system as ORC's library sees it: Hadoop's raw one, which writes no {@code .crc} files beside the
 * data, so a written file is just the file.
 */
final class OrcFileSystem {
  private static volatile Holder holder;

  private record Holder(Configuration conf, FileSystem fileSystem) {
  }

  private OrcFileSystem() {
  }

  static Configuration conf() {
    return holder().conf();
  }

  static FileSystem fileSystem() {
    return holder().fileSystem();
  }

  static Path path(java.nio.file.Path file) {
    return new Path(file.toAbsolutePath().toUri());
  }

  private static Holder holder() {
    Holder known = holder;
    if (known == null) {
      synchronized (OrcFileSystem.class) {
        known = holder;
        if (known == null) {
          Configuration conf = new Configuration();
          RawLocalFileSystem fileSystem = new RawLocalFileSystem();
          try {
            fileSystem.initialize(URI.create("file:///"), conf);
          } catch (IOException e) {
            throw new UncheckedIOException(e);
          }
          known = new Holder(conf, fileSystem);
          holder = known;
        }
      }
    }
    return known;
  }
}
