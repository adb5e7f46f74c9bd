package dev.ember.analyzer;

import dev.ember.plan.expressions.Literal;
import dev.ember.plan.resolved.Attribute;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.resolved.ColumnReference;
import dev.ember.plan.resolved.NamedExpression;
import dev.ember.plan.resolved.Projection;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.CharVarcharType;
import dev.ember.plan.types.DataType;
import dev.ember.plan.types.StructField;
import dev.ember.plan.types.StructType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.stream.Collectors;

/**
 * The read of a table with {@code CHAR(n)}/{@code VARCHAR(n)} columns, as Spark's {@code ApplyCharTypePadding} makes
 * it with {@code spark.sql.readSideCharPadding} (on by default): a char column's values are padded with spaces to
 * {@code n} ({@code readSidePadding}: a longer value stays as it is), and every such column carries its declared type
 * ({@link Attribute#declaredType}), as Spark's column metadata does, for comparisons and for what is created from it.
 */
final class CharVarcharReads {
  /** The function that pads a char column's value read: {@code rpad(value, n)} when shorter than {@code n}. */
  private static final String READ_PADDING = "char_read_padding";

  private CharVarcharReads() {
  }

  /** The table's columns (by name) with their declared types, a char column padded; the scope as it is without one. */
  static Scope declared(Analyzer analyzer, Scope table, StructType schema) {
    Map<String, DataType> declared = schema.fields().stream().filter(field -> CharVarcharType.occursIn(field.dataType()))
        .collect(Collectors.toMap(field -> field.name().toLowerCase(Locale.ROOT), StructField::dataType,
            (first, second) -> first));
    if (declared.isEmpty() || analyzer.flag("spark.sql.legacy.charVarcharAsString", false)) {
      return table;
    }
    boolean padding = analyzer.flag("spark.sql.readSideCharPadding", true);
    List<NamedExpression> columns = new ArrayList<>();
    for (Attribute attribute : table.plan().output()) {
      DataType type = table.hiddenIds().contains(attribute.id()) ? null
          : declared.get(attribute.name().toLowerCase(Locale.ROOT));
      ColumnReference reference = new ColumnReference(attribute);
      if (type == null) {
        columns.add(new NamedExpression(reference, attribute));
      } else if (padding && type instanceof CharVarcharType charType && charType.fixedLength()) {
        Attribute padded = analyzer.newAttribute(attribute.name(), AtomicType.STRING, attribute.nullable())
            .withQualifier(attribute.qualifier()).withDeclaredType(Optional.of(type));
        columns.add(new NamedExpression(padded(reference, charType.length(), attribute.nullable()), padded));
      } else {
        columns.add(new NamedExpression(reference, attribute.withDeclaredType(Optional.of(type))));
      }
    }
    return table.withSameColumns(new Projection(table.plan(), columns));
  }

  private static Call padded(dev.ember.plan.resolved.BoundExpression value, int length, boolean nullable) {
    return new Call(READ_PADDING, List.of(value, Literal.of(length)), AtomicType.STRING, nullable);
  }
}
