package dev.ember.plan.text;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FormattedPlanTextTest {
  @Test
  void numbersChildrenBeforeParentsAndListsEachOperatorsArguments() {
    PlanTree tree = PlanTree.of("Filter (id#1L > 5)", PlanTree.leaf("Range (0, 10, step=1, splits=Some(1))"));
    assertThat(FormattedPlanText.of(tree)).isEqualTo("""
        Filter (2)
        +- Range (1)


        (1) Range
        Arguments: (0, 10, step=1, splits=Some(1))

        (2) Filter
        Arguments: (id#1L > 5)

        """);
  }
}
