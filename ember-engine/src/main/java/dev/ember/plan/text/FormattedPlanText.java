package dev.ember.plan.text;

import java.util.ArrayList;
import java.util.List;

/**
 * Spark's {@code explain("formatted")} layout of a plan tree: the operators alone, each numbered (children
 * before their parent), then each operator's details under its number ({@code Arguments:} the rest of
 * its line).
 */
public final class FormattedPlanText {
  private FormattedPlanText() {
  }

  public static String of(PlanTree tree) {
    List<PlanTree> ordered = new ArrayList<>();
    number(tree, ordered);
    StringBuilder details = new StringBuilder();
    for (int index = 0; index < ordered.size(); index++) {
      String line = ordered.get(index).line();
      details.append('(').append(index + 1).append(") ").append(name(line)).append('\n');
      String arguments = arguments(line);
      if (!arguments.isEmpty()) {
        details.append("Arguments: ").append(arguments).append('\n');
      }
      details.append('\n');
    }
    return outline(tree, ordered).text() + "\n\n" + details;
  }

  private static void number(PlanTree tree, List<PlanTree> ordered) {
    tree.children().forEach(child -> number(child, ordered));
    ordered.add(tree);
  }

  /** The tree with each node named and numbered only, as Spark's formatted plan outlines it. */
  private static PlanTree outline(PlanTree tree, List<PlanTree> ordered) {
    List<PlanTree> children = tree.children().stream().map(child -> outline(child, ordered)).toList();
    return new PlanTree(name(tree.line()) + " (" + (indexOf(ordered, tree) + 1) + ")", children);
  }

  private static int indexOf(List<PlanTree> ordered, PlanTree tree) {
    for (int index = 0; index < ordered.size(); index++) {
      if (ordered.get(index) == tree) {
        return index;
      }
    }
    throw new IllegalStateException("a node outside its tree");
  }

  private static String name(String line) {
    int space = line.indexOf(' ');
    return space < 0 ? line : line.substring(0, space);
  }

  private static String arguments(String line) {
    int space = line.indexOf(' ');
    return space < 0 ? "" : line.substring(space + 1);
  }
}
