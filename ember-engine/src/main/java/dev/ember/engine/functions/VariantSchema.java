package dev.ember.engine.functions;

import dev.ember.plan.types.ArrayType;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import dev.ember.plan.types.DecimalType;
import dev.ember.plan.types.StructField;
import dev.ember.plan.types.StructType;
import dev.ember.plan.types.VariantType;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.apache.spark.types.variant.Variant;
import org.duckdb.DuckDBColumnType;

/**
 * {@code ember_schema_of_variant(variant)}: Spark's SchemaOfVariant — an object is an {@code OBJECT<...>} of its
 * fields (sorted by name, as the encoding keeps them), an array the merged type of its elements (JsonInferSchema's
 * compatibleType, VARIANT where nothing fits), a scalar its type; written as Spark's printSchema writes it.
 */
final class VariantSchema {
  static final JavaFunction FUNCTION = JavaFunction.of("ember_schema_of_variant", List.of(DuckDBColumnType.VARCHAR),
      DuckDBColumnType.VARCHAR, arguments -> arguments[0] == null ? null
          : print(of(VariantText.decode((String) arguments[0]))));
  /**
   * {@code ember_schema_of_variant_agg(variants)}: Spark's SchemaOfVariantAgg, the merged schema of the group's
   * variants (their text joined by commas; VOID for none).
   */
  static final JavaFunction AGGREGATE = JavaFunction.of("ember_schema_of_variant_agg",
      List.of(DuckDBColumnType.VARCHAR), DuckDBColumnType.VARCHAR, arguments -> print(merged((String) arguments[0])));
  private static final Pattern PLAIN_NAME = Pattern.compile("[a-zA-Z0-9_]+");

  private VariantSchema() {
  }

  private static DataType merged(String variants) {
    DataType merged = AtomicType.NULL;
    if (variants != null) {
      for (String variant : variants.split(",")) {
        merged = CompatibleTypes.compatible(merged, of(VariantText.decode(variant)), VariantType.INSTANCE);
      }
    }
    return merged;
  }

  static DataType of(Variant variant) {
    return switch (variant.getType()) {
      case OBJECT -> {
        List<StructField> fields = new ArrayList<>();
        for (int i = 0; i < variant.objectSize(); i++) {
          Variant.ObjectField field = variant.getFieldAtIndex(i);
          fields.add(new StructField(field.key, of(field.value), true));
        }
        yield new StructType(fields);
      }
      case ARRAY -> {
        DataType element = AtomicType.NULL;
        for (int i = 0; i < variant.arraySize(); i++) {
          element = CompatibleTypes.compatible(element, of(variant.getElementAtIndex(i)), VariantType.INSTANCE);
        }
        yield new ArrayType(element, true);
      }
      case NULL -> AtomicType.NULL;
      case BOOLEAN -> AtomicType.BOOLEAN;
      case LONG -> AtomicType.LONG;
      case STRING -> AtomicType.STRING;
      case DOUBLE -> AtomicType.DOUBLE;
      case FLOAT -> AtomicType.FLOAT;
      case BINARY -> AtomicType.BINARY;
      case DATE -> AtomicType.DATE;
      case TIMESTAMP -> AtomicType.TIMESTAMP;
      case TIMESTAMP_NTZ -> AtomicType.TIMESTAMP_NTZ;
      case DECIMAL -> decimal(variant.getDecimal());
      default -> throw new IllegalStateException("unexpected variant type " + variant.getType());
    };
  }

  /** Spark's Decimal of the value: its digits and scale, at least as many digits as the scale. */
  private static DecimalType decimal(BigDecimal value) {
    BigDecimal whole = value.scale() < 0 ? value.setScale(0) : value;
    return new DecimalType(Math.max(whole.precision(), whole.scale()), whole.scale());
  }

  /** Spark's SchemaOfVariant.printSchema: as {@code DataType.sql}, but a struct is {@code OBJECT<name: type>}. */
  static String print(DataType type) {
    if (type instanceof StructType struct) {
      List<String> fields = new ArrayList<>();
      for (StructField field : struct.fields()) {
        fields.add(quoteIfNeeded(field.name()) + ": " + print(field.dataType()));
      }
      return "OBJECT<" + String.join(", ", fields) + ">";
    }
    if (type instanceof ArrayType array) {
      return "ARRAY<" + print(array.elementType()) + ">";
    }
    return type.sql();
  }

  private static String quoteIfNeeded(String name) {
    return PLAIN_NAME.matcher(name).matches() ? name : "`" + name.replace("`", "``") + "`";
  }
}
