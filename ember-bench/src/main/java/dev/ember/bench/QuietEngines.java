package dev.ember.bench;

import java.time.Duration;
import java.util.Collection;

/**
 * Waits before a measured run until every engine's JVM is idle, so that one engine's leftover work does not run
 * on the cores of the next engine's measured query. A JVM keeps working after it answered: the JIT compiles what
 * the query made hot, the garbage collector finishes its cycle, Spark's executor and cleaner threads tidy up. On a
 * two-core machine that work took one core of the run that followed (Ember's TPC-DS total measured beside Spark was
 * twice its total measured alone). Idle means no engine used more than {@link #IDLE_CPU} of CPU over
 * {@link #WINDOW}; the wait ends after {@link #LIMIT} whatever the engines do (a busy JVM is then measured as is).
 * The environment variable {@code EMBER_BENCH_SETTLE=off} measures without waiting, to see the difference.
 */
final class QuietEngines {
    static final Duration WINDOW = Duration.ofMillis(200);
    static final Duration IDLE_CPU = Duration.ofMillis(20);
    static final Duration LIMIT = Duration.ofSeconds(5);
    private static final long POLL_MILLIS = 50;
    private static long waits;
    private static long waitedMillis;
    private static long limitsReached;

    private QuietEngines() {
    }

    /** Waits until the engines are idle (or {@link #LIMIT}); returns the milliseconds waited. */
    static long await(Collection<EngineProcess> engines) throws InterruptedException {
        if ("off".equals(System.getenv("EMBER_BENCH_SETTLE"))) {
            return 0;
        }
        long start = System.nanoTime();
        long deadline = start + LIMIT.toNanos();
        long windowStart = System.nanoTime();
        long cpuAtWindowStart = cpuNanos(engines);
        while (System.nanoTime() < deadline) {
            Thread.sleep(POLL_MILLIS);
            long now = System.nanoTime();
            if (now - windowStart < WINDOW.toNanos()) {
                continue;
            }
            long cpu = cpuNanos(engines);
            if (cpu - cpuAtWindowStart <= IDLE_CPU.toNanos()) {
                break;
            }
            windowStart = now;
            cpuAtWindowStart = cpu;
        }
        long waited = (System.nanoTime() - start) / 1_000_000;
        waits++;
        waitedMillis += waited;
        limitsReached += System.nanoTime() >= deadline ? 1 : 0;
        return waited;
    }

    /** How long the runs waited, for the report. */
    static String summary() {
        if (waits == 0) {
            return "no wait: EMBER_BENCH_SETTLE=off";
        }
        return String.format(java.util.Locale.ROOT, "%d waits, %.1f s in all, %d at the %d s limit", waits,
            waitedMillis / 1000.0, limitsReached, LIMIT.toSeconds());
    }

    /** The CPU time all the engines' processes used so far (their threads included), as the OS counts it. */
    static long cpuNanos(Collection<EngineProcess> engines) {
        long total = 0;
        for (EngineProcess engine : engines) {
            total += engine.cpuTime().toNanos();
        }
        return total;
    }
}
