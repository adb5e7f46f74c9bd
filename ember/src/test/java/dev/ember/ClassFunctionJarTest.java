package dev.ember;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarOutputStream;
import javax.tools.JavaCompiler;
import javax.tools.ToolProvider;
import org.apache.spark.SparkThrowable;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code CREATE FUNCTION f AS 'class' USING JAR 'uri'}: a UDAF class only a jar holds (compiled here, on no class
 * path of the test) is loaded from the jar the statement names, for a temporary function and for a database's, whose
 * jar the catalog keeps; without the jar the class does not load (CANNOT_LOAD_FUNCTION_CLASS).
 */
class ClassFunctionJarTest {
  private static final String SOURCE = """
      package jarred;

      import org.apache.spark.sql.Row;
      import org.apache.spark.sql.expressions.MutableAggregationBuffer;
      import org.apache.spark.sql.expressions.UserDefinedAggregateFunction;
      import org.apache.spark.sql.types.DataType;
      import org.apache.spark.sql.types.DataTypes;
      import org.apache.spark.sql.types.StructType;

      public class CountRows extends UserDefinedAggregateFunction {
        public StructType inputSchema() { return new StructType().add("value", DataTypes.LongType); }
        public StructType bufferSchema() { return new StructType().add("count", DataTypes.LongType); }
        public DataType dataType() { return DataTypes.LongType; }
        public boolean deterministic() { return true; }
        public void initialize(MutableAggregationBuffer buffer) { buffer.update(0, 100L); }
        public void update(MutableAggregationBuffer buffer, Row input) { buffer.update(0, buffer.getLong(0) + 1); }
        public void merge(MutableAggregationBuffer buffer, Row other) {
          buffer.update(0, buffer.getLong(0) + other.getLong(0) - 100L);
        }
        public Object evaluate(Row buffer) { return buffer.getLong(0); }
      }
      """;

  @TempDir
  Path directory;

  @Test
  void aClassOfAJarIsLoadedFromTheJarTheFunctionNames() throws IOException {
    String jar = jar().toUri().toString();
    SparkSession spark = Ember.builder().create();

    assertThatThrownBy(() -> spark.sql("CREATE TEMPORARY FUNCTION count_rows AS 'jarred.CountRows'"))
        .isInstanceOfSatisfying(SparkThrowable.class,
            error -> assertThat(error.getCondition()).isEqualTo("CANNOT_LOAD_FUNCTION_CLASS"));
    spark.sql("CREATE TEMPORARY FUNCTION count_rows AS 'jarred.CountRows' USING JAR '" + jar + "'");
    assertThat(spark.sql("SELECT count_rows(id) AS n FROM range(5)").collectAsList().toString())
        .isEqualTo("[[105]]");

    spark.sql("CREATE FUNCTION kept_count AS 'jarred.CountRows' USING JAR '" + jar + "'");
    try {
      SparkSession other = spark.newSession();
      assertThat(other.sql("SELECT id % 2 AS k, kept_count(id) AS n FROM range(5) GROUP BY 1 ORDER BY 1")
          .collectAsList().toString()).isEqualTo("[[0,103], [1,102]]");
    } finally {
      spark.sql("DROP FUNCTION kept_count");
    }
  }

  /** The class compiled against the test's class path, alone in a jar. */
  private Path jar() throws IOException {
    Path sources = Files.createDirectories(directory.resolve("src/jarred"));
    Path source = Files.writeString(sources.resolve("CountRows.java"), SOURCE, StandardCharsets.UTF_8);
    Path classes = Files.createDirectories(directory.resolve("classes"));
    JavaCompiler compiler = ToolProvider.getSystemJavaCompiler();
    int status = compiler.run(null, null, null, "-classpath", System.getProperty("java.class.path"), "-d",
        classes.toString(), source.toString());
    assertThat(status).isZero();
    Path jar = directory.resolve("count-rows.jar");
    try (OutputStream out = Files.newOutputStream(jar); JarOutputStream entries = new JarOutputStream(out)) {
      for (String name : List.of("jarred/CountRows.class")) {
        entries.putNextEntry(new JarEntry(name));
        entries.write(Files.readAllBytes(classes.resolve(name)));
        entries.closeEntry();
      }
    }
    return jar;
  }
}
