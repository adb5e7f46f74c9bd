package dev.ember.suites;

import java.util.Collection;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Function;
import java.util.stream.Collectors;

/**
 * The figures of one group of tests: how many there are, how many pass on real Spark Connect (the
 * reference) and on Ember, and why the rest fail. A test that does not pass on Spark Connect is not
 * applicable: it needs something a Connect server does not offer (Hive, a cluster, the test JVM); unless the harness
 * sets it up on an embedded Ember only ({@link TestResult#applicableAsReference()}).
 */
public record GroupFigures(
    String group,
    int tests,
    int passedOnSparkConnect,
    int passedOnEmber,
    int applicable,
    int applicablePassedOnEmber,
    Map<String, Integer> emberFailureReasons,
    Map<String, Integer> notApplicableReasons,
    boolean hasReference) {

  /**
   * Figures of the tests of one group. Without reference results (none recorded yet) every test
   * counts as applicable.
   *
   * @param ember     Ember's results of the group
   * @param reference Spark Connect's results of the same tests, by {@link TestResult#id()}; empty when none were recorded
   * @param documented the documented reasons: an Ember failure with one is counted under it, not under its own reason
   */
  public static GroupFigures of(String group, Collection<TestResult> ember, Map<String, TestResult> reference,
      DocumentedReasons documented) {
    boolean hasReference = !reference.isEmpty();
    Map<String, TestResult> emberById = ember.stream()
        .collect(Collectors.toMap(TestResult::id, Function.identity(), (first, second) -> first, TreeMap::new));
    java.util.Set<String> ids = new java.util.TreeSet<>(emberById.keySet());
    ids.addAll(reference.keySet());
    int passedOnSparkConnect = 0;
    int passedOnEmber = 0;
    int applicable = 0;
    int applicablePassedOnEmber = 0;
    Map<String, Integer> emberFailureReasons = new TreeMap<>();
    Map<String, Integer> notApplicableReasons = new TreeMap<>();
    for (String id : ids) {
      TestResult onEmber = emberById.get(id);
      TestResult onSpark = reference.get(id);
      boolean emberPassed = onEmber != null && onEmber.passed();
      passedOnEmber += emberPassed ? 1 : 0;
      boolean isApplicable = !hasReference || (onSpark != null && onSpark.applicableAsReference());
      if (onSpark != null && onSpark.passed()) {
        passedOnSparkConnect++;
      }
      if (!isApplicable) {
        notApplicableReasons.merge(reasonOf(onSpark, "not run on Spark Connect"), 1, Integer::sum);
        continue;
      }
      applicable++;
      if (emberPassed) {
        applicablePassedOnEmber++;
      } else {
        emberFailureReasons.merge(documented.reasonOf(id).orElseGet(() -> reasonOf(onEmber, "not run on Ember")), 1,
            Integer::sum);
      }
    }
    return new GroupFigures(group, ids.size(), passedOnSparkConnect, passedOnEmber, applicable,
        applicablePassedOnEmber, emberFailureReasons, notApplicableReasons, hasReference);
  }

  /** The sum of several groups' figures, under a new name. */
  public static GroupFigures total(String name, List<GroupFigures> groups) {
    Map<String, Integer> emberReasons = new TreeMap<>();
    Map<String, Integer> notApplicable = new TreeMap<>();
    groups.forEach(group -> {
      group.emberFailureReasons.forEach((reason, count) -> emberReasons.merge(reason, count, Integer::sum));
      group.notApplicableReasons.forEach((reason, count) -> notApplicable.merge(reason, count, Integer::sum));
    });
    return new GroupFigures(name,
        groups.stream().mapToInt(GroupFigures::tests).sum(),
        groups.stream().mapToInt(GroupFigures::passedOnSparkConnect).sum(),
        groups.stream().mapToInt(GroupFigures::passedOnEmber).sum(),
        groups.stream().mapToInt(GroupFigures::applicable).sum(),
        groups.stream().mapToInt(GroupFigures::applicablePassedOnEmber).sum(),
        emberReasons, notApplicable, groups.stream().anyMatch(GroupFigures::hasReference));
  }

  /** The most frequent reasons first (ties by name), at most {@code limit} of them. */
  public static Map<String, Integer> top(Map<String, Integer> reasons, int limit) {
    return reasons.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue(Comparator.reverseOrder())
            .thenComparing(Map.Entry.comparingByKey()))
        .limit(limit)
        .collect(Collectors.toMap(Map.Entry::getKey, Map.Entry::getValue, (first, second) -> first, LinkedHashMap::new));
  }

  private static String reasonOf(TestResult result, String absent) {
    if (result == null) {
      return absent;
    }
    if (result.outcome() == Outcome.SKIPPED) {
      return result.reason().isEmpty() ? "skipped" : result.reason();
    }
    return result.reason().isEmpty() ? "failed" : result.reason();
  }
}
