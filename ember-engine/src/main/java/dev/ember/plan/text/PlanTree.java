package dev.ember.plan.text;

import java.util.List;

/**
 * A plan node as explain() prints it: its one-line description and its children, laid out as Spark's
 * {@code TreeNode.treeString} does ({@code :- } before every child but the last, {@code +- } before
 * the last, {@code :  } and {@code    } continuing their subtrees).
 */
public record PlanTree(String line, List<PlanTree> children) {
  public PlanTree {
    children = List.copyOf(children);
  }

  public static PlanTree leaf(String line) {
    return new PlanTree(line, List.of());
  }

  public static PlanTree of(String line, PlanTree... children) {
    return new PlanTree(line, List.of(children));
  }

  /** The tree as text, one node per line, each line ending with a line break. */
  public String text() {
    StringBuilder text = new StringBuilder();
    append(text, "", "");
    return text.toString();
  }

  private void append(StringBuilder text, String firstPrefix, String childPrefix) {
    text.append(firstPrefix).append(line).append('\n');
    for (int index = 0; index < children.size(); index++) {
      boolean last = index == children.size() - 1;
      children.get(index).append(text, childPrefix + (last ? "+- " : ":- "), childPrefix + (last ? "   " : ":  "));
    }
  }
}
