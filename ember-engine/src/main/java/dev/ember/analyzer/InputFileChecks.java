package dev.ember.analyzer;

import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import dev.ember.plan.logical.SetOperationType;
import dev.ember.plan.resolved.Aggregation;
import dev.ember.plan.resolved.CombinedRows;
import dev.ember.plan.resolved.DistinctRows;
import dev.ember.plan.resolved.FileScan;
import dev.ember.plan.resolved.FirstRowPerKey;
import dev.ember.plan.resolved.GeneratedRows;
import dev.ember.plan.resolved.JoinRows;
import dev.ember.plan.resolved.LimitRows;
import dev.ember.plan.resolved.OffsetRows;
import dev.ember.plan.resolved.Ordering;
import dev.ember.plan.resolved.Projection;
import dev.ember.plan.resolved.ResolvedPlan;
import dev.ember.plan.resolved.SampledRows;
import dev.ember.plan.resolved.Selection;
import dev.ember.plan.resolved.TailRows;
import java.util.List;
import java.util.Map;

/**
 * Spark's PreReadCheck: an operator calling input_file_name / input_file_block_start / input_file_block_length
 * over more than one file source at once (a join of two file reads; a union counts as one) is refused with
 * MULTI_SOURCES_UNSUPPORTED_FOR_EXPRESSION.
 */
final class InputFileChecks {
  private InputFileChecks() {
  }

  static ResolvedPlan verify(ResolvedPlan plan) {
    check(plan);
    return plan;
  }

  private static void check(ResolvedPlan plan) {
    dev.ember.plan.resolved.InputFileCalls.firstIn(plan).ifPresent(call -> sources(plan, call));
    children(plan).forEach(InputFileChecks::check);
  }

  /** The number of file sources whose rows reach {@code plan} at once (Spark's checkNumInputFileBlockSources). */
  private static int sources(ResolvedPlan plan, String call) {
    if (plan instanceof FileScan) {
      return 1;
    }
    int sum = 0;
    for (ResolvedPlan child : children(plan)) {
      sum += sources(child, call);
    }
    if (plan instanceof CombinedRows combined && combined.type() == SetOperationType.UNION) {
      return Math.min(sum, 1);
    }
    if (sum > 1) {
      throw new EmberException(ErrorKind.ANALYSIS, "MULTI_SOURCES_UNSUPPORTED_FOR_EXPRESSION", "42K0E",
          "The expression \"" + call + "()\" does not support more than one source.",
          Map.of("expr", "\"" + call + "()\""));
    }
    return sum;
  }

  private static List<ResolvedPlan> children(ResolvedPlan plan) {
    if (plan instanceof JoinRows join) {
      return List.of(join.left(), join.right());
    }
    if (plan instanceof CombinedRows combined) {
      return List.of(combined.left(), combined.right());
    }
    ResolvedPlan input = plan instanceof Projection p ? p.input() : plan instanceof Selection s ? s.input()
        : plan instanceof Aggregation a ? a.input() : plan instanceof Ordering o ? o.input()
        : plan instanceof LimitRows l ? l.input() : plan instanceof OffsetRows o ? o.input()
        : plan instanceof DistinctRows d ? d.input() : plan instanceof FirstRowPerKey f ? f.input()
        : plan instanceof TailRows t ? t.input() : plan instanceof SampledRows s ? s.input()
        : plan instanceof GeneratedRows g ? g.input() : null;
    return input == null ? List.of() : List.of(input);
  }
}
