package dev.ember.robustness.fuzz;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.count;
import static org.apache.spark.sql.functions.max;
import static org.apache.spark.sql.functions.sum;

import java.io.IOException;
import java.util.List;
import java.util.Random;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;

/**
 * Random DataFrame programs: a source (a range, local rows, or a random input file) followed by a random
 * chain of operations, some deep and some wide, on random names and literals. Each step is appended to a
 * description, which a failure prints.
 */
final class RandomPrograms {
  private final Random random;
  private final RandomValues values;
  private final RandomInputFiles files;

  RandomPrograms(Random random, RandomInputFiles files) {
    this.random = random;
    this.values = new RandomValues(random);
    this.files = files;
  }

  Dataset<Row> program(SparkSession spark, StringBuilder description) throws IOException {
    Dataset<Row> df = source(spark, description);
    int steps = random.nextInt(10) == 0 ? 60 + random.nextInt(200) : random.nextInt(8);
    for (int i = 0; i < steps; i++) {
      df = step(df, description);
    }
    return df;
  }

  private Dataset<Row> source(SparkSession spark, StringBuilder description) throws IOException {
    switch (random.nextInt(3)) {
      case 0:
        int rows = random.nextInt(50);
        description.append("range(").append(rows).append(')');
        return spark.range(rows).toDF();
      case 1:
        Column first = values.literal();
        Column second = values.literal();
        String name = values.name();
        description.append("range(3).select(id, ").append(shown(first)).append(" as v, ").append(shown(second)).append(" as ")
            .append(printable(name)).append(')');
        return spark.range(3).select(col("id"), first.as("v"), second.as(name));
      default:
        description.append("read()");
        return files.read(spark, description);
    }
  }

  private Dataset<Row> step(Dataset<Row> df, StringBuilder description) {
    String[] columns = df.columns();
    Column existing = columns.length == 0 ? values.literal() : col(quoted(columns[random.nextInt(columns.length)]));
    String name = values.name();
    Column literal = values.literal();
    switch (random.nextInt(16)) {
      case 0:
        description.append("\n .withColumn(").append(printable(name)).append(", ").append(shown(literal)).append(')');
        return df.withColumn(name, literal);
      case 1:
        description.append("\n .select(existing, ").append(shown(literal)).append(" as ").append(printable(name)).append(")");
        return df.select(existing, literal.as(name));
      case 2:
        description.append("\n .filter(existing = ").append(shown(literal)).append(")");
        return df.filter(existing.equalTo(literal));
      case 3: {
        int limit = values.count();
        description.append("\n .limit(").append(limit).append(')');
        return df.limit(limit);
      }
      case 4: {
        int offset = values.count();
        description.append("\n .offset(").append(offset).append(')');
        return df.offset(offset);
      }
      case 5:
        description.append("\n .orderBy(existing desc)");
        return df.orderBy(existing.desc());
      case 6:
        description.append("\n .groupBy(existing).agg(count, max, sum)");
        return df.groupBy(existing).agg(count(existing), max(existing), sum(existing));
      case 7:
        description.append("\n .union(self)");
        return df.union(df);
      case 8:
        description.append("\n .distinct()");
        return df.distinct();
      case 9:
        description.append("\n .withColumnRenamed(existing, ").append(printable(name)).append(')');
        return columns.length == 0 ? df : df.withColumnRenamed(columns[random.nextInt(columns.length)], name);
      case 10:
        description.append("\n .toDF(names)");
        return df.toDF(java.util.stream.IntStream.range(0, columns.length).mapToObj(i -> values.name())
            .toArray(String[]::new));
      case 11:
        description.append("\n .drop(existing)");
        return columns.length == 0 ? df : df.drop(columns[random.nextInt(columns.length)]);
      case 12:
        description.append("\n .crossJoin(self).limit(10)");
        return df.limit(10).crossJoin(df.limit(10));
      case 13:
        description.append("\n .select(existing + ").append(shown(literal)).append(", cast)");
        String type = values.pick(List.of("int", "string", "double", "date", "timestamp", "binary", "decimal(5,2)",
            "boolean"));
        description.append(" as ").append(type);
        return df.select(existing.plus(literal).as(name), existing.cast(type));
      case 14:
        description.append("\n .dropDuplicates()");
        return df.dropDuplicates();
      default:
        description.append("\n .sample(0.5, 1)");
        return df.sample(0.5, 1);
    }
  }

  /** A column name as {@code col} reads it: backquoted, backquotes doubled. */
  private static String quoted(String name) {
    return "`" + name.replace("`", "``") + "`";
  }

  private static String shown(Column column) {
    return printable(String.valueOf(column));
  }

  static String printable(String text) {
    String shown = text.length() > 40 ? text.substring(0, 20) + "...(" + text.length() + " chars)" : text;
    return "\"" + shown.replace("\u0000", "\\0").replace("\n", "\\n") + "\"";
  }
}
