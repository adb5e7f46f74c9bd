package dev.ember.analyzer;

import dev.ember.plan.errors.EmberException;
import dev.ember.plan.expressions.Expression;
import dev.ember.plan.expressions.Identifiers;
import dev.ember.plan.expressions.UnresolvedAttribute;
import dev.ember.plan.logical.Filter;
import dev.ember.plan.logical.LogicalPlan;
import dev.ember.plan.logical.PlanIdTag;
import dev.ember.plan.logical.Project;
import dev.ember.plan.resolved.Attribute;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.Selection;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Optional;
import java.util.OptionalLong;
import java.util.Set;

/**
 * A filter whose condition names a column the select list right below it left out
 * ({@code df.select("name").filter(col("age") > 30)}), as Spark's analyzer resolves it (ResolveMissingReferences):
 * the select list is extended by the missing columns, the rows filtered, and those columns dropped again.
 */
final class MissingFilterColumns {
  /** How many missing columns one condition may add. */
  private static final int MOST_MISSING = 16;

  private MissingFilterColumns() {
  }

  static Scope resolve(Analyzer analyzer, Filter filter) {
    Scope input = analyzer.resolve(filter.input());
    try {
      return filtered(analyzer, input, filter.condition());
    } catch (EmberException unresolved) {
      return withMissing(analyzer, filter, unresolved).orElseThrow(() -> unresolved);
    }
  }

  private static Scope filtered(Analyzer analyzer, Scope input, Expression condition) {
    BoundExpression bound = WhereConditions.resolve(analyzer, input, condition);
    return input.withSameColumns(new Selection(input.plan(), WindowResolver.requireNoWindow(bound, "WHERE")));
  }

  private static Optional<Scope> withMissing(Analyzer analyzer, Filter filter, EmberException unresolved) {
    LogicalPlan below = filter.input();
    OptionalLong planId = OptionalLong.empty();
    if (below instanceof PlanIdTag tag) {
      planId = OptionalLong.of(tag.planId());
      below = tag.input();
    }
    if (!(below instanceof Project project) || analyzer.isCached(filter.input()) || analyzer.isCached(below)) {
      return Optional.empty();
    }
    List<Expression> extended = new ArrayList<>(project.expressions());
    Set<String> added = new HashSet<>();
    EmberException failure = unresolved;
    while (added.size() < MOST_MISSING) {
      Optional<List<String>> name = missingName(failure);
      if (name.isEmpty() || !added.add(String.join(".", name.get()))) {
        return Optional.empty();
      }
      extended.add(new UnresolvedAttribute(name.get(), OptionalLong.empty()));
      LogicalPlan select = new Project(project.input(), extended);
      Scope scope;
      try {
        scope = analyzer.resolve(planId.isPresent() ? new PlanIdTag(select, planId.getAsLong()) : select);
      } catch (EmberException notInTheInput) {
        return Optional.empty();
      }
      List<Attribute> output = scope.output();
      Set<Long> missing = new HashSet<>();
      output.subList(output.size() - added.size(), output.size()).forEach(column -> missing.add(column.id()));
      try {
        return Optional.of(filtered(analyzer, scope, filter.condition()).withHidden(missing).visible());
      } catch (EmberException again) {
        failure = again;
      }
    }
    return Optional.empty();
  }

  /**
   * The column a condition names that is not there: by name, or a DataFrame's column ({@code df.age}), which the
   * select list passes on by its name (the condition then finds the DataFrame's column in it).
   */
  private static Optional<List<String>> missingName(EmberException failure) {
    String errorClass = failure.errorClass() == null ? "" : failure.errorClass();
    if (errorClass.startsWith("UNRESOLVED_COLUMN")) {
      return Optional.ofNullable(failure.messageParameters().get("objectName")).map(Identifiers::parseAttributeName);
    }
    String quoted = failure.messageParameters().getOrDefault("name", "");
    if (errorClass.equals("CANNOT_RESOLVE_DATAFRAME_COLUMN") && quoted.length() > 2 && quoted.startsWith("\"")
        && quoted.endsWith("\"") && !quoted.equals("\"*\"")) {
      return Optional.of(Identifiers.parseAttributeName(quoted.substring(1, quoted.length() - 1)));
    }
    return Optional.empty();
  }
}
