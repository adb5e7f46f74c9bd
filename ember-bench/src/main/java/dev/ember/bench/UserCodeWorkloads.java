package dev.ember.bench;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.sum;
import static org.apache.spark.sql.functions.udaf;
import static org.apache.spark.sql.functions.udf;

import java.io.Serializable;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.function.BiFunction;
import org.apache.spark.api.java.function.FilterFunction;
import org.apache.spark.api.java.function.MapFunction;
import org.apache.spark.api.java.function.MapGroupsFunction;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Encoder;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.api.java.UDF1;
import org.apache.spark.sql.expressions.Aggregator;
import org.apache.spark.sql.expressions.UserDefinedFunction;
import org.apache.spark.sql.types.DataTypes;

/**
 * The user code workloads of {@link UserCodeBenchmark} (issue 17), the same code on every engine, each over
 * {@code spark.range(rows)} and ending in one summed value (so that the result, not a collect of every row, leaves
 * the engine), checked against the sum it must give.
 */
final class UserCodeWorkloads {
    static final String UDF = "Java UDF (select)";
    static final String TYPED = "typed filter + map over beans";
    static final String MAP_GROUPS = "groupByKey + mapGroups";
    static final String AGGREGATOR = "Aggregator (udaf, groupBy)";
    static final int GROUPS = 1000;

    private UserCodeWorkloads() {
    }

    /** Workload name → the code computing its one value over {@code rows} rows, and the value it must give. */
    static Map<String, BiFunction<SparkSession, Long, Long>> all() {
        Map<String, BiFunction<SparkSession, Long, Long>> workloads = new LinkedHashMap<>();
        workloads.put(UDF, UserCodeWorkloads::udfSelect);
        workloads.put(TYPED, UserCodeWorkloads::typedFilterMap);
        workloads.put(MAP_GROUPS, UserCodeWorkloads::mapGroups);
        workloads.put(AGGREGATOR, UserCodeWorkloads::aggregator);
        return workloads;
    }

    /** What each workload must sum to over {@code rows} rows (ids 0 .. rows-1). */
    static long expected(String workload, long rows) {
        long ids = rows * (rows - 1) / 2;
        return switch (workload) {
            case UDF -> 3 * ids + rows;
            // ids whose bucket (id % 100) is below 50, doubled
            case TYPED -> 2 * evenHundredsSum(rows);
            case MAP_GROUPS, AGGREGATOR -> ids;
            default -> throw new IllegalArgumentException(workload);
        };
    }

    private static long evenHundredsSum(long rows) {
        long total = 0;
        for (long id = 0; id < rows; id++) {
            if (id % 100 < 50) {
                total += id;
            }
        }
        return total;
    }

    /** {@code udf((UDF1<Long, Long>) x -> 3x + 1)} over every id. */
    static long udfSelect(SparkSession spark, long rows) {
        UserDefinedFunction triple = udf((UDF1<Long, Long>) x -> 3 * x + 1, DataTypes.LongType);
        return single(spark.range(rows).select(sum(triple.apply(col("id")))));
    }

    /** Rows as {@link Item} beans, {@code filter(FilterFunction)} then {@code map(MapFunction)} to a long. */
    static long typedFilterMap(SparkSession spark, long rows) {
        Dataset<Long> doubled = spark.range(rows).selectExpr("id", "id % 100 AS bucket").as(Encoders.bean(Item.class))
            .filter((FilterFunction<Item>) item -> item.getBucket() < 50)
            .map((MapFunction<Item, Long>) item -> item.getId() * 2, Encoders.LONG());
        return single(doubled.agg(sum("value")));
    }

    /** {@code groupByKey(id % 1000).mapGroups(sum of the group)}, summed. */
    static long mapGroups(SparkSession spark, long rows) {
        Dataset<Long> sums = spark.range(rows).as(Encoders.LONG())
            .groupByKey((MapFunction<Long, Long>) id -> id % GROUPS, Encoders.LONG())
            .mapGroups((MapGroupsFunction<Long, Long, Long>) (key, ids) -> {
                long total = 0;
                while (ids.hasNext()) {
                    total += ids.next();
                }
                return total;
            }, Encoders.LONG());
        return single(sums.agg(sum("value")));
    }

    /** An {@link Aggregator} summing ids ({@code functions.udaf}) per {@code id % 1000}, summed. */
    static long aggregator(SparkSession spark, long rows) {
        UserDefinedFunction total = udaf(new LongSum(), Encoders.LONG());
        return single(spark.range(rows).groupBy(col("id").mod(GROUPS).as("k")).agg(total.apply(col("id")).as("s"))
            .agg(sum("s")));
    }

    private static long single(Dataset<Row> result) {
        return result.collectAsList().get(0).getLong(0);
    }

    /** A bean of two longs. */
    public static final class Item implements Serializable {
        private long id;
        private long bucket;

        public long getId() {
            return id;
        }

        public void setId(long id) {
            this.id = id;
        }

        public long getBucket() {
            return bucket;
        }

        public void setBucket(long bucket) {
            this.bucket = bucket;
        }
    }

    /** A sum of longs. */
    static final class LongSum extends Aggregator<Long, Long, Long> {
        @Override
        public Long zero() {
            return 0L;
        }

        @Override
        public Long reduce(Long buffer, Long value) {
            return buffer + value;
        }

        @Override
        public Long merge(Long left, Long right) {
            return left + right;
        }

        @Override
        public Long finish(Long buffer) {
            return buffer;
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
}
