package dev.ember.bench;

import java.io.IOException;
import java.io.InputStream;
import java.net.URISyntaxException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.jar.JarEntry;
import java.util.jar.JarFile;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.apache.spark.sql.TPCDSSchema;

/**
 * Spark's own benchmark queries, read from {@code spark-sql_2.13:4.2.0:tests} at run time (never copied into
 * the repository): {@code tpch/q1.sql}…{@code q22.sql} and {@code tpcds/q1.sql}…{@code q99.sql} with their
 * variants ({@code q14a}, {@code q14b}…). The runner writes them as {@code q<nnn>.sql} into a work directory,
 * where the engines' JVMs (classic Spark's classpath has no test jar) read them.
 */
final class SparkQueryFiles {
    private static final Pattern NAME = Pattern.compile("q(\\d+)([a-z]*)");

    private SparkQueryFiles() {
    }

    /** The query names of {@code set} ({@code tpch}, {@code tpcds}) in their natural order: q1, q2, …, q14a, q14b, …. */
    static List<String> names(String set) throws IOException {
        List<String> names = new ArrayList<>();
        try (JarFile jar = new JarFile(testJar().toFile())) {
            for (JarEntry entry : (Iterable<JarEntry>) jar.stream()::iterator) {
                String path = entry.getName();
                if (path.startsWith(set + "/") && path.endsWith(".sql") && path.indexOf('/', set.length() + 1) < 0) {
                    names.add(path.substring(set.length() + 1, path.length() - ".sql".length()));
                }
            }
        }
        names.sort(Comparator.comparingInt((String name) -> number(name).number)
            .thenComparing(name -> number(name).variant));
        return names;
    }

    static String text(String set, String name) throws IOException {
        try (InputStream in = SparkQueryFiles.class.getClassLoader().getResourceAsStream(set + "/" + name + ".sql")) {
            if (in == null) {
                throw new IOException("no " + set + "/" + name + ".sql in Spark's test jar");
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        }
    }

    /** Writes each text as {@code q<nnn>.sql} (1-based, in the given order) into {@code directory}. */
    static void write(Path directory, List<String> texts) throws IOException {
        Files.createDirectories(directory);
        for (int i = 0; i < texts.size(); i++) {
            Files.writeString(SqlTextEngine.queryFile(directory, i + 1), texts.get(i));
        }
    }

    private record Numbered(int number, String variant) {
    }

    private static Numbered number(String name) {
        Matcher matcher = NAME.matcher(name);
        return matcher.matches() ? new Numbered(Integer.parseInt(matcher.group(1)), matcher.group(2))
            : new Numbered(Integer.MAX_VALUE, name);
    }

    private static Path testJar() {
        try {
            return Path.of(TPCDSSchema.class.getProtectionDomain().getCodeSource().getLocation().toURI());
        } catch (URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
