package dev.ember.analyzer;

import dev.ember.engine.EngineSession;
import dev.ember.engine.QueryResult;
import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import dev.ember.plan.errors.SparkErrors;
import dev.ember.plan.logical.LocalData;
import dev.ember.plan.logical.Transpose;
import dev.ember.plan.resolved.Attribute;
import dev.ember.plan.resolved.BoundCast;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.BoundSortOrder;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.resolved.ColumnReference;
import dev.ember.plan.resolved.LimitRows;
import dev.ember.plan.resolved.LocalRows;
import dev.ember.plan.resolved.NamedExpression;
import dev.ember.plan.resolved.Ordering;
import dev.ember.plan.resolved.Projection;
import dev.ember.plan.resolved.Selection;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import dev.ember.plan.types.StructField;
import dev.ember.plan.types.StructType;
import dev.ember.sqlgen.SqlGenerator;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.UUID;

/**
 * {@code transpose}, as Spark's {@code ResolveTranspose}: the input's rows whose index is not NULL, sorted by it, are
 * read now (at most {@code spark.sql.transposeMaxValues}); each becomes a column named by its index value as a string,
 * each other column a row named in {@code key}, its values cast to the tightest type all those columns share.
 */
final class TransposeResolver {
  static final String MAX_VALUES = "spark.sql.transposeMaxValues";

  private TransposeResolver() {
  }

  static Scope resolve(Analyzer analyzer, EngineSession session, Transpose transpose) {
    Scope input = analyzer.resolve(transpose.input());
    List<Attribute> columns = input.output();
    if (columns.isEmpty()) {
      return Scope.of(new LocalRows(List.of(), new LocalData.Rows(List.of())));
    }
    Attribute index = transpose.indexColumns().isEmpty() ? columns.get(0)
        : indexAttribute(analyzer.expressions(input, false).resolve(transpose.indexColumns().get(0)).expression());
    if (!isAtomic(index.dataType())) {
      throw invalidIndex("Index column must be of atomic type, but found: " + ScalaTypeText.of(index.dataType()));
    }
    List<Attribute> others = columns.stream().filter(column -> column.id() != index.id()).toList();
    DataType common = others.isEmpty() ? AtomicType.STRING : others.get(0).dataType();
    for (Attribute other : others.subList(Math.min(1, others.size()), others.size())) {
      DataType current = common;
      DataType next = other.dataType();
      common = TypeCoercion.tightestCommonType(current, next).orElseThrow(() ->
          new EmberException(ErrorKind.ANALYSIS, "TRANSPOSE_NO_LEAST_COMMON_TYPE", "42K09", "Transpose requires "
              + "non-index columns to share a least common type, but " + SparkErrors.toSqlType(current) + " and "
              + SparkErrors.toSqlType(next) + " do not.", Map.of("dt1", SparkErrors.toSqlType(current),
                  "dt2", SparkErrors.toSqlType(next))));
    }
    int maxValues = Integer.parseInt(session.conf().getOrDefault(MAX_VALUES, "500"));
    List<Object[]> rows = indexedRows(analyzer, session, input, index, others, common, maxValues);
    Attribute key = analyzer.newAttribute("key", AtomicType.STRING, false);
    if (rows.isEmpty()) {
      return Scope.of(new LocalRows(List.of(key), new LocalData.Rows(others.stream()
          .map(column -> List.<Object>of(column.name())).toList())));
    }
    if (rows.size() > maxValues) {
      throw new EmberException(ErrorKind.ANALYSIS, "TRANSPOSE_EXCEED_ROW_LIMIT", "54006", "Number of rows exceeds "
          + "the allowed limit of " + maxValues + " for TRANSPOSE. If this was intended, set " + MAX_VALUES
          + " to at least the current row count.", Map.of("maxValues", Integer.toString(maxValues),
              "config", MAX_VALUES));
    }
    List<Attribute> output = new ArrayList<>(List.of(key));
    for (Object[] row : rows) {
      output.add(analyzer.newAttribute((String) row[0], common, true));
    }
    List<List<Object>> transposed = new ArrayList<>();
    for (int column = 0; column < others.size(); column++) {
      Object[] values = new Object[rows.size() + 1];
      values[0] = others.get(column).name();
      for (int row = 0; row < rows.size(); row++) {
        values[row + 1] = rows.get(row)[column + 1];
      }
      transposed.add(Arrays.asList(values));
    }
    return Scope.of(new LocalRows(output, new LocalData.Rows(transposed)));
  }

  /** The input's rows with a non-NULL index, sorted by it: the index as a string, the other columns cast. */
  private static List<Object[]> indexedRows(Analyzer analyzer, EngineSession session, Scope input, Attribute index,
      List<Attribute> others, DataType common, int maxValues) {
    ColumnReference indexColumn = new ColumnReference(index);
    Selection present = new Selection(input.plan(),
        new Call("is_not_null", List.of(indexColumn), AtomicType.BOOLEAN, false));
    Ordering sorted = new Ordering(present, List.of(new BoundSortOrder(indexColumn, true, true)), true);
    List<NamedExpression> cast = new ArrayList<>();
    cast.add(new NamedExpression(new BoundCast(indexColumn, AtomicType.STRING, false),
        analyzer.newAttribute(index.name(), AtomicType.STRING, false)));
    for (Attribute column : others) {
      BoundExpression value = column.dataType().equals(common) ? new ColumnReference(column)
          : new BoundCast(new ColumnReference(column), common, false);
      cast.add(new NamedExpression(value, analyzer.newAttribute(column.name(), common, true)));
    }
    LimitRows limited = new LimitRows(new Projection(sorted, cast), maxValues + 1L);
    List<StructField> fields = limited.output().stream()
        .map(attribute -> new StructField(attribute.name(), attribute.dataType(), attribute.nullable())).toList();
    QueryResult result = session.execute("transpose-" + UUID.randomUUID(), SqlGenerator.generatePositional(limited),
        new StructType(fields));
    return result.rows();
  }

  private static Attribute indexAttribute(BoundExpression expression) {
    if (expression instanceof ColumnReference reference) {
      return reference.attribute();
    }
    throw invalidIndex("Index column must be an atomic attribute");
  }

  /** Spark's {@code AtomicType}: every type but NULL, the calendar interval, VARIANT, arrays, maps and structs. */
  private static boolean isAtomic(DataType type) {
    if (type instanceof AtomicType atomic) {
      return atomic != AtomicType.NULL && atomic != AtomicType.CALENDAR_INTERVAL;
    }
    return !(type instanceof dev.ember.plan.types.ArrayType || type instanceof dev.ember.plan.types.MapType
        || type instanceof StructType || type instanceof dev.ember.plan.types.VariantType);
  }

  private static EmberException invalidIndex(String reason) {
    return new EmberException(ErrorKind.ANALYSIS, "TRANSPOSE_INVALID_INDEX_COLUMN", "42804",
        "Invalid index column for TRANSPOSE because: " + reason, Map.of("reason", reason));
  }
}
