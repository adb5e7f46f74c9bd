package dev.ember.bench;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.sum;

import java.util.ArrayList;
import java.util.List;
import java.util.stream.LongStream;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * One measured process of {@link LocalDataBenchmark}: data that lives in the client, sent to the engine.
 * Prints {@code @@phase NAME MS} lines, then {@code @@rss MIB} (VmHWM) and exits.
 * <pre>LocalDataProbe create|isin-ember|loopback|spark LAUNCH_EPOCH_MS SIZE WARM_UP_SIZE</pre>
 * {@code create}: {@code createDataFrame(List<Row>, schema)} of SIZE rows × 5 columns (long, double, string,
 * date, int), then {@code count()}; the rows are built before the clock starts. {@code isin}:
 * {@code spark.range(3 × SIZE).filter(col("id").isin(SIZE longs)).count()}, the client's building of the
 * Column timed apart from the action. Each first runs once at WARM_UP_SIZE. Engines: {@code ember}
 * ({@code Ember.session()}), {@code loopback} (the official client over a loopback socket to an
 * {@code EmberServer} in this same process, so the peak RSS is client and server together, as in the
 * other two), {@code spark} (classic Spark, {@code local[2]}).
 */
public final class LocalDataProbe {
    static final String CREATE_TOTAL = "createDataFrame + count()";
    static final String CREATE_CALL = "createDataFrame call";
    static final String CREATE_COUNT = "count()";
    static final String BUILD_ROWS = "build the rows (not counted)";
    static final String BUILD_COLUMN = "build the Column (client, not counted)";
    static final String ISIN_ACTION = "filter(isin) count(): action to answer";
    static final String ISIN_FILTER = "filter() call";
    static final String ISIN_COUNT = "count() of the filtered range";
    static final String WARM_UP = "warm-up: ";
    static final StructType SCHEMA = new StructType()
        .add("id", DataTypes.LongType, false)
        .add("amount", DataTypes.DoubleType)
        .add("label", DataTypes.StringType)
        .add("day", DataTypes.DateType)
        .add("bucket", DataTypes.IntegerType);
    private static final long FIRST_DAY = java.time.LocalDate.of(2020, 1, 1).toEpochDay();

    private LocalDataProbe() {
    }

    public static void main(String[] args) throws Exception {
        long main = System.currentTimeMillis();
        String[] measurementAndEngine = args[0].split("-", 2);
        StartupProbe.phase("jvm start to main", main - Long.parseLong(args[1]));
        int size = Integer.parseInt(args[2]);
        int warmUpSize = Integer.parseInt(args[3]);
        long started = System.nanoTime();
        SparkSession spark = session(measurementAndEngine[1]);
        spark.range(1).count();
        StartupProbe.phase("session + first count (not counted)", millisecondsSince(started));
        boolean create = measurementAndEngine[0].equals("create");
        for (int round = 0; round < 2; round++) {
            String prefix = round == 0 ? WARM_UP : "";
            int roundSize = round == 0 ? warmUpSize : size;
            if (create) {
                createDataFrame(spark, roundSize, prefix);
            } else {
                isin(spark, roundSize, prefix);
            }
        }
        StartupProbe.printPeakResident();
        System.exit(0);
    }

    static SparkSession session(String engine) {
        return switch (engine) {
            case "ember" -> EmberSessions.embedded();
            case "loopback" -> EmberSessions.loopback();
            case "spark" -> StartupProbe.sparkLocal();
            default -> throw new IllegalArgumentException("unknown engine " + engine);
        };
    }

    static void createDataFrame(SparkSession spark, int size, String prefix) {
        long started = System.nanoTime();
        List<Row> rows = rows(size);
        StartupProbe.phase(prefix + BUILD_ROWS, millisecondsSince(started));
        started = System.nanoTime();
        Dataset<Row> dataFrame = spark.createDataFrame(rows, SCHEMA);
        double call = millisecondsSince(started);
        long counted = dataFrame.count();
        double total = millisecondsSince(started);
        if (counted != size) {
            throw new IllegalStateException("count() gave " + counted + ", not " + size);
        }
        StartupProbe.phase(prefix + CREATE_CALL, call);
        StartupProbe.phase(prefix + CREATE_COUNT, total - call);
        StartupProbe.phase(prefix + CREATE_TOTAL, total);
        checkValues(dataFrame, size);
    }

    static List<Row> rows(int size) {
        List<Row> rows = new ArrayList<>(size);
        for (int i = 0; i < size; i++) {
            rows.add(RowFactory.create((long) i, i * 0.25, "label-" + i,
                java.sql.Date.valueOf(java.time.LocalDate.ofEpochDay(FIRST_DAY + i % 3650)), i % 1000));
        }
        return rows;
    }

    /** Not timed: the values arrived (sums of the numeric columns, the largest string and date). */
    private static void checkValues(Dataset<Row> dataFrame, long size) {
        Row sums = dataFrame.agg(sum("id"), sum("amount"), sum("bucket")).first();
        long ids = size * (size - 1) / 2;
        long buckets = LongStream.range(0, size).map(i -> i % 1000).sum();
        if (sums.getLong(0) != ids || sums.getDouble(1) != ids * 0.25 || sums.getLong(2) != buckets) {
            throw new IllegalStateException("wrong sums " + sums + ": expected " + ids + ", " + ids * 0.25 + ", " + buckets);
        }
    }

    static void isin(SparkSession spark, int size, String prefix) {
        Object[] values = LongStream.range(0, size).map(value -> value * 3).boxed().toArray();
        long started = System.nanoTime();
        Column condition = col("id").isin(values);
        StartupProbe.phase(prefix + BUILD_COLUMN, millisecondsSince(started));
        started = System.nanoTime();
        Dataset<Long> filtered = spark.range(3L * size).filter(condition);
        double filter = millisecondsSince(started);
        long counted = filtered.count();
        double action = millisecondsSince(started);
        StartupProbe.phase(prefix + ISIN_FILTER, filter);
        StartupProbe.phase(prefix + ISIN_COUNT, action - filter);
        StartupProbe.phase(prefix + ISIN_ACTION, action);
        if (counted != size) {
            throw new IllegalStateException("count() gave " + counted + ", not " + size);
        }
    }

    private static double millisecondsSince(long started) {
        return (System.nanoTime() - started) / 1e6;
    }

    /** Kept apart so that the Spark probe (classic Spark's classpath, no Ember) never resolves Ember's classes. */
    static final class EmberSessions {
        static SparkSession embedded() {
            return dev.ember.Ember.session();
        }

        static SparkSession loopback() {
            dev.ember.EmberServer server = dev.ember.EmberServer.start("127.0.0.1", 0);
            return SparkSession.builder().remote(server.remoteUrl()).getOrCreate();
        }
    }
}
