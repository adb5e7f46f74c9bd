package dev.ember.analyzer;

import dev.ember.plan.resolved.BoundCast;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import dev.ember.plan.types.DecimalType;
import java.util.List;

/** Spark SQL's cast functions ({@code int(x)}, {@code decimal(x)}, ...): a cast named after its argument alone. */
final class CastAliases {
  private CastAliases() {
  }

  static List<FunctionDefinition> definitions() {
    return List.of(
        alias("boolean", AtomicType.BOOLEAN),
        alias("tinyint", AtomicType.BYTE),
        alias("smallint", AtomicType.SHORT),
        alias("int", AtomicType.INTEGER),
        alias("bigint", AtomicType.LONG),
        alias("float", AtomicType.FLOAT),
        alias("double", AtomicType.DOUBLE),
        alias("decimal", new DecimalType(10, 0)),
        alias("string", AtomicType.STRING),
        alias("binary", AtomicType.BINARY),
        alias("date", AtomicType.DATE),
        alias("timestamp", AtomicType.TIMESTAMP),
        alias("time", dev.ember.plan.types.TimeType.DEFAULT));
  }

  private static FunctionDefinition alias(String name, DataType type) {
    return new FunctionDefinition(name, 1, 1, false, (pretty, arguments, sql) -> {
      CastChecks.check("CAST(" + pretty + " AS " + type.sql() + ")", arguments.get(0).dataType(), type);
      return new BoundCast(arguments.get(0), type, false);
    }, (names, distinct) -> names.get(0));
  }
}
