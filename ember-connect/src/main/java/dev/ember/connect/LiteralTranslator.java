package dev.ember.connect;

import dev.ember.plan.errors.SparkErrors;
import dev.ember.plan.expressions.Literal;
import dev.ember.plan.types.ArrayType;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import dev.ember.plan.types.CalendarInterval;
import dev.ember.plan.types.DayTimeIntervalType;
import dev.ember.plan.types.DecimalType;
import dev.ember.plan.types.YearMonthIntervalType;
import java.math.BigDecimal;
import java.time.Duration;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.Period;
import java.time.ZoneOffset;
import java.time.temporal.ChronoUnit;
import dev.ember.plan.types.TimeType;
import dev.ember.plan.types.MapType;
import dev.ember.plan.types.StructType;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.apache.spark.connect.proto.Expression;

/** {@code Expression.Literal} proto to an Ember literal. */
final class LiteralTranslator {
  private LiteralTranslator() {
  }

  static Literal translate(Expression.Literal literal) {
    switch (literal.getLiteralTypeCase()) {
      case NULL:
        return Literal.nullOf(literal.hasDataType() ? DataTypes.fromProto(literal.getDataType())
            : DataTypes.fromProto(literal.getNull()));
      case BOOLEAN: return new Literal(literal.getBoolean(), AtomicType.BOOLEAN);
      case BYTE: return new Literal((byte) literal.getByte(), AtomicType.BYTE);
      case SHORT: return new Literal((short) literal.getShort(), AtomicType.SHORT);
      case INTEGER: return new Literal(literal.getInteger(), AtomicType.INTEGER);
      case LONG: return new Literal(literal.getLong(), AtomicType.LONG);
      case FLOAT: return new Literal(literal.getFloat(), AtomicType.FLOAT);
      case DOUBLE: return new Literal(literal.getDouble(), AtomicType.DOUBLE);
      case STRING: return new Literal(literal.getString(), AtomicType.STRING);
      case BINARY: return new Literal(literal.getBinary().toByteArray(), AtomicType.BINARY);
      case DATE: return new Literal(LocalDate.ofEpochDay(literal.getDate()), AtomicType.DATE);
      case TIMESTAMP: return new Literal(instantOfMicros(literal.getTimestamp()), AtomicType.TIMESTAMP);
      case TIMESTAMP_NTZ:
        return new Literal(LocalDateTime.ofInstant(instantOfMicros(literal.getTimestampNtz()), ZoneOffset.UTC),
            AtomicType.TIMESTAMP_NTZ);
      case TIME: {
        var time = literal.getTime();
        TimeType type = time.hasPrecision() ? new TimeType(time.getPrecision()) : TimeType.DEFAULT;
        return new Literal(type.truncate(java.time.LocalTime.ofNanoOfDay(time.getNano())), type);
      }
      case DAY_TIME_INTERVAL:
        return new Literal(Duration.of(literal.getDayTimeInterval(), ChronoUnit.MICROS), literal.hasDataType()
            ? DataTypes.fromProto(literal.getDataType()) : DayTimeIntervalType.DEFAULT);
      case YEAR_MONTH_INTERVAL:
        return new Literal(Period.ofMonths(literal.getYearMonthInterval()), literal.hasDataType()
            ? DataTypes.fromProto(literal.getDataType()) : YearMonthIntervalType.DEFAULT);
      case CALENDAR_INTERVAL: {
        var interval = literal.getCalendarInterval();
        return new Literal(new CalendarInterval(interval.getMonths(), interval.getDays(), interval.getMicroseconds()),
            AtomicType.CALENDAR_INTERVAL);
      }
      case DECIMAL: {
        // as Spark's server: the larger of the value's and the sent precision and scale (the client sends
        // BigDecimal's precision, which for 0.05 is 1), with at least as many digits as decimal places
        BigDecimal value = new BigDecimal(literal.getDecimal().getValue());
        int precision = Math.max(value.precision(),
            literal.getDecimal().hasPrecision() ? literal.getDecimal().getPrecision() : 0);
        int scale = Math.max(Math.max(0, value.scale()),
            literal.getDecimal().hasScale() ? literal.getDecimal().getScale() : 0);
        return new Literal(value.setScale(scale), new DecimalType(Math.max(precision, scale), scale));
      }
      case ARRAY:
      case MAP:
      case STRUCT: {
        // the client's own reading of the type: nested literals may leave theirs out
        DataType type = DataTypes.fromProto(
            org.apache.spark.sql.connect.common.LiteralValueProtoConverter.getProtoDataType(literal));
        return new Literal(value(literal, type), type);
      }
      default:
        throw SparkErrors.unsupported("UNSUPPORTED_FEATURE.LITERAL_TYPE", "0A000",
            "The feature is not supported: Literal for '" + literal.getLiteralTypeCase() + "'.",
            Map.of("value", literal.getLiteralTypeCase().toString(), "type", "literal"));
    }
  }

  /** The value of a literal of a known type: lists for arrays and structs, an ordered map for maps. */
  private static Object value(Expression.Literal literal, DataType type) {
    if (literal.getLiteralTypeCase() == Expression.Literal.LiteralTypeCase.NULL) {
      return null;
    }
    if (type instanceof ArrayType array) {
      List<Object> values = new ArrayList<>();
      for (Expression.Literal element : literal.getArray().getElementsList()) {
        values.add(value(element, array.elementType()));
      }
      return values;
    }
    if (type instanceof MapType map) {
      Map<Object, Object> values = new LinkedHashMap<>();
      for (int i = 0; i < literal.getMap().getKeysCount(); i++) {
        values.put(value(literal.getMap().getKeys(i), map.keyType()), value(literal.getMap().getValues(i),
            map.valueType()));
      }
      return values;
    }
    if (type instanceof StructType struct) {
      List<Object> values = new ArrayList<>();
      for (int i = 0; i < struct.fields().size(); i++) {
        values.add(value(literal.getStruct().getElements(i), struct.fields().get(i).dataType()));
      }
      return values;
    }
    return translate(literal).value();
  }

  private static Instant instantOfMicros(long micros) {
    return Instant.ofEpochSecond(Math.floorDiv(micros, 1_000_000L), Math.floorMod(micros, 1_000_000L) * 1000L);
  }
}
