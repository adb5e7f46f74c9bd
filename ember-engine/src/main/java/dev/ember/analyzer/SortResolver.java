package dev.ember.analyzer;

import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import dev.ember.plan.expressions.Expression;
import dev.ember.plan.expressions.Literal;
import dev.ember.plan.resolved.Attribute;
import dev.ember.plan.resolved.ColumnReference;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.expressions.SortOrder;
import dev.ember.plan.resolved.BoundSortOrder;
import dev.ember.plan.resolved.Ordering;
import java.util.List;

/**
 * {@code orderBy(...)}: each key resolved against the input. As in Spark ({@code spark.sql.orderByOrdinal}), an
 * integer literal is a position in the input's columns; another constant orders nothing.
 */
final class SortResolver {
  private SortResolver() {
  }

  /**
   * The sort of {@code input}; {@code selectInput} (the select list's input, when the sort is over one) holds the
   * columns a key may name though the select list left them out, which Spark prefers to ORDER BY ALL.
   */
  static Scope resolve(Analyzer analyzer, Scope input, List<SortOrder> written, boolean global,
      java.util.Optional<Scope> selectInput) {
    ExpressionResolver resolver = analyzer.expressions(input, false);
    List<SortOrder> orders = byAll(analyzer, input, written, selectInput);
    boolean ordinals = analyzer.orderByOrdinal();
    if (ordinals && analyzer.ordinalsFirstInSort()) {
      // the positions checked before any name is resolved
      for (SortOrder order : orders) {
        Literal literal = ordinal(unwrap(order.child()));
        if (literal != null) {
          try {
            position(input, (Integer) literal.value());
          } catch (EmberException e) {
            throw e.withQueryContext(analyzer.origins().of(literal));
          }
        }
      }
    }
    List<BoundSortOrder> bound = new java.util.ArrayList<>();
    for (SortOrder order : orders) {
      Expression key = unwrap(order.child());
      if (ordinals && ordinal(key) != null) {
        Literal literal = (Literal) key;
        Attribute column;
        try {
          column = position(input, (Integer) literal.value());
        } catch (EmberException e) {
          throw e.withQueryContext(analyzer.origins().of(literal));
        }
        bound.add(new BoundSortOrder(new ColumnReference(column), order.ascending(), order.nullsFirst()));
      } else if (!(key instanceof Literal)) {
        BoundColumn resolved = resolver.resolve(key);
        try {
          OrderingChecks.requireOrderableKey(resolved.name(), order.ascending(), order.nullsFirst(),
              resolved.expression().dataType());
        } catch (EmberException e) {
          throw e.withQueryContext(analyzer.origins().of(key));
        }
        bound.add(new BoundSortOrder(noGenerator(resolved), order.ascending(), order.nullsFirst()));
      }
    }
    return bound.isEmpty() ? input : input.withSameColumns(new Ordering(input.plan(), bound, global));
  }

  /**
   * Spark's ORDER BY ALL: a single key named {@code all} that no input column has orders by every column, left to
   * right, in its direction and null order.
   */
  private static List<SortOrder> byAll(Analyzer analyzer, Scope input, List<SortOrder> orders,
      java.util.Optional<Scope> selectInput) {
    if (orders.size() != 1 || !(unwrap(orders.get(0).child())
        instanceof dev.ember.plan.expressions.UnresolvedAttribute attribute)
        || attribute.nameParts().size() != 1 || attribute.planId().isPresent()
        || !attribute.nameParts().get(0).equalsIgnoreCase("all")
        || !analyzer.names().find(attribute.nameParts(), input.output()).isEmpty()
        || selectInput.isPresent() && !analyzer.names().find(attribute.nameParts(), selectInput.get().output())
            .isEmpty()) {
      return orders;
    }
    SortOrder all = orders.get(0);
    List<SortOrder> expanded = new java.util.ArrayList<>();
    for (int position = 1; position <= input.output().size(); position++) {
      expanded.add(new SortOrder(Literal.of(position), all.ascending(), all.nullsFirst()));
    }
    return expanded;
  }

  /** The key when it is an integer literal (a position), else null. */
  static Literal ordinal(Expression key) {
    return key instanceof Literal literal && literal.dataType() == AtomicType.INTEGER && literal.value() != null
        ? literal : null;
  }

  /** ORDER_BY_POS_OUT_OF_RANGE of {@code index} among {@code size} columns. */
  static EmberException positionOutOfRange(int index, int size) {
    return new EmberException(ErrorKind.ANALYSIS, "ORDER_BY_POS_OUT_OF_RANGE", "42805", "ORDER BY position " + index
        + " is not in select list (valid range is [1, " + size + "]).",
        java.util.Map.of("index", Integer.toString(index), "size", Integer.toString(size)));
  }

  private static Attribute position(Scope input, int index) {
    List<Attribute> columns = input.output();
    if (index < 1 || index > columns.size()) {
      throw positionOutOfRange(index, columns.size());
    }
    return columns.get(index - 1);
  }

  private static dev.ember.plan.resolved.BoundExpression noGenerator(BoundColumn bound) {
    if (bound.expression() instanceof dev.ember.plan.resolved.Generator) {
      throw dev.ember.plan.errors.CollectionErrors.generatorOutsideSelect(bound.name());
    }
    return bound.expression();
  }

  private static Expression unwrap(Expression expression) {
    return expression instanceof SortOrder nested ? nested.child() : expression;
  }
}
