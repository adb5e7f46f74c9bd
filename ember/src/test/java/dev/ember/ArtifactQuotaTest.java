package dev.ember;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.Timeout;

/** Uploaded artifacts are staged on disk, per session, within the server's quota, and deleted with the session. */
class ArtifactQuotaTest {
  @Test
  @Timeout(120)
  void uploadsLiveOnDiskWithinTheQuota() throws IOException {
    try (EmberServer server = EmberServer.start("127.0.0.1", 0, Map.of("spark.ember.server.artifactQuota", "64k"))) {
      SparkSession spark = SparkSession.builder().remote(server.remoteUrl()).create();
      try {
        // 40 KB: more than the client's 32 KiB chunk, so it arrives in chunks
        spark.addArtifact(jar(1, 40_000), "first.jar");
        List<Path> files = files(server.artifactDirectory());
        assertThat(files).hasSize(1);
        assertThat(Files.size(files.get(0))).isGreaterThan(40_000L);

        assertThatThrownBy(() -> spark.addArtifact(jar(2, 40_000), "second.jar"))
            .hasMessageContaining("RESOURCE_EXHAUSTED")
            .hasMessageContaining("spark.ember.server.artifactQuota");
        assertThat(files(server.artifactDirectory())).as("nothing of the refused upload stays").isEqualTo(files);
        // small ones still fit, and the session goes on
        spark.addArtifact(jar(3, 1_000), "third.jar");
        assertThat(files(server.artifactDirectory())).hasSize(2);
        assertThat(spark.range(3).count()).isEqualTo(3L);
      } finally {
        spark.close();
      }
      assertThat(files(server.artifactDirectory())).as("released with the session").isEmpty();
    }
  }

  private static List<Path> files(Path directory) throws IOException {
    try (Stream<Path> paths = Files.walk(directory)) {
      return paths.filter(Files::isRegularFile).sorted().toList();
    }
  }

  /** A jar holding {@code size} random bytes (which do not compress). */
  private static byte[] jar(int seed, int size) throws IOException {
    byte[] data = new byte[size];
    new Random(seed).nextBytes(data);
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    try (JarOutputStream out = new JarOutputStream(bytes)) {
      out.putNextEntry(new JarEntry("data.bin"));
      out.write(data);
      out.closeEntry();
    }
    return bytes.toByteArray();
  }
}
