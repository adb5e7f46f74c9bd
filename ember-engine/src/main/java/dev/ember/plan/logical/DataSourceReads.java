package dev.ember.plan.logical;

import java.util.ArrayList;
import java.util.Collection;
import java.util.List;
import java.util.Optional;

/** The file reads a plan holds, at any depth. */
public final class DataSourceReads {
  private DataSourceReads() {
  }

  public static List<DataSourceRead> in(LogicalPlan plan) {
    List<DataSourceRead> reads = new ArrayList<>();
    collect(plan, reads);
    return reads;
  }

  /** Walks the plan through its record components: every plan node is a record. */
  private static void collect(Object node, List<DataSourceRead> reads) {
    if (node instanceof DataSourceRead read) {
      reads.add(read);
      return;
    }
    if (node instanceof Collection<?> elements) {
      elements.forEach(element -> collect(element, reads));
      return;
    }
    if (node instanceof Optional<?> optional) {
      optional.ifPresent(element -> collect(element, reads));
      return;
    }
    if (!(node instanceof LogicalPlan) || !node.getClass().isRecord()) {
      return;
    }
    for (Object value : RecordValues.of((Record) node)) {
      collect(value, reads);
    }
  }
}
