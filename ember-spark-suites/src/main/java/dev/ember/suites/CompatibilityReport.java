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
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * Writes {@code docs/compatibility.md} from the results files of Spark's own suites
 * ({@code <results>/ember/*.tsv} and the reference {@code <results>/spark-connect/*.tsv}) and the documented
 * reasons of Ember failures ({@code <reasons>/*.tsv}, see {@link DocumentedReasons}), and refreshes the totals
 * between the README's {@code compatibility} markers. A stale documented reason stops it.
 *
 * <p>{@code CompatibilityReport <results directory> <reasons directory> <report.md> [README.md]}
 */
public final class CompatibilityReport {
  static final String EMBER = "ember";
  static final String SPARK_CONNECT = "spark-connect";
  static final String README_START = "<!-- compatibility:start -->";
  static final String README_END = "<!-- compatibility:end -->";

  private final Path results;
  private final Path reasons;
  private PysparkGoldens pysparkGoldens;
  private SparkPythonExamples sparkPythonExamples;

  /**
   * @param results the results directory ({@code ember/}, {@code spark-connect/})
   * @param reasons the directory of documented reasons, one file per kind (absent files document nothing)
   */
  public CompatibilityReport(Path results, Path reasons) {
    this.results = results;
    this.reasons = reasons;
  }

  public static void main(String[] args) {
    if (args.length < 3) {
      System.err.println("usage: CompatibilityReport <results directory> <reasons directory> <report.md> [README.md]");
      System.exit(2);
    }
    CompatibilityReport report = new CompatibilityReport(Path.of(args[0]), Path.of(args[1]));
    // the golden PySpark programs of the checkout whose docs/ holds the report
    Path checkout = Path.of(args[2]).toAbsolutePath().getParent().getParent();
    report.withPysparkGoldens(checkout.resolve("python").resolve("goldens"))
        .withSparkPythonExamples(checkout.resolve("python").resolve("examples"));
    write(Path.of(args[2]), report.markdown());
    if (args.length > 3) {
      Path readme = Path.of(args[3]);
      write(readme, report.withTotals(read(readme)));
    }
  }

  /** Adds the section of the golden PySpark programs under {@code goldens}, when it has programs. */
  public CompatibilityReport withPysparkGoldens(Path goldens) {
    this.pysparkGoldens = PysparkGoldens.read(goldens);
    return this;
  }

  /** The section of the golden PySpark programs, or an empty text without them. */
  String pysparkGoldensMarkdown() {
    return pysparkGoldens == null ? "" : pysparkGoldens.markdown();
  }

  /** Adds the section and totals row of Spark's Python SQL examples recorded under {@code examples}, if any. */
  public CompatibilityReport withSparkPythonExamples(Path examples) {
    this.sparkPythonExamples = SparkPythonExamples.read(examples);
    return this;
  }

  /** The section of Spark's Python SQL examples, or an empty text without them. */
  String sparkPythonExamplesMarkdown() {
    return sparkPythonExamples == null ? "" : sparkPythonExamples.markdown();
  }

  /** The README totals' row of Spark's Python SQL examples, or an empty text without them. */
  String sparkPythonExamplesTotalsRow() {
    return sparkPythonExamples == null ? "" : sparkPythonExamples.totalsRow();
  }

  /** The figures of every kind with Ember results, by kind, each group in name order. */
  public Map<SuiteKind, List<GroupFigures>> figures() {
    Map<SuiteKind, List<GroupFigures>> figures = new TreeMap<>();
    for (SuiteKind kind : SuiteKind.values()) {
      Path emberFile = results.resolve(EMBER).resolve(kind.fileName());
      if (!Files.exists(emberFile)) {
        continue;
      }
      figures.put(kind, groups(ResultsFile.read(emberFile), reference(kind), documented(kind), kind::group));
    }
    return figures;
  }

  /**
   * The SQL golden files' figures without the files set aside (see {@link SetAsideFiles}), or empty without SQL
   * results.
   */
  java.util.Optional<GroupFigures> sqlWithoutSetAside(String name) {
    Path emberFile = results.resolve(EMBER).resolve(SuiteKind.SQL_GOLDENS.fileName());
    if (!Files.exists(emberFile)) {
      return java.util.Optional.empty();
    }
    SetAsideFiles setAside = setAside();
    List<TestResult> ember = ResultsFile.read(emberFile).stream()
        .filter(result -> !setAside.setAside(result.suite())).toList();
    List<TestResult> reference = reference(SuiteKind.SQL_GOLDENS).stream()
        .filter(result -> !setAside.setAside(result.suite())).toList();
    return java.util.Optional.of(total(name, groups(ember, reference, documented(SuiteKind.SQL_GOLDENS),
        SuiteKind.SQL_GOLDENS::group)));
  }

  SetAsideFiles setAside() {
    return SetAsideFiles.read(reasons);
  }

  /** The figures of one kind per suite (for the SQL files' full list). */
  List<GroupFigures> suites(SuiteKind kind) {
    return groups(ResultsFile.read(results.resolve(EMBER).resolve(kind.fileName())), reference(kind),
        documented(kind), Function.identity());
  }

  /**
   * The documented reasons of one kind's Ember failures.
   *
   * @throws IllegalStateException when an entry is stale (see {@link DocumentedReasons#problems})
   */
  public DocumentedReasons documented(SuiteKind kind) {
    DocumentedReasons documented = DocumentedReasons.read(reasons.resolve(kind.fileName()));
    Path emberFile = results.resolve(EMBER).resolve(kind.fileName());
    List<TestResult> ember = Files.exists(emberFile) ? ResultsFile.read(emberFile) : List.of();
    List<String> problems = documented.problems(ember, reference(kind));
    if (!problems.isEmpty()) {
      throw new IllegalStateException("stale documented reasons in " + reasons.resolve(kind.fileName()) + ":\n  "
          + String.join("\n  ", problems));
    }
    return documented;
  }

  private List<TestResult> reference(SuiteKind kind) {
    Path referenceFile = results.resolve(SPARK_CONNECT).resolve(kind.fileName());
    return Files.exists(referenceFile) ? ResultsFile.read(referenceFile) : List.of();
  }

  private static List<GroupFigures> groups(List<TestResult> ember, List<TestResult> reference,
      DocumentedReasons documented, Function<String, String> groupOfSuite) {
    Map<String, List<TestResult>> emberByGroup = ember.stream()
        .collect(Collectors.groupingBy(result -> groupOfSuite.apply(result.suite()), TreeMap::new, Collectors.toList()));
    Map<String, Map<String, TestResult>> referenceByGroup = new TreeMap<>();
    reference.forEach(result -> referenceByGroup
        .computeIfAbsent(groupOfSuite.apply(result.suite()), group -> new TreeMap<>())
        .putIfAbsent(result.id(), result));
    java.util.Set<String> names = new java.util.TreeSet<>(emberByGroup.keySet());
    names.addAll(referenceByGroup.keySet());
    List<GroupFigures> groups = new ArrayList<>();
    for (String name : names) {
      groups.add(GroupFigures.of(name, emberByGroup.getOrDefault(name, List.of()),
          referenceByGroup.getOrDefault(name, Map.of()), documented));
    }
    return groups;
  }

  public String markdown() {
    return new ReportMarkdown(this).render();
  }

  /** The README with its totals section (between the markers) replaced by the current figures. */
  public String withTotals(String readme) {
    int start = readme.indexOf(README_START);
    int end = readme.indexOf(README_END);
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("the README has no " + README_START + " ... " + README_END + " section");
    }
    return readme.substring(0, start + README_START.length()) + "\n" + new ReportMarkdown(this).totals()
        + readme.substring(end);
  }

  static GroupFigures total(String name, Collection<GroupFigures> groups) {
    return GroupFigures.total(name, List.copyOf(groups));
  }

  private static String read(Path file) {
    try {
      return Files.readString(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private static void write(Path file, String text) {
    try {
      Files.writeString(file, text, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }
}
