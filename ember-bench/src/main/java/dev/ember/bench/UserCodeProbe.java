package dev.ember.bench;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiFunction;
import org.apache.spark.sql.SparkSession;

/**
 * One process of {@link UserCodeBenchmark}: every workload of {@link UserCodeWorkloads} on one engine, {@link #WARM_UPS}
 * warm-up runs (the first reported) and then {@link #MEASURED} measured ones each (their median reported), every
 * result checked. Arguments: {@code user-ENGINE LAUNCH_EPOCH_MS ROWS}, ENGINE
 * {@code ember} ({@code Ember.session()}, embedded) or {@code spark} (classic Spark 4.2.0, {@code local[2]}). Prints
 * {@code @@phase WORKLOAD MS} (and {@code WORKLOAD warm-up}) lines, then {@code @@rss}.
 */
public final class UserCodeProbe {
    static final String WARM_UP = " warm-up";
    /** Runs before the measured ones (the JIT compiles user code and the engines' paths); the first is reported. */
    static final int WARM_UPS = 2;
    static final int MEASURED = 3;

    private UserCodeProbe() {
    }

    public static void main(String[] args) throws Exception {
        boolean ember = args[0].endsWith("-ember");
        long rows = Long.parseLong(args[2]);
        SparkSession spark = ember ? LocalDataProbe.EmberSessions.embedded() : StartupProbe.sparkLocal();
        for (Map.Entry<String, BiFunction<SparkSession, Long, Long>> workload : UserCodeWorkloads.all().entrySet()) {
            long expected = UserCodeWorkloads.expected(workload.getKey(), rows);
            List<Double> measured = new ArrayList<>();
            for (int run = 0; run < WARM_UPS + MEASURED; run++) {
                long started = System.nanoTime();
                long result = workload.getValue().apply(spark, rows);
                double milliseconds = (System.nanoTime() - started) / 1e6;
                if (result != expected) {
                    throw new IllegalStateException(workload.getKey() + ": " + result + ", not " + expected);
                }
                if (run == 0) {
                    StartupProbe.phase(workload.getKey() + WARM_UP, milliseconds);
                } else if (run >= WARM_UPS) {
                    measured.add(milliseconds);
                }
            }
            StartupProbe.phase(workload.getKey(), QueryResult.median(measured));
        }
        StartupProbe.printPeakResident();
        System.exit(0);
    }
}
