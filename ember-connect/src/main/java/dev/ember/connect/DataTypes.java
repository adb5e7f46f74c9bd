package dev.ember.connect;

import dev.ember.plan.errors.SparkErrors;
import dev.ember.plan.types.ArrayType;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import dev.ember.plan.types.DayTimeIntervalType;
import dev.ember.plan.types.DecimalType;
import dev.ember.plan.types.YearMonthIntervalType;
import dev.ember.plan.types.MapType;
import dev.ember.plan.types.SpatialType;
import dev.ember.plan.types.StructField;
import dev.ember.plan.types.StructType;
import dev.ember.plan.types.TimeType;
import java.util.ArrayList;
import java.util.List;

/** Converts between Spark Connect's {@code DataType} proto and Ember's types. */
final class DataTypes {
  private DataTypes() {
  }

  static DataType fromProto(org.apache.spark.connect.proto.DataType proto) {
    switch (proto.getKindCase()) {
      case NULL: return AtomicType.NULL;
      case BOOLEAN: return AtomicType.BOOLEAN;
      case BYTE: return AtomicType.BYTE;
      case SHORT: return AtomicType.SHORT;
      case INTEGER: return AtomicType.INTEGER;
      case LONG: return AtomicType.LONG;
      case FLOAT: return AtomicType.FLOAT;
      case DOUBLE: return AtomicType.DOUBLE;
      case STRING:
        return proto.getString().getCollation().isEmpty() ? AtomicType.STRING
            : new dev.ember.plan.types.CollatedStringType(proto.getString().getCollation());
      case CHAR: case VAR_CHAR: return AtomicType.STRING;
      case BINARY: return AtomicType.BINARY;
      case DATE: return AtomicType.DATE;
      case TIMESTAMP: return AtomicType.TIMESTAMP;
      case TIMESTAMP_NTZ: return AtomicType.TIMESTAMP_NTZ;
      case CALENDAR_INTERVAL: return AtomicType.CALENDAR_INTERVAL;
      case TIME:
        return proto.getTime().hasPrecision() ? new TimeType(proto.getTime().getPrecision()) : TimeType.DEFAULT;
      case DAY_TIME_INTERVAL: {
        var interval = proto.getDayTimeInterval();
        return new DayTimeIntervalType(interval.hasStartField() ? interval.getStartField() : DayTimeIntervalType.DAY,
            interval.hasEndField() ? interval.getEndField() : DayTimeIntervalType.SECOND);
      }
      case YEAR_MONTH_INTERVAL: {
        var interval = proto.getYearMonthInterval();
        return new YearMonthIntervalType(interval.hasStartField() ? interval.getStartField() : YearMonthIntervalType.YEAR,
            interval.hasEndField() ? interval.getEndField() : YearMonthIntervalType.MONTH);
      }
      case DECIMAL: {
        var decimal = proto.getDecimal();
        return new DecimalType(decimal.hasPrecision() ? decimal.getPrecision() : 10,
            decimal.hasScale() ? decimal.getScale() : 0);
      }
      case ARRAY:
        return new ArrayType(fromProto(proto.getArray().getElementType()), proto.getArray().getContainsNull());
      case MAP:
        return new MapType(fromProto(proto.getMap().getKeyType()), fromProto(proto.getMap().getValueType()),
            proto.getMap().getValueContainsNull());
      case STRUCT: {
        List<StructField> fields = new ArrayList<>();
        for (var field : proto.getStruct().getFieldsList()) {
          fields.add(new StructField(field.getName(), fromProto(field.getDataType()), field.getNullable()));
        }
        return new StructType(fields);
      }
      case VARIANT:
        return dev.ember.plan.types.VariantType.INSTANCE;
      case GEOMETRY:
        return new SpatialType(false, proto.getGeometry().getSrid());
      case GEOGRAPHY:
        return new SpatialType(true, proto.getGeography().getSrid());
      default:
        throw SparkErrors.unsupported("UNSUPPORTED_DATATYPE", "0A000",
            "Unsupported data type " + proto.getKindCase() + ".",
            java.util.Map.of("typeName", "\"" + proto.getKindCase() + "\""));
    }
  }

  /** Spark's metadata key for the CHAR/VARCHAR type a string column was declared with. */
  private static final String CHAR_VARCHAR_KEY = "__CHAR_VARCHAR_TYPE_STRING";

  /**
   * A query's schema as Spark Connect's server sends it: a column read from a CHAR(n)/VARCHAR(n) column (directly or
   * through aliases) is a string column whose metadata names its declared type, as in Spark's {@code df.schema}.
   */
  static org.apache.spark.connect.proto.DataType schemaOf(java.util.List<dev.ember.plan.resolved.Attribute> output) {
    var struct = org.apache.spark.connect.proto.DataType.Struct.newBuilder();
    for (dev.ember.plan.resolved.Attribute attribute : output) {
      var field = org.apache.spark.connect.proto.DataType.StructField.newBuilder().setName(attribute.name())
          .setDataType(toProto(attribute.dataType())).setNullable(attribute.nullable());
      attribute.declaredType().ifPresent(declared -> field.setMetadata(
          "{\"" + CHAR_VARCHAR_KEY + "\":\"" + declared.simpleString() + "\"}"));
      struct.addFields(field);
    }
    return org.apache.spark.connect.proto.DataType.newBuilder().setStruct(struct).build();
  }

  static org.apache.spark.connect.proto.DataType toProto(DataType type) {
    var builder = org.apache.spark.connect.proto.DataType.newBuilder();
    if (type instanceof AtomicType atomic) {
      switch (atomic) {
        case NULL -> builder.setNull(org.apache.spark.connect.proto.DataType.NULL.getDefaultInstance());
        case BOOLEAN -> builder.setBoolean(org.apache.spark.connect.proto.DataType.Boolean.getDefaultInstance());
        case BYTE -> builder.setByte(org.apache.spark.connect.proto.DataType.Byte.getDefaultInstance());
        case SHORT -> builder.setShort(org.apache.spark.connect.proto.DataType.Short.getDefaultInstance());
        case INTEGER -> builder.setInteger(org.apache.spark.connect.proto.DataType.Integer.getDefaultInstance());
        case LONG -> builder.setLong(org.apache.spark.connect.proto.DataType.Long.getDefaultInstance());
        case FLOAT -> builder.setFloat(org.apache.spark.connect.proto.DataType.Float.getDefaultInstance());
        case DOUBLE -> builder.setDouble(org.apache.spark.connect.proto.DataType.Double.getDefaultInstance());
        case STRING -> builder.setString(org.apache.spark.connect.proto.DataType.String.getDefaultInstance());
        case BINARY -> builder.setBinary(org.apache.spark.connect.proto.DataType.Binary.getDefaultInstance());
        case DATE -> builder.setDate(org.apache.spark.connect.proto.DataType.Date.getDefaultInstance());
        case TIMESTAMP -> builder.setTimestamp(org.apache.spark.connect.proto.DataType.Timestamp.getDefaultInstance());
        case TIMESTAMP_NTZ -> builder.setTimestampNtz(org.apache.spark.connect.proto.DataType.TimestampNTZ.getDefaultInstance());
        case CALENDAR_INTERVAL -> builder.setCalendarInterval(
            org.apache.spark.connect.proto.DataType.CalendarInterval.getDefaultInstance());
      }
    } else if (type instanceof dev.ember.plan.types.CollatedStringType collated) {
      builder.setString(org.apache.spark.connect.proto.DataType.String.newBuilder()
          .setCollation(collated.indeterminate() ? "UTF8_BINARY" : collated.collation()));
    } else if (type instanceof DayTimeIntervalType interval) {
      builder.setDayTimeInterval(org.apache.spark.connect.proto.DataType.DayTimeInterval.newBuilder()
          .setStartField(interval.startField()).setEndField(interval.endField()));
    } else if (type instanceof TimeType time) {
      builder.setTime(org.apache.spark.connect.proto.DataType.Time.newBuilder().setPrecision(time.precision()));
    } else if (type instanceof YearMonthIntervalType interval) {
      builder.setYearMonthInterval(org.apache.spark.connect.proto.DataType.YearMonthInterval.newBuilder()
          .setStartField(interval.startField()).setEndField(interval.endField()));
    } else if (type instanceof DecimalType decimal) {
      builder.setDecimal(org.apache.spark.connect.proto.DataType.Decimal.newBuilder()
          .setPrecision(decimal.precision()).setScale(decimal.scale()));
    } else if (type instanceof ArrayType array) {
      builder.setArray(org.apache.spark.connect.proto.DataType.Array.newBuilder()
          .setElementType(toProto(array.elementType())).setContainsNull(array.containsNull()));
    } else if (type instanceof MapType map) {
      builder.setMap(org.apache.spark.connect.proto.DataType.Map.newBuilder()
          .setKeyType(toProto(map.keyType())).setValueType(toProto(map.valueType()))
          .setValueContainsNull(map.valueContainsNull()));
    } else if (type instanceof StructType struct) {
      var structBuilder = org.apache.spark.connect.proto.DataType.Struct.newBuilder();
      for (StructField field : struct.fields()) {
        structBuilder.addFields(org.apache.spark.connect.proto.DataType.StructField.newBuilder()
            .setName(field.name()).setDataType(toProto(field.dataType())).setNullable(field.nullable()));
      }
      builder.setStruct(structBuilder);
    } else if (type instanceof dev.ember.plan.types.VariantType) {
      builder.setVariant(org.apache.spark.connect.proto.DataType.Variant.getDefaultInstance());
    } else if (type instanceof SpatialType spatial && spatial.geography()) {
      builder.setGeography(org.apache.spark.connect.proto.DataType.Geography.newBuilder().setSrid(spatial.srid()));
    } else if (type instanceof SpatialType spatial) {
      builder.setGeometry(org.apache.spark.connect.proto.DataType.Geometry.newBuilder().setSrid(spatial.srid()));
    }
    return builder.build();
  }

  /**
   * Parses a schema string the client sends (JSON for createDataFrame, DDL for read().schema()) with
   * Spark's own parser, which ships in the client jar.
   */
  static StructType parseSchema(String schema) {
    DataType type = parseDataType(schema);
    if (!(type instanceof StructType struct)) {
      throw SparkErrors.unsupported("INVALID_SCHEMA.NON_STRUCT_TYPE", "42K07",
          "The input schema " + schema + " is not a struct type.",
          java.util.Map.of("inputSchema", "\"" + schema + "\"", "dataType", "\"" + type.sql() + "\""));
    }
    return struct;
  }

  /**
   * A type written in SQL text ({@code CAST(x AS type)}, the schema of {@code from_json(s, 'a INT')}), parsed as
   * Spark's {@code DataType.fromDDL}: a bad type is Spark's own parse error (PARSE_SYNTAX_ERROR,
   * UNSUPPORTED_DATATYPE), which the SQL parser reports as Spark does. CHAR(n) and VARCHAR(n) are kept: the SQL
   * front end keeps them in a table's columns and makes them strings elsewhere.
   */
  static DataType parseSqlType(String text) {
    return SparkTypes.declared(org.apache.spark.sql.types.DataType.fromDDL(text));
  }

  /**
   * A DDL string a client asks the server to parse (PySpark's schema strings), as Spark's server does
   * ({@code SparkConnectPlanner.parseDatatypeString}): a list of columns or a type ({@link #parseDataType}), else the
   * fields of {@code struct<text>} ({@code name: string, age: int}); the first error when none parses.
   */
  static DataType parseDdlString(String text) {
    try {
      return parseDataType(text);
    } catch (RuntimeException first) {
      if (text.trim().startsWith("{")) {
        throw first;
      }
      try {
        return SparkTypes.fromSpark(org.apache.spark.sql.types.DataType.fromDDL("struct<" + text.strip() + ">"));
      } catch (Exception notAStructEither) { // Spark's checked ParseException, undeclared by Scala
        throw first;
      }
    }
  }

  /**
   * Any type in JSON or DDL, as Spark's {@code DataType.fromDDL}: a type ({@code struct<id:bigint>},
   * {@code int}) or, failing that, a list of columns ({@code id bigint, name string}).
   */
  static DataType parseDataType(String text) {
    org.apache.spark.sql.types.DataType parsed;
    try {
      parsed = text.trim().startsWith("{")
          ? org.apache.spark.sql.types.DataType.fromJson(text)
          : org.apache.spark.sql.types.DataType.fromDDL(text);
    } catch (Exception e) { // Spark's ParseException is a checked exception that Scala does not declare
      throw SparkErrors.unsupported("INVALID_SCHEMA.PARSE_ERROR", "42K07",
          "The input schema " + text + " is not a valid schema string.",
          java.util.Map.of("inputSchema", "\"" + text + "\"", "reason", String.valueOf(e.getMessage())));
    }
    return SparkTypes.fromSpark(parsed);
  }
}
