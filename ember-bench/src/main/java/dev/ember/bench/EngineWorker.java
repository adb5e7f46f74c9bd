package dev.ember.bench;

import java.io.BufferedReader;
import java.io.FileDescriptor;
import java.io.FileOutputStream;
import java.io.InputStreamReader;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;

/**
 * One engine in its own JVM, driven by {@link BenchmarkRunner} over stdin/stdout, one command a line:
 * {@code warm N} (run query N and write its rows), {@code run N} (run it, report the time),
 * {@code plan N} (Ember: time planning alone, write the generated SQL; answers the time and the part of it that is
 * calls, NaN when not measured), {@code quit}. Every answer is
 * one line starting with {@code @@}; anything else on stdout is noise the runner passes on.
 * <pre>EngineWorker ENGINE DATADIR SF OUTDIR [engine parameters...]</pre>
 * ({@code ember-loopback URL}, {@code spark MASTER SHUFFLE_PARTITIONS}; the SQL-text engines {@code ember-spark-sql
 * QUERYDIR}, {@code spark-sql MASTER SHUFFLE_PARTITIONS QUERYDIR}). The {@code spark} workers run on classic Spark's
 * classpath, so this class only touches Ember or DuckDB classes for those engines.
 */
public final class EngineWorker {
    interface Engine extends AutoCloseable {
        /** Runs query {@code n}, reading every value of every row; returns the rows (tagged) when {@code keep}. */
        List<String> run(int n, boolean keep) throws Exception;

        /** Median planning time of query {@code n} in ms (or -1), writing its SQL to {@code sqlFile}. */
        double plan(int n, Path sqlFile) throws Exception;

        /** The part of {@link #plan}'s time that is no planning (its calls' own cost), in ms, if it is measured. */
        default double planCalls() {
            return Double.NaN;
        }

        String version() throws Exception;
    }

    private EngineWorker() {
    }

    public static void main(String[] args) throws Exception {
        String engineName = args[0];
        String dataDirectory = args[1];
        double scaleFactor = Double.parseDouble(args[2]);
        Path outDirectory = Path.of(args[3]);
        Files.createDirectories(outDirectory);
        PrintStream answers = new PrintStream(new FileOutputStream(FileDescriptor.out), true, StandardCharsets.UTF_8);
        // keep stray library output off the protocol channel
        System.setOut(System.err);
        Engine engine;
        try {
            engine = create(engineName, dataDirectory, scaleFactor, outDirectory, args);
            answers.println("@@ok " + engine.version().replace('\n', ' '));
        } catch (Throwable e) {
            e.printStackTrace();
            answers.println("@@err " + oneLine(e));
            return;
        }
        BufferedReader in = new BufferedReader(new InputStreamReader(System.in, StandardCharsets.UTF_8));
        String line;
        while ((line = in.readLine()) != null) {
            String[] command = line.trim().split(" ");
            if (command[0].equals("quit")) {
                break;
            }
            answers.println("@@" + answer(engine, command, outDirectory));
        }
        engine.close();
        System.exit(0);
    }

    static Engine create(String name, String dataDirectory, double scaleFactor, Path outDirectory, String[] args) throws Exception {
        switch (name) {
            case "duckdb":
                return new DuckDbEngine(dataDirectory, scaleFactor, null);
            case "ember-sql":
                return new DuckDbEngine(dataDirectory, scaleFactor, outDirectory.resolveSibling("ember"));
            case "ember":
                return new EmberSessionEngine(dataDirectory, scaleFactor, null);
            case "ember-loopback":
                return new EmberSessionEngine(dataDirectory, scaleFactor, args[4]);
            case "spark":
                return new SparkLocalEngine(dataDirectory, scaleFactor, args[4], args[5]);
            case "ember-spark-sql":
                return new SqlTextEngine(EmberSessionEngine.embedded(), dataDirectory, Path.of(args[4]), "ember (in-process)");
            case "spark-sql": {
                SparkSession spark = SparkLocalEngine.localSession(args[4], args[5]);
                return new SqlTextEngine(spark, dataDirectory, Path.of(args[6]), SparkLocalEngine.describe(spark, args[4], args[5]));
            }
            default:
                throw new IllegalArgumentException("engines: " + BenchmarkOptions.ALL_ENGINES + "; not " + name);
        }
    }

    /** The answer to one command, without the {@code @@} prefix: {@code ok ...} or {@code err ...}. */
    static String answer(Engine engine, String[] command, Path outDirectory) {
        try {
            int query = Integer.parseInt(command[1]);
            switch (command[0]) {
                case "warm": {
                    long start = System.nanoTime();
                    List<String> rows = engine.run(query, true);
                    double milliseconds = (System.nanoTime() - start) / 1e6;
                    Files.write(outDirectory.resolve(String.format("q%02d.tsv", query)), rows, StandardCharsets.UTF_8);
                    return String.format(Locale.ROOT, "ok %.3f %d", milliseconds, rows.size() - 1);
                }
                case "run": {
                    long start = System.nanoTime();
                    List<String> rows = engine.run(query, false);
                    double milliseconds = (System.nanoTime() - start) / 1e6;
                    return String.format(Locale.ROOT, "ok %.3f %d", milliseconds, rows.size());
                }
                case "plan": {
                    double milliseconds = engine.plan(query, outDirectory.resolve(String.format("q%02d.sql", query)));
                    return String.format(Locale.ROOT, "ok %.3f %.3f", milliseconds, engine.planCalls());
                }
                default:
                    return "err unknown command " + String.join(" ", command);
            }
        } catch (Throwable e) {
            e.printStackTrace();
            return "err " + oneLine(e);
        }
    }

    /** Collects {@code dataset}: its rows tagged ({@link #tagRows}) when {@code keep}, else as many nulls. */
    static List<String> collect(org.apache.spark.sql.Dataset<Row> dataset, boolean keep) {
        List<Row> rows = dataset.collectAsList();
        return keep ? tagRows(dataset.schema(), rows) : java.util.Arrays.asList(new String[rows.size()]);
    }

    /** A header line (name:type per column) and one tab-separated line of tagged values per row. */
    static List<String> tagRows(StructType schema, List<Row> rows) {
        List<String> out = new ArrayList<>();
        StringBuilder header = new StringBuilder();
        for (StructField field : schema.fields()) {
            header.append(header.length() == 0 ? "" : "\t").append(field.name()).append(':').append(field.dataType().simpleString());
        }
        out.add(header.toString());
        for (Row row : rows) {
            StringBuilder line = new StringBuilder();
            for (int i = 0; i < row.length(); i++) {
                line.append(i == 0 ? "" : "\t").append(Values.tag(row.get(i)));
            }
            out.add(line.toString());
        }
        return out;
    }

    static String oneLine(Throwable e) {
        String message = e.getClass().getSimpleName() + ": " + e.getMessage();
        return message.replace('\n', ' ').replace('\r', ' ');
    }
}
