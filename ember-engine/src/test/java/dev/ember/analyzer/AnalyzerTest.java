package dev.ember.analyzer;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ember.engine.EmberEngine;
import dev.ember.engine.EngineSession;
import dev.ember.plan.errors.EmberException;
import dev.ember.plan.expressions.Alias;
import dev.ember.plan.expressions.Expression;
import dev.ember.plan.expressions.Literal;
import dev.ember.plan.expressions.UnresolvedAttribute;
import dev.ember.plan.expressions.UnresolvedFunction;
import dev.ember.plan.logical.Aggregate;
import dev.ember.plan.logical.Filter;
import dev.ember.plan.logical.LogicalPlan;
import dev.ember.plan.logical.Project;
import dev.ember.plan.logical.Range;
import dev.ember.plan.logical.WithColumns;
import dev.ember.plan.types.StructType;
import java.util.List;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Logical plan in, resolved schema (Spark's names, types, nullability) or Spark's error out. */
class AnalyzerTest {
  private static EmberEngine engine;
  private static EngineSession session;

  @BeforeAll
  static void start() {
    engine = EmberEngine.start();
    session = engine.session("analyzer-test");
  }

  @AfterAll
  static void stop() {
    engine.close();
  }

  private static String schema(LogicalPlan plan) {
    StructType schema = Analyzer.schemaOf(new Analyzer(session).analyze(plan));
    return String.join(", ", schema.fields().stream()
        .map(field -> field.name() + ":" + field.dataType().simpleString() + (field.nullable() ? "" : " not null"))
        .toList());
  }

  private static Expression call(String name, Expression... arguments) {
    return UnresolvedFunction.of(name, arguments);
  }

  private static final Range RANGE = new Range(0, 5, 1);
  private static final UnresolvedAttribute ID = UnresolvedAttribute.of("id");

  @Test
  void namesExpressionsAsSparkDoesWithoutImplicitCasts() {
    assertThat(schema(new Project(RANGE, List.of(call("+", ID, Literal.of(1)), call("/", ID, Literal.of(2)),
        call(">", ID, Literal.of("1"))))))
        .isEqualTo("(id + 1):bigint not null, (id / 2):double, (id > 1):boolean");
  }

  @Test
  void decimalArithmeticFollowsSparksPrecisionRules() {
    Literal price = new Literal(new java.math.BigDecimal("1.50"), new dev.ember.plan.types.DecimalType(3, 2));
    assertThat(schema(new Project(RANGE, List.of(call("*", price, ID), call("+", price, ID)))))
        .isEqualTo("(1.50 * id):decimal(24,2) not null, (1.50 + id):decimal(23,2) not null");
  }

  @Test
  void aggregatesHaveSparksResultTypes() {
    assertThat(schema(new Aggregate(RANGE, List.of(), List.of(call("sum", ID), call("avg", ID),
        call("count", Literal.of(1)), new Alias(call("max", ID), "top")))))
        .isEqualTo("sum(id):bigint, avg(id):double, count(1):bigint not null, top:bigint");
  }

  @Test
  void withColumnReplacesByNameCaseInsensitively() {
    assertThat(schema(new WithColumns(RANGE, List.of(new Alias(Literal.of("x"), "ID"), new Alias(ID, "copy")))))
        .isEqualTo("ID:string not null, copy:bigint not null");
  }

  @Test
  void unresolvedColumnSuggestsTheClosestNames() {
    LogicalPlan plan = new Project(new WithColumns(RANGE, List.of(new Alias(Literal.of(1), "value"))),
        List.of(UnresolvedAttribute.of("valeu")));
    assertThatThrownBy(() -> schema(plan))
        .isInstanceOfSatisfying(EmberException.class, error -> {
          assertThat(error.errorClass()).isEqualTo("UNRESOLVED_COLUMN.WITH_SUGGESTION");
          assertThat(error.sqlState()).isEqualTo("42703");
          assertThat(error.messageParameters()).containsEntry("objectName", "`valeu`")
              .containsEntry("proposal", "`value`, `id`");
        });
  }

  @Test
  void filterMustBeBoolean() {
    assertThatThrownBy(() -> schema(new Filter(RANGE, call("+", ID, Literal.of(1)))))
        .isInstanceOfSatisfying(EmberException.class, error ->
            assertThat(error.errorClass()).isEqualTo("DATATYPE_MISMATCH.FILTER_NOT_BOOLEAN"));
  }

  @Test
  void unknownFunctionIsUnresolvedRoutine() {
    assertThatThrownBy(() -> schema(new Project(RANGE, List.of(call("no_such_function", ID)))))
        .isInstanceOfSatisfying(EmberException.class, error -> {
          assertThat(error.errorClass()).isEqualTo("UNRESOLVED_ROUTINE");
          assertThat(error.messageParameters()).containsEntry("routineName", "`no_such_function`");
        });
  }

  @Test
  void aggregateNeedsEveryColumnGroupedOrAggregated() {
    LogicalPlan plan = new Aggregate(new WithColumns(RANGE, List.of(new Alias(Literal.of(1), "k"))),
        List.of(UnresolvedAttribute.of("k")), List.of(ID));
    assertThatThrownBy(() -> schema(plan))
        .isInstanceOfSatisfying(EmberException.class, error ->
            assertThat(error.errorClass()).isEqualTo("MISSING_AGGREGATION"));
  }
}
