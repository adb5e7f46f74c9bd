package dev.ember.sqlgen;

import static dev.ember.sqlgen.DatetimeSql.call;
import static dev.ember.sqlgen.DatetimeSql.cast;
import static dev.ember.sqlgen.DatetimeSql.infix;
import static dev.ember.sqlgen.DatetimeSql.isNotNull;
import static dev.ember.sqlgen.DatetimeSql.text;
import static dev.ember.sqlgen.DatetimeSql.when;

import dev.ember.plan.resolved.Call;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.SpatialType;
import dev.ember.sqlgen.FunctionRenderers.Renderer;
import dev.ember.sqlgen.tree.SqlExpression;
import dev.ember.sqlgen.tree.SqlLiteral;
import dev.ember.sqlgen.tree.SqlStruct;
import java.util.List;
import java.util.Map;

/**
 * The ST functions and the GEOMETRY-to-GEOGRAPHY cast over Ember's {@code struct(srid, wkb)} values, reading and
 * writing WKB through Spark's own code in the engine's Java functions ({@code ember_st_*}): an SRID not known from a
 * literal is checked row by row, a WKB once when a value is made from it.
 */
final class GeospatialRenderers {
  private GeospatialRenderers() {
  }

  static void register(Map<String, Renderer> renderers) {
    renderers.put("st_geomfromwkb", (call, args) -> fromWkb(call, args.get(0), args.get(1)));
    renderers.put("st_geogfromwkb", (call, args) -> fromWkb(call, args.get(0), DatetimeSql.number(4326)));
    renderers.put("st_asbinary", (call, args) -> unhex(call("ember_st_write_wkb", hex(wkb(args.get(0))),
        bool(((SpatialType) call.arguments().get(0).dataType()).geography()), args.get(1))));
    renderers.put("st_srid", (call, args) -> call("struct_extract", args.get(0), text("srid")));
    renderers.put("st_setsrid", (call, args) -> withSrid(call, args.get(0), args.get(1)));
  }

  /**
   * A GEOMETRY cast to a GEOGRAPHY: its SRID must be geographic and its coordinates on the globe (else Spark's
   * error, or NULL for TRY_CAST); NULL stays NULL (the checks give NULL for it).
   */
  static SqlExpression toGeography(SqlExpression geometry, SpatialType target, boolean tryCast) {
    SqlExpression srid = checkedSrid(call("struct_extract", geometry, text("srid")), true, tryCast);
    SqlExpression wkb = checkedWkb(wkb(geometry), true, tryCast);
    return when(infix("AND", isNotNull(srid), isNotNull(wkb)), value(target, srid, wkb), nullOf(target));
  }

  /**
   * A value made from a WKB: the CASE tests the checked WKB and SRID themselves, so that DuckDB evaluates them (and
   * raises Spark's error) even when only the SRID of the value is read.
   */
  private static SqlExpression fromWkb(Call call, SqlExpression wkb, SqlExpression srid) {
    SpatialType type = (SpatialType) call.dataType();
    SqlExpression checkedSrid = type.mixedSrid() ? checkedSrid(srid, type.geography(), false) : srid;
    SqlExpression checkedWkb = checkedWkb(wkb, type.geography(), false);
    return when(infix("AND", isNotNull(checkedWkb), isNotNull(checkedSrid)), value(type, checkedSrid, checkedWkb),
        nullOf(type));
  }

  private static SqlExpression withSrid(Call call, SqlExpression geo, SqlExpression srid) {
    SpatialType type = (SpatialType) call.dataType();
    SqlExpression checkedSrid = type.mixedSrid() ? checkedSrid(srid, type.geography(), false) : srid;
    return when(infix("AND", isNotNull(geo), isNotNull(checkedSrid)), value(type, checkedSrid, wkb(geo)),
        nullOf(type));
  }

  private static SqlExpression value(SpatialType type, SqlExpression srid, SqlExpression wkb) {
    return cast(new SqlStruct(List.of(new SqlStruct.Field("srid", srid), new SqlStruct.Field("wkb", wkb))),
        DuckDbTypes.of(type));
  }

  private static SqlExpression nullOf(SpatialType type) {
    return cast(new SqlLiteral(null, AtomicType.NULL), DuckDbTypes.of(type));
  }

  /** The SRID if Spark supports it for the kind of value, else Spark's error ({@code orNull}: NULL). */
  private static SqlExpression checkedSrid(SqlExpression srid, boolean geography, boolean orNull) {
    return call("ember_st_check_srid", srid, bool(geography), bool(orNull));
  }

  /** The WKB little-endian once Spark's reader takes it, else Spark's error ({@code orNull}: NULL). */
  private static SqlExpression checkedWkb(SqlExpression wkb, boolean geography, boolean orNull) {
    return unhex(call("ember_st_normalize_wkb", hex(wkb), bool(geography), bool(orNull)));
  }

  private static SqlExpression wkb(SqlExpression geo) {
    return call("struct_extract", geo, text("wkb"));
  }

  private static SqlLiteral bool(boolean value) {
    return new SqlLiteral(value, AtomicType.BOOLEAN);
  }

  private static SqlExpression hex(SqlExpression binary) {
    return call("hex", binary);
  }

  private static SqlExpression unhex(SqlExpression hex) {
    return call("unhex", hex);
  }
}
