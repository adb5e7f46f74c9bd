package dev.ember.bench;

import io.trino.tpcds.Session;
import io.trino.tpcds.Table;
import io.trino.tpcds.TableGenerator;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Properties;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.apache.spark.sql.types.CharType;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.DecimalType;
import org.apache.spark.sql.types.StringType;
import org.apache.spark.sql.types.StructField;
import org.apache.spark.sql.types.StructType;
import org.apache.spark.sql.types.VarcharType;
import org.duckdb.DuckDBConnection;

/**
 * TPC-DS data in pure Java: io.trino.tpcds (the port of dsdgen) writes each table's flat files as dsdgen
 * does ({@code |}-separated, Latin-1, empty for NULL, in chunks generated in parallel), and DuckDB turns them into
 * Parquet with the column types of Spark's {@code TPCDSSchema} ({@code DIR/<table>/part-0000.parquet}; CHAR
 * and VARCHAR columns as strings, as Spark reads Parquet). A finished directory holds a {@code _SUCCESS}
 * file naming its scale factor and is reused as is.
 */
final class TpcdsData {
    private TpcdsData() {
    }

    /** Generates SF {@code sf} into {@code dir} unless it is already there; returns {@code dir}. */
    static Path ensure(String sf, Path dir) throws Exception {
        Path marker = dir.resolve("_SUCCESS");
        if (Files.exists(marker) && Files.readString(marker).trim().equals("sf=" + sf)) {
            return dir;
        }
        long start = System.nanoTime();
        System.out.printf("generating TPC-DS SF%s into %s ...%n", sf, dir);
        Files.createDirectories(dir);
        Files.deleteIfExists(marker);
        Path raw = dir.resolve("raw");
        generateFlatFiles(Double.parseDouble(sf), raw);
        Map<String, StructType> schemas = TpcdsSchema.tables();
        Properties properties = new Properties();
        properties.setProperty("autoinstall_known_extensions", "false");
        properties.setProperty("autoload_known_extensions", "false");
        try (DuckDBConnection connection = (DuckDBConnection) DriverManager.getConnection("jdbc:duckdb:", properties);
             Statement statement = connection.createStatement()) {
            for (Table table : Table.getBaseTables()) {
                StructType schema = schemas.get(table.getName());
                if (schema == null) {
                    continue;
                }
                checkColumnCount(table, schema);
                Path tableDirectory = dir.resolve(table.getName());
                deleteTree(tableDirectory);
                Files.createDirectories(tableDirectory);
                Path file = tableDirectory.resolve("part-0000.parquet").toAbsolutePath();
                statement.execute("COPY (SELECT * FROM read_csv(" + flatFiles(raw, table.getName()) + ", delim = '|', "
                    + "header = false, quote = '', escape = '', nullstr = '', encoding = 'latin-1', columns = " + duckDbColumns(schema)
                    + ")) TO " + literal(file.toString()) + " (FORMAT parquet)");
                try (ResultSet rows = statement.executeQuery("SELECT count(*) FROM " + literal(file.toString()))) {
                    rows.next();
                    System.out.printf("  %-22s %,12d rows%n", table.getName(), rows.getLong(1));
                }
            }
        }
        deleteTree(raw);
        Files.writeString(marker, "sf=" + sf + "\n");
        System.out.printf("generated TPC-DS SF%s in %.1f s%n", sf, (System.nanoTime() - start) / 1e9);
        return dir;
    }

    /** dsdgen's flat files of every table (a parent table's generator writes its child's too), two chunks at once. */
    private static void generateFlatFiles(double scale, Path raw) throws Exception {
        deleteTree(raw);
        Files.createDirectories(raw);
        int parallelism = Math.max(2, Runtime.getRuntime().availableProcessors());
        Session session = new Session(scale, raw.toString(), ".dat", Optional.empty(), "", '|', true, false,
            parallelism, true);
        ExecutorService executor = Executors.newFixedThreadPool(parallelism);
        try {
            List<Future<?>> chunks = new ArrayList<>();
            for (int chunk = 1; chunk <= parallelism; chunk++) {
                Session chunkSession = session.withChunkNumber(chunk);
                chunks.add(executor.submit(() -> {
                    TableGenerator generator = new TableGenerator(chunkSession);
                    for (Table table : Table.getBaseTables()) {
                        if (!table.isChild()) {
                            generator.generateTable(table);
                        }
                    }
                    return null;
                }));
            }
            for (Future<?> chunk : chunks) {
                chunk.get();
            }
        } finally {
            executor.shutdownNow();
        }
    }

    /** The list of {@code table}'s flat files ({@code table.dat} or {@code table_<chunk>_<chunks>.dat}) as SQL. */
    private static String flatFiles(Path raw, String table) throws IOException {
        Pattern name = Pattern.compile(Pattern.quote(table) + "(_\\d+_\\d+)?\\.dat");
        List<String> files = new ArrayList<>();
        try (Stream<Path> listing = Files.list(raw)) {
            listing.filter(path -> name.matcher(path.getFileName().toString()).matches())
                .filter(path -> path.toFile().length() > 0)
                .sorted()
                .forEach(path -> files.add(literal(path.toAbsolutePath().toString())));
        }
        if (files.isEmpty()) {
            throw new IllegalStateException("no data generated for " + table + " in " + raw);
        }
        return "[" + String.join(", ", files) + "]";
    }

    /**
     * dsdgen writes the columns in its own order, and Spark's schema lists them in the same one (under its own
     * names: {@code c_last_review_date} for dsdgen's {@code c_last_review_date_sk}): the counts must agree.
     */
    private static void checkColumnCount(Table table, StructType schema) {
        if (table.getColumns().length != schema.fields().length) {
            throw new IllegalStateException(table.getName() + ": dsdgen writes " + table.getColumns().length
                + " columns, TPCDSSchema declares " + schema.fields().length);
        }
    }

    /** read_csv's {@code columns} struct: each column's DuckDB type for its Spark type. */
    private static String duckDbColumns(StructType schema) {
        StringBuilder columns = new StringBuilder("{");
        for (StructField field : schema.fields()) {
            columns.append(columns.length() == 1 ? "" : ", ")
                .append(literal(field.name())).append(": ").append(literal(duckDbType(field.dataType())));
        }
        return columns.append('}').toString();
    }

    static String duckDbType(DataType type) {
        if (type instanceof CharType || type instanceof VarcharType || type instanceof StringType) {
            return "VARCHAR";
        }
        if (type instanceof DecimalType decimal) {
            return "DECIMAL(" + decimal.precision() + ", " + decimal.scale() + ")";
        }
        if (type.equals(DataTypes.IntegerType)) {
            return "INTEGER";
        }
        if (type.equals(DataTypes.LongType)) {
            return "BIGINT";
        }
        if (type.equals(DataTypes.DateType)) {
            return "DATE";
        }
        throw new IllegalArgumentException("no DuckDB type for TPC-DS column type " + type);
    }

    private static String literal(String text) {
        return "'" + text.replace("'", "''") + "'";
    }

    private static void deleteTree(Path directory) throws IOException {
        if (!Files.exists(directory)) {
            return;
        }
        try (Stream<Path> walk = Files.walk(directory)) {
            for (Path path : (Iterable<Path>) walk.sorted((a, b) -> b.compareTo(a))::iterator) {
                Files.delete(path);
            }
        }
    }

    public static void main(String[] args) throws Exception {
        if (args.length != 2) {
            System.err.println("usage: TpcdsData SF DIR");
            System.exit(2);
        }
        ensure(args[0], Path.of(args[1]));
    }
}
