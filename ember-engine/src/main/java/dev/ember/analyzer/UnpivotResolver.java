package dev.ember.analyzer;

import dev.ember.plan.errors.SparkErrors;
import dev.ember.plan.expressions.Alias;
import dev.ember.plan.expressions.Expression;
import dev.ember.plan.expressions.Literal;
import dev.ember.plan.expressions.UnresolvedFunction;
import dev.ember.plan.logical.Unpivot;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.resolved.ColumnReference;
import dev.ember.plan.resolved.NamedExpression;
import dev.ember.plan.resolved.Projection;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Collectors;

/**
 * {@code unpivot}/{@code melt}: each input row becomes one row per value column (id columns repeated); SQL's UNPIVOT
 * of several value columns, one row per set of columns.
 */
final class UnpivotResolver {
  private UnpivotResolver() {
  }

  static Scope resolve(Analyzer analyzer, Unpivot unpivot) {
    Scope input = analyzer.resolve(unpivot.input());
    ExpressionResolver resolver = analyzer.expressions(input, false);
    List<NamedExpression> columns = new ArrayList<>();
    List<Long> idIds = new ArrayList<>();
    for (Expression id : unpivot.ids()) {
      List<BoundColumn> expanded = resolver.expandedColumns(id);
      if (expanded != null) {
        // SQL's UNPIVOT: every column but the unpivoted ones is an id (* EXCEPT them)
        for (BoundColumn each : expanded) {
          ColumnReference reference = (ColumnReference) each.expression();
          columns.add(new NamedExpression(reference, reference.attribute()));
          idIds.add(reference.attribute().id());
        }
        continue;
      }
      NamedExpression column = ProjectResolver.named(analyzer, resolver.resolveTopLevel(id), id);
      columns.add(column);
      if (column.expression() instanceof ColumnReference reference) {
        idIds.add(reference.attribute().id());
      }
    }
    if (unpivot.valueColumnNames().size() > 1) {
      return input.withPlan(new Projection(input.plan(), withValueSets(analyzer, resolver, unpivot, columns)));
    }
    List<BoundColumn> values = new ArrayList<>();
    if (unpivot.values().isPresent()) {
      unpivot.values().get().forEach(value -> values.add(resolver.resolveTopLevel(value)));
    } else {
      input.output().stream().filter(attribute -> !idIds.contains(attribute.id()))
          .forEach(attribute -> values.add(new BoundColumn(new ColumnReference(attribute), attribute.name())));
    }
    List<BoundExpression> names = values.stream().<BoundExpression>map(value -> Literal.of(value.name())).toList();
    columns.add(new NamedExpression(new Call("unpivot_unnest", names, AtomicType.STRING, false),
        analyzer.newAttribute(unpivot.variableColumnName(), AtomicType.STRING, false)));
    columns.add(valueColumn(analyzer, values, unpivot.valueColumnNames().get(0)));
    return input.withPlan(new Projection(input.plan(), columns));
  }

  /**
   * SQL's UNPIVOT of several value columns: a row per set of columns, named by its alias or its columns' names joined
   * by {@code _}, the k-th value column holding each set's k-th column (the sets' k-th columns of a common type).
   */
  private static List<NamedExpression> withValueSets(Analyzer analyzer, ExpressionResolver resolver, Unpivot unpivot,
      List<NamedExpression> columns) {
    int size = unpivot.valueColumnNames().size();
    List<BoundExpression> names = new ArrayList<>();
    List<List<BoundColumn>> byPosition = new ArrayList<>();
    for (int k = 0; k < size; k++) {
      byPosition.add(new ArrayList<>());
    }
    for (Expression set : unpivot.values().orElseThrow()) {
      Expression columnsOfSet = set instanceof Alias alias ? alias.child() : set;
      List<Expression> members = ((UnresolvedFunction) columnsOfSet).arguments();
      if (members.size() != size) {
        throw SparkErrors.unsupported("UNPIVOT_VALUE_SIZE_MISMATCH", "428C4", "All unpivot value columns must have "
            + "the same size as there are value column names (" + size + ").", Map.of("names", Integer.toString(size)));
      }
      List<String> memberNames = new ArrayList<>();
      for (int k = 0; k < size; k++) {
        BoundColumn member = resolver.resolveTopLevel(members.get(k));
        byPosition.get(k).add(member);
        memberNames.add(member.name());
      }
      names.add(Literal.of(set instanceof Alias alias ? alias.name() : String.join("_", memberNames)));
    }
    List<NamedExpression> output = new ArrayList<>(columns);
    output.add(new NamedExpression(new Call("unpivot_unnest", names, AtomicType.STRING, false),
        analyzer.newAttribute(unpivot.variableColumnName(), AtomicType.STRING, false)));
    for (int k = 0; k < size; k++) {
      output.add(valueColumn(analyzer, byPosition.get(k), unpivot.valueColumnNames().get(k)));
    }
    return output;
  }

  /** A value column: the values cast to their common type, one per row of each input row. */
  private static NamedExpression valueColumn(Analyzer analyzer, List<BoundColumn> values, String name) {
    DataType type = commonType(values);
    List<BoundExpression> cast = values.stream().map(value -> TypeCoercion.castTo(value.expression(), type)).toList();
    // the value is NULL only where an unpivoted column is (Spark's Expand)
    boolean nullable = cast.stream().anyMatch(BoundExpression::nullable);
    return new NamedExpression(new Call("unpivot_unnest", cast, type, nullable), analyzer.newAttribute(name, type,
        nullable));
  }

  private static DataType commonType(List<BoundColumn> values) {
    DataType type = values.get(0).expression().dataType();
    for (BoundColumn value : values) {
      var common = TypeCoercion.commonType(type, value.expression().dataType());
      if (common.isEmpty() || (value.expression().dataType() == AtomicType.STRING) != (type == AtomicType.STRING)) {
        throw mismatch(values);
      }
      type = common.get();
    }
    return type;
  }

  /** Spark lists each type once, with its columns: {@code "DOUBLE" (`height`), "STRING" (`name`)}. */
  private static RuntimeException mismatch(List<BoundColumn> values) {
    Map<String, List<String>> byType = new TreeMap<>();
    values.forEach(value -> byType.computeIfAbsent(SparkErrors.toSqlType(value.expression().dataType()),
        key -> new ArrayList<>()).add("`" + value.name() + "`"));
    String types = byType.entrySet().stream()
        .map(entry -> entry.getKey() + " (" + String.join(", ", entry.getValue()) + ")")
        .collect(Collectors.joining(", "));
    return SparkErrors.unsupported("UNPIVOT_VALUE_DATA_TYPE_MISMATCH", "42K09",
        "Unpivot value columns must share a least common type, some types do not: [" + types + "].",
        Map.of("types", types));
  }
}
