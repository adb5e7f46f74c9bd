package dev.ember;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Map;
import org.apache.spark.sql.AnalysisException;
import org.apache.spark.sql.SparkSession;
import org.assertj.core.api.ThrowableAssert.ThrowingCallable;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A server's allow-list of directories (spark.ember.server.readablePaths / writablePaths), through the official
 * client: readers and writers stay inside it, whatever the path says ({@code ..}, symbolic links, globs, SQL on files).
 */
class FileAccessTest {
  @TempDir
  static Path base;
  private static Path readable;
  private static Path writable;
  private static Path outside;
  private static EmberServer server;
  private static SparkSession spark;

  @BeforeAll
  static void start() throws IOException {
    readable = Files.createDirectories(base.resolve("readable"));
    writable = Files.createDirectories(base.resolve("writable"));
    outside = Files.createDirectories(base.resolve("outside"));
    Files.writeString(readable.resolve("in.csv"), "a\n1\n");
    Files.writeString(outside.resolve("secret.csv"), "a\n42\n");
    Files.createDirectories(readable.resolve("sub"));
    Files.writeString(readable.resolve("sub/more.csv"), "a\n2\n");
    Files.createSymbolicLink(readable.resolve("sub/link.csv"), outside.resolve("secret.csv"));
    Files.createSymbolicLink(readable.resolve("linkdir"), outside);
    Files.createSymbolicLink(writable.resolve("escape"), outside);
    Files.createSymbolicLink(writable.resolve("dangling"), outside.resolve("later"));
    server = EmberServer.start("127.0.0.1", 0, Map.of(
        "spark.ember.server.readablePaths", readable.toString(),
        "spark.ember.server.writablePaths", writable.toString()));
    spark = SparkSession.builder().remote(server.remoteUrl()).create();
  }

  @AfterAll
  static void stop() throws IOException {
    spark.close();
    server.close();
  }

  @Test
  void readsInsideTheReadableDirectories() {
    assertThat(spark.read().option("header", "true").csv(readable.resolve("in.csv").toString()).count()).isEqualTo(1L);
    assertThat(spark.sql("SELECT * FROM csv.`" + readable.resolve("in.csv") + "`").count()).isEqualTo(2L);
  }

  @Test
  void readsOutsideAreForbidden() {
    forbidden(() -> csv(outside.resolve("secret.csv").toString()), "READ", outside.resolve("secret.csv"));
    forbidden(() -> csv("/etc/passwd"), "READ", Path.of("/etc/passwd"));
    // a path that does not exist is refused alike: nothing tells whether it exists
    forbidden(() -> csv(outside.resolve("nothing.csv").toString()), "READ", outside.resolve("nothing.csv"));
    forbidden(() -> spark.sql("SELECT * FROM csv.`" + outside.resolve("secret.csv") + "`").count(), "READ",
        outside.resolve("secret.csv"));
    forbidden(() -> spark.read().csv(outside.resolve("secret.csv").toString()).inputFiles(), "READ",
        outside.resolve("secret.csv"));
  }

  @Test
  void pathTricksAreForbidden() {
    // .. out of the directory
    forbidden(() -> csv(readable + "/../outside/secret.csv"), "READ", outside.resolve("secret.csv"));
    // a link to a file outside, read by its name, through its directory or matched by a glob
    forbidden(() -> csv(readable.resolve("sub/link.csv").toString()), "READ", readable.resolve("sub/link.csv"));
    forbidden(() -> csv(readable.resolve("sub").toString()), "READ", readable.resolve("sub/link.csv"));
    forbidden(() -> csv(readable + "/sub/*.csv"), "READ", readable.resolve("sub/link.csv"));
    // a link to a directory outside
    forbidden(() -> csv(readable.resolve("linkdir/secret.csv").toString()), "READ",
        readable.resolve("linkdir/secret.csv"));
    // a glob whose fixed part is outside, and one climbing out after a wildcard
    forbidden(() -> csv(outside + "/*.csv"), "READ", outside.resolve("*.csv"));
    forbidden(() -> csv(readable + "/*/../../outside/*.csv"), "READ", outside.resolve("*.csv"));
  }

  @Test
  void writesOnlyInsideTheWritableDirectories() {
    String target = writable.resolve("out").toString();
    spark.range(3).write().mode("overwrite").parquet(target);
    assertThat(spark.read().parquet(target).count()).as("a writable directory is readable").isEqualTo(3L);
    forbidden(() -> spark.range(3).write().parquet(readable.resolve("out").toString()), "WRITE",
        readable.resolve("out"));
    forbidden(() -> spark.range(3).write().parquet(writable + "/../outside/out"), "WRITE", outside.resolve("out"));
    forbidden(() -> spark.range(3).write().parquet(writable.resolve("escape/out").toString()), "WRITE",
        writable.resolve("escape/out"));
    // a link to a place that does not exist yet would be created outside
    forbidden(() -> spark.range(3).write().parquet(writable.resolve("dangling").toString()), "WRITE",
        writable.resolve("dangling"));
    forbidden(() -> spark.sql("CREATE TABLE t_outside USING parquet LOCATION '" + outside.resolve("t")
        + "' AS SELECT 1 AS x").count(), "WRITE", outside.resolve("t"));
    assertThat(Files.exists(outside.resolve("out"))).isFalse();
    assertThat(Files.exists(outside.resolve("t"))).isFalse();
    assertThat(Files.exists(outside.resolve("later"))).isFalse();
  }

  @Test
  void theWarehouseIsAllowed() {
    spark.sql("CREATE TABLE managed USING parquet AS SELECT 1 AS x");
    try {
      assertThat(spark.table("managed").count()).isEqualTo(1L);
    } finally {
      spark.sql("DROP TABLE managed");
    }
  }

  private static long csv(String path) {
    return spark.read().csv(path).count();
  }

  private static void forbidden(ThrowingCallable call, String operation, Path path) {
    assertThatThrownBy(call).isInstanceOfSatisfying(AnalysisException.class, error -> {
      assertThat(error.getCondition()).isEqualTo("FORBIDDEN_OPERATION");
      assertThat(error.getMessageParameters()).containsEntry("statement", operation)
          .containsEntry("objectType", "PATH").containsEntry("objectName", "file:" + path);
    });
  }
}
