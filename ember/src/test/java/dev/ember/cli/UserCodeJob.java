package dev.ember.cli;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.udaf;
import static org.apache.spark.sql.functions.udf;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.MapGroupsFunction;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.Aggregator;
import org.apache.spark.sql.types.DataTypes;

/** A Spark job with user code (a Java UDF, an Aggregator, groupByKey().mapGroups()), for the submit test. */
public final class UserCodeJob {
  private UserCodeJob() {
  }

  /** Sums longs. */
  public static final class Total extends Aggregator<Long, Long, Long> {
    @Override
    public Long zero() {
      return 0L;
    }

    @Override
    public Long reduce(Long sum, Long value) {
      return sum + value;
    }

    @Override
    public Long merge(Long left, Long right) {
      return left + right;
    }

    @Override
    public Long finish(Long sum) {
      return sum;
    }

    @Override
    public Encoder<Long> bufferEncoder() {
      return Encoders.LONG();
    }

    @Override
    public Encoder<Long> outputEncoder() {
      return Encoders.LONG();
    }
  }

  public static void main(String[] args) throws Exception {
    SparkSession spark = SparkSession.builder().master("local[2]").appName("user-code").getOrCreate();
    long doubled = spark.range(10).select(udf((UDF1<Long, Long>) value -> value * 2, DataTypes.LongType)
        .apply(col("id")).as("twice")).agg(udaf(new Total(), Encoders.LONG()).apply(col("twice")))
        .first().getLong(0);
    List<String> groups = spark.range(10).groupByKey((MapFunction<Long, Long>) value -> value % 2, Encoders.LONG())
        .mapGroups((MapGroupsFunction<Long, Long, String>) (key, values) -> {
          long count = 0;
          while (values.hasNext()) {
            values.next();
            count++;
          }
          return key + ":" + count;
        }, Encoders.STRING()).collectAsList().stream().sorted().collect(Collectors.toList());
    Files.writeString(Path.of(args[0]), doubled + " " + groups);
  }
}
