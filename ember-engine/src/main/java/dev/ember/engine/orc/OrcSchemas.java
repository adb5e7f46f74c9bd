package dev.ember.engine.orc;

import dev.ember.plan.types.ArrayType;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import dev.ember.plan.types.DayTimeIntervalType;
import dev.ember.plan.types.DecimalType;
import dev.ember.plan.types.MapType;
import dev.ember.plan.types.StructField;
import dev.ember.plan.types.StructType;
import dev.ember.plan.types.YearMonthIntervalType;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import org.apache.orc.TypeDescription;

/**
 * Spark's mapping between its types and ORC's ({@code OrcUtils.toCatalystSchema} and {@code orcTypeDescription}):
 * ORC's char and varchar read as strings, {@code timestamp} is Spark's timestamp; {@code timestamp_ntz} and the
 * ANSI intervals are stored as ORC longs and ints marked with the attribute {@code spark.sql.catalyst.type}.
 */
public final class OrcSchemas {
  /** The attribute Spark marks an ORC type with when the ORC type alone does not say the Spark type. */
  static final String CATALYST_TYPE = "spark.sql.catalyst.type";

  private OrcSchemas() {
  }

  /** The Spark schema of a file's ORC type; none for a file of no column (Spark skips such files). */
  public static Optional<StructType> toSpark(TypeDescription orc) {
    if (orc.getCategory() != TypeDescription.Category.STRUCT || orc.getFieldNames().isEmpty()) {
      return Optional.empty();
    }
    return Optional.of((StructType) toSparkType(orc));
  }

  static DataType toSparkType(TypeDescription orc) {
    String attribute = orc.getAttributeValue(CATALYST_TYPE);
    if (attribute != null) {
      Optional<DataType> marked = marked(attribute);
      if (marked.isPresent()) {
        return marked.get();
      }
    }
    List<TypeDescription> children = orc.getChildren();
    return switch (orc.getCategory()) {
      case BOOLEAN -> AtomicType.BOOLEAN;
      case BYTE -> AtomicType.BYTE;
      case SHORT -> AtomicType.SHORT;
      case INT -> AtomicType.INTEGER;
      case LONG -> AtomicType.LONG;
      case FLOAT -> AtomicType.FLOAT;
      case DOUBLE -> AtomicType.DOUBLE;
      case STRING, CHAR, VARCHAR -> AtomicType.STRING;
      case BINARY -> AtomicType.BINARY;
      case DATE -> AtomicType.DATE;
      case TIMESTAMP, TIMESTAMP_INSTANT -> AtomicType.TIMESTAMP;
      case DECIMAL -> new DecimalType(orc.getPrecision(), orc.getScale());
      case LIST -> new ArrayType(toSparkType(children.get(0)), true);
      case MAP -> new MapType(toSparkType(children.get(0)), toSparkType(children.get(1)), true);
      case STRUCT -> {
        List<StructField> fields = new ArrayList<>();
        for (int i = 0; i < children.size(); i++) {
          fields.add(new StructField(orc.getFieldNames().get(i), toSparkType(children.get(i)), true));
        }
        yield new StructType(fields);
      }
      default -> throw new IllegalArgumentException("ORC type " + orc + " has no Spark type");
    };
  }

  /** The Spark type a {@code spark.sql.catalyst.type} attribute names. */
  private static Optional<DataType> marked(String typeName) {
    String name = typeName.strip().toLowerCase(Locale.ROOT);
    if (name.equals("timestamp_ntz")) {
      return Optional.of(AtomicType.TIMESTAMP_NTZ);
    }
    if (name.equals("string")) {
      return Optional.of(AtomicType.STRING);
    }
    if (!name.startsWith("interval ")) {
      return Optional.empty();
    }
    String[] fields = name.substring("interval ".length()).split(" to ");
    List<String> dayTime = List.of("day", "hour", "minute", "second");
    List<String> yearMonth = List.of("year", "month");
    String start = fields[0].strip();
    String end = fields[fields.length - 1].strip();
    if (dayTime.contains(start) && dayTime.contains(end)) {
      return Optional.of(new DayTimeIntervalType(dayTime.indexOf(start), dayTime.indexOf(end)));
    }
    if (yearMonth.contains(start) && yearMonth.contains(end)) {
      return Optional.of(new YearMonthIntervalType(yearMonth.indexOf(start), yearMonth.indexOf(end)));
    }
    return Optional.empty();
  }

  /** The ORC type Spark writes a Spark type as. */
  public static TypeDescription toOrc(DataType type) {
    if (type instanceof StructType struct) {
      TypeDescription result = TypeDescription.createStruct();
      struct.fields().forEach(field -> result.addField(field.name(), toOrc(field.dataType())));
      return result;
    }
    if (type instanceof ArrayType array) {
      return TypeDescription.createList(toOrc(array.elementType()));
    }
    if (type instanceof MapType map) {
      return TypeDescription.createMap(toOrc(map.keyType()), toOrc(map.valueType()));
    }
    if (type instanceof DecimalType decimal) {
      return TypeDescription.createDecimal().withPrecision(decimal.precision()).withScale(decimal.scale());
    }
    if (type instanceof DayTimeIntervalType) {
      return TypeDescription.createLong().setAttribute(CATALYST_TYPE, type.simpleString());
    }
    if (type instanceof YearMonthIntervalType) {
      return TypeDescription.createInt().setAttribute(CATALYST_TYPE, type.simpleString());
    }
    if (type instanceof AtomicType atomic) {
      switch (atomic) {
        case BOOLEAN: return TypeDescription.createBoolean();
        case BYTE: return TypeDescription.createByte();
        case SHORT: return TypeDescription.createShort();
        case INTEGER: return TypeDescription.createInt();
        case LONG: return TypeDescription.createLong();
        case FLOAT: return TypeDescription.createFloat();
        case DOUBLE: return TypeDescription.createDouble();
        case STRING: return TypeDescription.createString();
        case BINARY: return TypeDescription.createBinary();
        case DATE: return TypeDescription.createDate();
        case TIMESTAMP: return TypeDescription.createTimestamp();
        case TIMESTAMP_NTZ: return TypeDescription.createLong().setAttribute(CATALYST_TYPE, "timestamp_ntz");
        default:
          break;
      }
    }
    throw new IllegalArgumentException("Spark type " + type.simpleString() + " has no ORC type");
  }

  /** Whether Spark's ORC source stores the type (not the calendar interval, time, variant or spatial types, void). */
  public static boolean supports(DataType type) {
    try {
      toOrc(type);
      return true;
    } catch (IllegalArgumentException unsupported) {
      return false;
    }
  }
}
