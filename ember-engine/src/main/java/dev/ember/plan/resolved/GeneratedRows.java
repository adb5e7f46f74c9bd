package dev.ember.plan.resolved;

import java.util.ArrayList;
import java.util.List;

/** The input's rows joined with what {@code generator} produces from each (Spark's Generate): input columns, then {@code generated}. */
public record GeneratedRows(ResolvedPlan input, Generator generator, List<Attribute> generated) implements ResolvedPlan {
  public GeneratedRows {
    generated = List.copyOf(generated);
  }

  @Override
  public List<Attribute> output() {
    List<Attribute> output = new ArrayList<>(input.output());
    output.addAll(generated);
    return output;
  }
}
