package dev.ember.robustness.fuzz;

import static java.nio.charset.StandardCharsets.UTF_8;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Random;
import org.apache.spark.sql.DataFrameReader;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Random CSV, JSON and Parquet inputs — well-formed, malformed, truncated or with bytes flipped — written
 * into one directory per program, read with random reader options and schemas.
 */
final class RandomInputFiles {
  private static final List<String> CSV_LINES = List.of("a,b,c", "1,x,2.5", "2,y", "3,z,4,extra", "\"q,1\",\"unclosed",
      "nope,1,1", "", "#comment", "1;2;3", "a\u0000b,1,2", "\uFEFF1,2,3", "\"multi\nline\",1,2", "NaN,Infinity,-0");
  private static final List<String> JSON_LINES = List.of("{\"a\":1,\"b\":\"x\"}", "{\"a\":\"two\"}", "[1,2]",
      "[{\"a\":1},{\"a\":2}]", "42", "{broken", "", "{'a':1}", "{\"a\":{\"n\":[1,{\"m\":null}]}}", "{\"a\":1e999}",
      "{\"b\":\"\\u0000\"}", "{\"a\":\"x\u0000y\"}", "null", "{\"c\":true,\"a\":-0.0}");
  private static final List<String[]> OPTIONS = List.of(new String[] {"header", "true"},
      new String[] {"inferSchema", "true"}, new String[] {"mode", "DROPMALFORMED"}, new String[] {"mode", "FAILFAST"},
      new String[] {"mode", "PERMISSIVE"}, new String[] {"mode", "bogus"}, new String[] {"sep", ";"},
      new String[] {"sep", ""}, new String[] {"quote", "'"}, new String[] {"escape", "\u0000"},
      new String[] {"multiLine", "true"}, new String[] {"columnNameOfCorruptRecord", "bad"},
      new String[] {"nullValue", "x"}, new String[] {"dateFormat", "yyyy-MM-dd'T'"}, new String[] {"comment", "#"},
      new String[] {"allowSingleQuotes", "false"}, new String[] {"recursiveFileLookup", "true"},
      new String[] {"pathGlobFilter", "*.csv"}, new String[] {"ignoreCorruptFiles", "true"},
      new String[] {"mergeSchema", "true"}, new String[] {"encoding", "UTF-16"}, new String[] {"samplingRatio", "0.5"},
      new String[] {"maxColumns", "1"}, new String[] {"lineSep", "|"});
  private static final List<String> SCHEMAS = List.of("a INT, b STRING, c DOUBLE", "a STRING",
      "a INT, _corrupt_record STRING", "a INT, bad STRING", "id BIGINT", "a DATE, b TIMESTAMP", "a DECIMAL(3,1)",
      "a ARRAY<INT>", "a STRUCT<n: INT>", "_corrupt_record INT");

  private final Random random;
  private final Path directory;
  private final byte[] parquet;

  RandomInputFiles(Random random, Path directory, byte[] parquet) {
    this.random = random;
    this.directory = directory;
    this.parquet = parquet;
  }

  /** A read of a fresh random file (or of the directory, or a glob) in a random format with random options. */
  Dataset<Row> read(SparkSession spark, StringBuilder description) throws IOException {
    String format = List.of("csv", "json", "parquet", "text").get(random.nextInt(4));
    Path file = directory.resolve("f" + random.nextInt(1_000_000) + "." + format);
    Files.write(file, content(format));
    DataFrameReader reader = spark.read().format(format);
    for (int i = random.nextInt(4); i > 0; i--) {
      String[] option = OPTIONS.get(random.nextInt(OPTIONS.size()));
      reader = reader.option(option[0], option[1]);
      description.append(".option(").append(option[0]).append(", ").append(option[1]).append(')');
    }
    if (random.nextInt(3) == 0) {
      String schema = SCHEMAS.get(random.nextInt(SCHEMAS.size()));
      reader = reader.schema(schema);
      description.append(".schema(").append(schema).append(')');
    }
    String path = List.of(file.toString(), file.toString(), directory.toString(), directory + "/*." + format,
        directory + "/[f", directory + "/{f").get(random.nextInt(6));
    description.append('.').append(format).append('(').append(path).append(") of ").append(Files.size(file))
        .append(" bytes");
    return reader.load(path);
  }

  private byte[] content(String format) {
    if (format.equals("parquet")) {
      return damaged(parquet.clone());
    }
    List<String> lines = format.equals("json") ? JSON_LINES : CSV_LINES;
    StringBuilder text = new StringBuilder();
    for (int i = random.nextInt(8); i > 0; i--) {
      text.append(lines.get(random.nextInt(lines.size()))).append(random.nextInt(5) == 0 ? "\r\n" : "\n");
    }
    byte[] bytes = text.toString().getBytes(UTF_8);
    return random.nextInt(4) == 0 ? damaged(bytes) : bytes;
  }

  /** Unchanged, truncated, or with a few bytes flipped. */
  private byte[] damaged(byte[] bytes) {
    switch (random.nextInt(3)) {
      case 0:
        return bytes;
      case 1:
        return java.util.Arrays.copyOf(bytes, bytes.length == 0 ? 0 : random.nextInt(bytes.length));
      default:
        for (int i = random.nextInt(4) + 1; i > 0 && bytes.length > 0; i--) {
          bytes[random.nextInt(bytes.length)] ^= (byte) (1 + random.nextInt(255));
        }
        return bytes;
    }
  }
}
