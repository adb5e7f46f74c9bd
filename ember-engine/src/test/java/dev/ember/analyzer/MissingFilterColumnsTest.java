package dev.ember.analyzer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ember.engine.EmberEngine;
import dev.ember.engine.EngineSession;
import dev.ember.plan.errors.EmberException;
import dev.ember.plan.expressions.Alias;
import dev.ember.plan.expressions.Expression;
import dev.ember.plan.expressions.Literal;
import dev.ember.plan.expressions.SortOrder;
import dev.ember.plan.expressions.UnresolvedAttribute;
import dev.ember.plan.expressions.UnresolvedFunction;
import dev.ember.plan.logical.Filter;
import dev.ember.plan.logical.LogicalPlan;
import dev.ember.plan.logical.PlanIdTag;
import dev.ember.plan.logical.Project;
import dev.ember.plan.logical.Range;
import dev.ember.plan.logical.Sort;
import dev.ember.plan.resolved.Projection;
import dev.ember.plan.resolved.Selection;
import dev.ember.plan.types.StructType;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/**
 * A filter on a column the select list below it left out: the column is selected, filtered on, then dropped; so is a
 * sort key over such a filter.
 */
class MissingFilterColumnsTest {
  private static EmberEngine engine;
  private static EngineSession session;

  @BeforeAll
  static void start() {
    engine = EmberEngine.start();
    session = engine.session("missing-filter-columns-test");
  }

  @AfterAll
  static void stop() {
    engine.close();
  }

  private static final Range RANGE = new Range(0, 5, 1);
  private static final UnresolvedAttribute ID = UnresolvedAttribute.of("id");

  private static Expression call(String name, Expression... arguments) {
    return UnresolvedFunction.of(name, arguments);
  }

  private static Scope resolve(LogicalPlan plan) {
    return new Analyzer(session).resolve(plan);
  }

  @Test
  void aColumnTheSelectListLeftOutIsFilteredOnAndDroppedAgain() {
    LogicalPlan select = new Project(RANGE, List.of(new Alias(call("*", ID, Literal.of(2)), "twice")));
    Scope scope = resolve(new Filter(select, call(">", ID, Literal.of(2))));

    StructType schema = Analyzer.schemaOf(scope.plan());
    assertThat(schema.fields()).extracting(field -> field.name()).containsExactly("twice");
    assertThat(scope.plan()).isInstanceOfSatisfying(Projection.class, projection ->
        assertThat(projection.input()).isInstanceOf(Selection.class));
  }

  @Test
  void aDataFramesColumnTheSelectListLeftOutIsFoundToo() {
    LogicalPlan people = new PlanIdTag(RANGE, 7);
    LogicalPlan select = new Project(people, List.of(new Alias(call("*", ID, Literal.of(2)), "twice")));
    UnresolvedAttribute peopleId = new UnresolvedAttribute(List.of("id"), java.util.OptionalLong.of(7));
    Scope scope = resolve(new Filter(select, call(">", peopleId, Literal.of(2))));

    assertThat(Analyzer.schemaOf(scope.plan()).fields()).extracting(field -> field.name()).containsExactly("twice");
  }

  @Test
  void aSortKeyDroppedBelowAFilterIsSelectedThereToo() {
    LogicalPlan select = new Project(RANGE, List.of(new Alias(call("*", ID, Literal.of(2)), "twice")));
    LogicalPlan filtered = new Filter(select, call(">", ID, Literal.of(2)));
    Scope scope = resolve(new Sort(filtered, List.of(new SortOrder(ID, false, false)), true));

    assertThat(Analyzer.schemaOf(scope.plan()).fields()).extracting(field -> field.name()).containsExactly("twice");
  }

  @Test
  void aConditionOnTheSelectedColumnsStaysAPlainFilter() {
    LogicalPlan select = new Project(RANGE, List.of(new Alias(call("*", ID, Literal.of(2)), "twice")));
    Scope scope = resolve(new Filter(select, call(">", UnresolvedAttribute.of("twice"), Literal.of(2))));
    assertThat(scope.plan()).isInstanceOf(Selection.class);
  }

  @Test
  void aColumnTheInputDoesNotHaveEitherIsStillUnresolved() {
    LogicalPlan select = new Project(RANGE, List.of(new Alias(call("*", ID, Literal.of(2)), "twice")));
    assertThatThrownBy(() -> resolve(new Filter(select, call(">", UnresolvedAttribute.of("nope"), Literal.of(2)))))
        .isInstanceOfSatisfying(EmberException.class, error -> {
          assertThat(error.errorClass()).isEqualTo("UNRESOLVED_COLUMN.WITH_SUGGESTION");
          assertThat(error.messageParameters()).containsEntry("objectName", "`nope`");
        });
  }
}
