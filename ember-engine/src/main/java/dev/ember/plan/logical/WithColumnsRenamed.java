package dev.ember.plan.logical;

import java.util.List;

/** {@code withColumnRenamed(from, to)}: renames that do not match a column are ignored, as in Spark. */
public record WithColumnsRenamed(LogicalPlan input, List<Rename> renames) implements LogicalPlan {
  public record Rename(String from, String to) {
  }

  public WithColumnsRenamed {
    renames = List.copyOf(renames);
  }
}
