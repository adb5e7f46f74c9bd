package dev.ember.suites;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.TreeMap;

/**
 * The documented reasons of Ember failures: a committed file per kind of suite
 * ({@code ember-spark-suites/reasons/<kind's results file name>}, tab-separated {@code suite, test, reason},
 * {@code #} comments) naming the tests that fail on Ember, pass on real Spark Connect, and whose cause is a
 * deliberate or known difference rather than work left to do. The report counts such a failure under its
 * documented reason and lists it. An entry that names a test the results do not hold, a test that passes on
 * Ember, or a test that fails on Spark Connect too is stale: {@link #problems} names it.
 */
public final class DocumentedReasons {
  private static final String HEADER = "suite\ttest\treason";

  /** One documented failure. */
  public record Entry(String suite, String test, String reason) {
    public String id() {
      return suite + " :: " + test;
    }
  }

  private final Map<String, Entry> byId;

  private DocumentedReasons(Map<String, Entry> byId) {
    this.byId = byId;
  }

  public static DocumentedReasons none() {
    return new DocumentedReasons(Map.of());
  }

  /** The entries of {@code file}; an absent file documents nothing. */
  public static DocumentedReasons read(Path file) {
    if (!Files.exists(file)) {
      return none();
    }
    try {
      Map<String, Entry> entries = new TreeMap<>();
      for (String line : Files.readAllLines(file, StandardCharsets.UTF_8)) {
        if (line.isBlank() || line.startsWith("#") || line.equals(HEADER)) {
          continue;
        }
        String[] fields = line.split("\t", -1);
        if (fields.length != 3 || fields[2].isBlank()) {
          throw new IllegalArgumentException(file + ": not a \"suite<TAB>test<TAB>reason\" line: " + line);
        }
        Entry entry = new Entry(fields[0].strip(), fields[1].strip(), fields[2].strip());
        if (entries.put(entry.id(), entry) != null) {
          throw new IllegalArgumentException(file + ": " + entry.id() + " is documented twice");
        }
      }
      return new DocumentedReasons(entries);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** The documented reason of the test with this {@link TestResult#id()}, if any. */
  public Optional<String> reasonOf(String id) {
    return Optional.ofNullable(byId.get(id)).map(Entry::reason);
  }

  /** The entries by suite and test. */
  public List<Entry> entries() {
    return List.copyOf(byId.values());
  }

  /**
   * The stale entries, one sentence each: a documented test must be in Ember's results and fail there, and
   * pass on Spark Connect when reference results are given (else it is not applicable, and needs no reason).
   */
  public List<String> problems(Collection<TestResult> ember, Collection<TestResult> reference) {
    Map<String, TestResult> emberById = byIdOf(ember);
    Map<String, TestResult> referenceById = byIdOf(reference);
    List<String> problems = new ArrayList<>();
    for (Entry entry : byId.values()) {
      TestResult onEmber = emberById.get(entry.id());
      TestResult onSpark = referenceById.get(entry.id());
      if (onEmber == null) {
        problems.add(entry.id() + ": no such test in Ember's results");
      } else if (onEmber.passed()) {
        problems.add(entry.id() + ": passes on Ember; remove its documented reason");
      } else if (!referenceById.isEmpty() && (onSpark == null || !onSpark.applicableAsReference())) {
        problems.add(entry.id() + ": does not pass on Spark Connect (not applicable); remove its documented reason");
      }
    }
    return problems;
  }

  private static Map<String, TestResult> byIdOf(Collection<TestResult> results) {
    Map<String, TestResult> byId = new TreeMap<>();
    results.forEach(result -> byId.putIfAbsent(result.id(), result));
    return byId;
  }
}
