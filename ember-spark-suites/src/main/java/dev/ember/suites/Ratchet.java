package dev.ember.suites;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;

/**
 * The ratchet of Spark's own tests: the committed list of tests that pass on Ember. A run fails when
 * one of them stops passing; tests that pass and are not listed yet are printed, to be added
 * ({@code -Dember.suites.ratchet.add=true} adds them). Nothing ever removes a name: taking a test
 * off the list is a deliberate edit of the file, visible in review. A line {@code ? suite :: test}, under a
 * comment that gives the reason, marks a test whose expected output depends on Spark's partitioning (rows
 * tied in a window's order after a shuffle, say): it passes or fails on Ember by chance, so it is neither
 * required nor added.
 */
public final class Ratchet {
  /** The system property that makes a run add its new passes to the list. */
  public static final String ADD_PROPERTY = "ember.suites.ratchet.add";
  private static final String HEADER = """
      # Tests of Spark's own suites that pass on Ember: one "suite :: test" a line, sorted.
      # A run fails when a listed test stops passing. New passes are added with -Dember.suites.ratchet.add=true;
      # never remove a line to make a run green. "? suite :: test" (under a comment giving the reason) marks a test
      # whose expected output depends on Spark's partitioning: neither required nor added.""";
  private static final String UNSTABLE = "? ";

  private final Path file;

  public Ratchet(Path file) {
    this.file = file;
  }

  /** What a run did to the ratchet. */
  public record Verdict(List<String> regressions, List<String> newPasses) {
    public boolean holds() {
      return regressions.isEmpty();
    }

    /** A message naming every regression and every new pass. */
    public String describe(Path file) {
      StringBuilder text = new StringBuilder();
      if (!regressions.isEmpty()) {
        text.append(regressions.size()).append(" test(s) listed in ").append(file)
            .append(" no longer pass:\n");
        regressions.forEach(id -> text.append("  - ").append(id).append('\n'));
      }
      if (!newPasses.isEmpty()) {
        text.append(newPasses.size()).append(" test(s) pass and are not in ").append(file)
            .append(" yet (add them with -D").append(ADD_PROPERTY).append("=true):\n");
        newPasses.forEach(id -> text.append("  + ").append(id).append('\n'));
      }
      return text.toString();
    }
  }

  /** Compares a run with the list; with {@link #ADD_PROPERTY} set, writes the new passes into it. */
  public Verdict check(List<TestResult> run) {
    Set<String> listed = listed();
    Set<String> passing = run.stream().filter(TestResult::passed).map(TestResult::id)
        .collect(Collectors.toCollection(TreeSet::new));
    List<String> regressions = listed.stream().filter(id -> !passing.contains(id)).toList();
    Set<String> unstable = unstable();
    List<String> newPasses = passing.stream().filter(id -> !listed.contains(id) && !unstable.contains(id)).toList();
    if (Boolean.getBoolean(ADD_PROPERTY) && (!newPasses.isEmpty() || !Files.exists(file))) {
      Set<String> updated = new TreeSet<>(listed);
      updated.addAll(newPasses);
      write(updated);
    }
    return new Verdict(regressions, newPasses);
  }

  /** The listed test ids (the ones a run must pass); an absent file lists none. */
  public Set<String> listed() {
    return lines().stream().filter(line -> !line.isBlank() && !line.startsWith("#") && !line.startsWith(UNSTABLE))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  /** The ids marked {@code ? }: expected output that depends on Spark's partitioning. */
  public Set<String> unstable() {
    return lines().stream().filter(line -> line.startsWith(UNSTABLE)).map(line -> line.substring(UNSTABLE.length()))
        .collect(Collectors.toCollection(TreeSet::new));
  }

  private List<String> lines() {
    if (!Files.exists(file)) {
      return List.of();
    }
    try {
      return Files.readAllLines(file, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  /** Rewrites the file with {@code ids}, keeping the unstable marks and the comment lines right above them. */
  private void write(Set<String> ids) {
    List<String> lines = new ArrayList<>(HEADER.lines().toList());
    lines.addAll(unstableBlocks());
    lines.addAll(ids);
    try {
      if (file.getParent() != null) {
        Files.createDirectories(file.getParent());
      }
      Files.write(file, lines, StandardCharsets.UTF_8);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  private List<String> unstableBlocks() {
    List<String> blocks = new ArrayList<>();
    List<String> comments = new ArrayList<>();
    for (String line : lines()) {
      if (line.startsWith("#")) {
        comments.add(line);
      } else {
        if (line.startsWith(UNSTABLE)) {
          comments.stream().filter(comment -> !HEADER.lines().toList().contains(comment)).forEach(blocks::add);
          blocks.add(line);
        }
        comments.clear();
      }
    }
    return blocks;
  }
}
