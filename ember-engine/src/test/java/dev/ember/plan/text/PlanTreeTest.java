package dev.ember.plan.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class PlanTreeTest {
  @Test
  void sparkTreeLayout() {
    PlanTree tree = PlanTree.of("Join Inner",
        PlanTree.of("Project [a]", PlanTree.leaf("Range (0, 1)")),
        PlanTree.of("Filter x", PlanTree.of("Sort [b], true", PlanTree.leaf("LocalRelation [b]"))));
    assertThat(tree.text()).isEqualTo("""
        Join Inner
        :- Project [a]
        :  +- Range (0, 1)
        +- Filter x
           +- Sort [b], true
              +- LocalRelation [b]
        """);
  }
}
