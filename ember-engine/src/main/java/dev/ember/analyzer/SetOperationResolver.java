package dev.ember.analyzer;

import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import dev.ember.plan.logical.SetOperation;
import dev.ember.plan.logical.SetOperationType;
import dev.ember.plan.resolved.Attribute;
import dev.ember.plan.resolved.ColumnReference;
import dev.ember.plan.resolved.CombinedRows;
import dev.ember.plan.resolved.NamedExpression;
import dev.ember.plan.resolved.Projection;
import dev.ember.plan.types.DataType;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * union/intersect/except: both sides the same width, each column widened to the two sides' wider
 * type (casts projected on the side that needs them); the output carries the left side's names.
 * {@code unionByName} first reorders the right side by name ({@link UnionByName}).
 */
final class SetOperationResolver {
  private static final List<String> ORDINALS = List.of("first", "second", "third");

  private final Analyzer analyzer;

  SetOperationResolver(Analyzer analyzer) {
    this.analyzer = analyzer;
  }

  Scope resolve(SetOperation operation) {
    Scope left = analyzer.resolve(operation.left()).visible();
    Scope right = analyzer.resolve(operation.right()).visible();
    if (operation.byName()) {
      UnionByName byName = new UnionByName(analyzer, operation.allowMissingColumns());
      Scope reorderedRight = byName.alignRight(left, right);
      left = byName.extendLeft(left, right);
      right = reorderedRight;
    }
    List<Attribute> leftOutput = left.output();
    List<Attribute> rightOutput = right.output();
    if (leftOutput.size() != rightOutput.size()) {
      throw columnCountMismatch(operation.type(), leftOutput.size(), rightOutput.size());
    }
    List<DataType> types = new ArrayList<>();
    for (int i = 0; i < leftOutput.size(); i++) {
      DataType leftType = leftOutput.get(i).dataType();
      DataType rightType = rightOutput.get(i).dataType();
      int column = i;
      types.add(TypeCoercion.widerType(leftType, rightType)
          .or(() -> sameShape(leftType, rightType))
          .orElseThrow(() -> incompatibleTypes(operation.type(), column, rightType, leftType)));
    }
    Scope castLeft = castTo(left, types);
    Scope castRight = castTo(right, types);
    CombinedRows rows = new CombinedRows(castLeft.plan(), castRight.plan(), operation.type(), operation.all());
    return new Scope(rows, Scope.merge(castLeft, castRight), Set.of(), Set.of());
  }

  /**
   * Spark's set operations also take columns of one shape whose struct fields are named differently
   * ({@code named_struct('a', 1) UNION ALL named_struct('b', 2)}): the first input's type, fields matched by position.
   */
  private static java.util.Optional<DataType> sameShape(DataType left, DataType right) {
    return ComplexTypeCoercion.sameStructurally(left, right) ? java.util.Optional.of(left) : java.util.Optional.empty();
  }

  /** The side with each column cast to its wider type; a cast column keeps its name under a new identity. */
  private Scope castTo(Scope side, List<DataType> types) {
    List<Attribute> output = side.output();
    boolean changed = false;
    List<NamedExpression> columns = new ArrayList<>();
    for (int i = 0; i < output.size(); i++) {
      Attribute attribute = output.get(i);
      if (attribute.dataType().equals(types.get(i))) {
        columns.add(ProjectResolver.passThrough(attribute));
        continue;
      }
      changed = true;
      var cast = TypeCoercion.castTo(new ColumnReference(attribute), types.get(i));
      columns.add(new NamedExpression(cast, analyzer.newAttribute(attribute.name(), cast.dataType(), cast.nullable())));
    }
    return changed ? side.withPlan(new Projection(side.plan(), columns)) : side;
  }

  static String ordinal(int index) {
    return index < ORDINALS.size() ? ORDINALS.get(index) : (index + 1) + "th";
  }

  static EmberException columnCountMismatch(SetOperationType type, int first, int invalid) {
    return new EmberException(ErrorKind.ANALYSIS, "NUM_COLUMNS_MISMATCH", "42826",
        type.name() + " can only be performed on inputs with the same number of columns, but the first input has "
            + first + " columns and the second input has " + invalid + " columns.",
        Map.of("operator", type.name(), "firstNumColumns", Integer.toString(first),
            "invalidOrdinalNum", ordinal(1), "invalidNumColumns", Integer.toString(invalid)));
  }

  private static EmberException incompatibleTypes(SetOperationType type, int column, DataType right, DataType left) {
    String rightType = "\"" + right.sql() + "\"";
    String leftType = "\"" + left.sql() + "\"";
    return new EmberException(ErrorKind.ANALYSIS, "INCOMPATIBLE_COLUMN_TYPE", "42825",
        type.name() + " can only be performed on tables with compatible column types. The " + ordinal(column)
            + " column of the second table is " + rightType + " type which is not compatible with " + leftType
            + " at the same column of the first table.",
        Map.of("operator", type.name(), "columnOrdinalNumber", ordinal(column), "tableOrdinalNumber", ordinal(1),
            "dataType1", rightType, "dataType2", leftType, "hint", ""));
  }
}
