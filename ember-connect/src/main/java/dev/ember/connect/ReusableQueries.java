package dev.ember.connect;

import dev.ember.plan.resolved.BoundExpressions;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.resolved.FileFormat;
import dev.ember.plan.resolved.FileScan;
import dev.ember.plan.resolved.ResolvedPlan;
import dev.ember.plan.resolved.SampledRows;
import dev.ember.plan.resolved.UserCodeRows;
import dev.ember.sqlgen.OperatorExpressions;
import dev.ember.sqlgen.PlanChildren;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * Which prepared queries may run again as they are, and what they depend on outside the session's state: the files
 * they read. A query may not when its analysis drew something for this run only — a seed for {@code rand()}, {@code
 * uuid(seed)}, {@code shuffle()} or {@code TABLESAMPLE} (Spark draws one each time it analyzes) — or when it runs user
 * code, observes metrics, reads through a table the engine fills for one query (ORC, parsed strings), reads a path
 * that holds no file yet, or cannot run.
 */
final class ReusableQueries {
  /** The functions whose seed the analyzer draws when the query names none. */
  private static final Set<String> SEEDED = Set.of("rand", "randn", "random", "uuid", "shuffle", "uniform", "randstr");

  private ReusableQueries() {
  }

  /** The signature of the files {@code query} reads, when it may run again as it is. */
  static Optional<FileSignature> signature(QueryRunner.PreparedQuery query) {
    if (!query.executionErrors().isEmpty() || !query.observations().isEmpty() || !query.sql().stages().isEmpty()
        || !query.sql().userFunctions().isEmpty()) {
      return Optional.empty();
    }
    List<String> files = new ArrayList<>();
    return reusable(query.plan(), files) ? FileSignature.of(files) : Optional.empty();
  }

  private static boolean reusable(ResolvedPlan plan, List<String> files) {
    if (plan instanceof UserCodeRows || plan instanceof SampledRows) {
      return false;
    }
    if (plan instanceof FileScan scan) {
      // a scan of no files has no directory to watch for the first one
      if (scan.files().isEmpty() || scan.format() == FileFormat.ORC
          || scan.options().keySet().stream().anyMatch(ReusableQueries::perQueryOption)) {
        return false;
      }
      files.addAll(scan.files());
    }
    boolean drawsSeed = OperatorExpressions.of(plan).stream().anyMatch(expression -> BoundExpressions.anyMatch(
        expression, part -> part instanceof Call call && SEEDED.contains(call.function())));
    if (drawsSeed) {
      return false;
    }
    for (ResolvedPlan subquery : OperatorExpressions.subqueryPlans(plan)) {
      if (!reusable(subquery, files)) {
        return false;
      }
    }
    for (ResolvedPlan child : PlanChildren.of(plan)) {
      if (!reusable(child, files)) {
        return false;
      }
    }
    return true;
  }

  private static boolean perQueryOption(String option) {
    return option.equals(FileScan.PARSED_STRINGS_OPTION) || option.equals(FileScan.ORC_TABLE_OPTION)
        || option.equals(FileScan.ORC_UNREADABLE_OPTION);
  }
}
