package dev.ember.plan.command;

import dev.ember.plan.logical.LogicalPlan;
import java.util.Objects;

/**
 * {@code df.write().format(f).mode(m).partitionBy(...).save(path)}: the query's rows written as files into the
 * target directory, published all at once (the files are written into a staging directory first).
 */
public record WriteFiles(LogicalPlan query, FileWriteTarget target) implements Command {
  public WriteFiles {
    Objects.requireNonNull(query, "query");
    Objects.requireNonNull(target, "target");
  }
}
