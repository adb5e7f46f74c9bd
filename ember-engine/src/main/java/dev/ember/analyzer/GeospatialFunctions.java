package dev.ember.analyzer;

import dev.ember.plan.errors.SpatialErrors;
import dev.ember.plan.expressions.Literal;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import dev.ember.plan.types.SpatialReferenceSystems;
import dev.ember.plan.types.SpatialType;
import java.util.List;

/**
 * Spark 4.2's ST functions over GEOMETRY and GEOGRAPHY values: {@code st_geomfromwkb(wkb[, srid])},
 * {@code st_geogfromwkb(wkb)}, {@code st_asbinary(geo[, endianness])}, {@code st_srid(geo)} and
 * {@code st_setsrid(geo, srid)}. An SRID written as an INT literal gives the result type that SRID, checked when
 * analyzed (ST_INVALID_SRID_VALUE); any other SRID expression gives {@code GEOMETRY(ANY)} / {@code GEOGRAPHY(ANY)}
 * and is checked row by row. Defaults show in the output name as Spark's do ({@code st_geomfromwkb(wkb, 0)},
 * {@code st_asbinary(g, NDR)}).
 */
final class GeospatialFunctions {
  private static final int GEOMETRY_DEFAULT_SRID = 0;
  private static final int GEOGRAPHY_DEFAULT_SRID = 4326;
  private static final String DEFAULT_ENDIANNESS = "NDR";
  /** The functions {@code spark.sql.geospatial.enabled=false} refuses. */
  static final java.util.Set<String> NAMES = java.util.Set.of("st_geomfromwkb", "st_geogfromwkb", "st_asbinary",
      "st_srid", "st_setsrid");

  private GeospatialFunctions() {
  }

  static List<FunctionDefinition> definitions() {
    return List.of(
        new FunctionDefinition("st_geomfromwkb", 1, 2, false, (pretty, arguments, sql) -> {
          BoundExpression wkb = binary(pretty, arguments, sql);
          BoundExpression srid = arguments.size() == 2 ? integer(pretty, arguments, sql, 1)
              : Literal.of(GEOMETRY_DEFAULT_SRID);
          DataType type = new SpatialType(false, literalSrid(srid, false));
          return new Call("st_geomfromwkb", List.of(wkb, srid), type, wkb.nullable() || srid.nullable());
        }, withDefault("st_geomfromwkb", Integer.toString(GEOMETRY_DEFAULT_SRID))),
        new FunctionDefinition("st_geogfromwkb", 1, 1, false, (pretty, arguments, sql) -> {
          BoundExpression wkb = binary(pretty, arguments, sql);
          return new Call("st_geogfromwkb", List.of(wkb), new SpatialType(true, GEOGRAPHY_DEFAULT_SRID),
              wkb.nullable());
        }, FunctionDefinition.prefix("st_geogfromwkb")),
        new FunctionDefinition("st_asbinary", 1, 2, false, (pretty, arguments, sql) -> {
          BoundExpression geo = spatial(pretty, arguments, sql);
          BoundExpression endianness = arguments.size() == 2 ? InputChecks.string(pretty, arguments, sql, 1)
              : Literal.of(DEFAULT_ENDIANNESS);
          return new Call("st_asbinary", List.of(geo, endianness), AtomicType.BINARY,
              geo.nullable() || endianness.nullable());
        }, withDefault("st_asbinary", DEFAULT_ENDIANNESS)),
        new FunctionDefinition("st_srid", 1, 1, false, (pretty, arguments, sql) -> {
          BoundExpression geo = spatial(pretty, arguments, sql);
          return new Call("st_srid", List.of(geo), AtomicType.INTEGER, geo.nullable());
        }, FunctionDefinition.prefix("st_srid")),
        new FunctionDefinition("st_setsrid", 2, 2, false, (pretty, arguments, sql) -> {
          BoundExpression geo = spatial(pretty, arguments, sql);
          BoundExpression srid = integer(pretty, arguments, sql, 1);
          boolean geography = ((SpatialType) geo.dataType()).geography();
          DataType type = new SpatialType(geography, literalSrid(srid, geography));
          return new Call("st_setsrid", List.of(geo, srid), type, geo.nullable() || srid.nullable());
        }, FunctionDefinition.prefix("st_setsrid")));
  }

  /** The SRID of the result type: the literal's, once Spark supports it for the type, else ANY. */
  private static int literalSrid(BoundExpression srid, boolean geography) {
    if (srid instanceof Literal literal && literal.value() instanceof Integer value) {
      if (!SpatialReferenceSystems.supported(geography, value)) {
        throw SpatialErrors.invalidSrid(Integer.toString(value));
      }
      return value;
    }
    return SpatialType.MIXED_SRID;
  }

  private static BoundExpression binary(String pretty, List<BoundExpression> arguments, List<String> sql) {
    BoundExpression wkb = arguments.get(0);
    DataType type = wkb.dataType();
    if (type == AtomicType.BINARY) {
      return wkb;
    }
    if (type == AtomicType.NULL || type == AtomicType.STRING) {
      return TypeCoercion.castTo(wkb, AtomicType.BINARY);
    }
    throw InputChecks.unexpectedType(pretty, 0, sql.get(0), type, "\"BINARY\"");
  }

  /** An SRID: an INT as it is (a literal stays one), other integers and strings cast. */
  private static BoundExpression integer(String pretty, List<BoundExpression> arguments, List<String> sql,
      int index) {
    if (arguments.get(index).dataType() == AtomicType.INTEGER) {
      return arguments.get(index);
    }
    return InputChecks.integer(pretty, arguments, sql, index);
  }

  /** A GEOMETRY or GEOGRAPHY argument; NULL is taken as a GEOGRAPHY. */
  private static BoundExpression spatial(String pretty, List<BoundExpression> arguments, List<String> sql) {
    BoundExpression geo = arguments.get(0);
    if (geo.dataType() instanceof SpatialType) {
      return geo;
    }
    if (geo.dataType() == AtomicType.NULL) {
      return TypeCoercion.castTo(geo, new SpatialType(true, GEOGRAPHY_DEFAULT_SRID));
    }
    // Spark shows a string argument unquoted here
    throw InputChecks.unexpectedType(pretty, 0, InputChecks.unquoted(sql.get(0)), geo.dataType(),
        "(\"GEOGRAPHY\" or \"GEOMETRY\")");
  }

  /** {@code name(a, default)} when the second argument is left out. */
  private static FunctionDefinition.Namer withDefault(String name, String defaultArgument) {
    return (arguments, distinct) -> name + "(" + arguments.get(0) + ", "
        + (arguments.size() == 2 ? arguments.get(1) : defaultArgument) + ")";
  }
}
