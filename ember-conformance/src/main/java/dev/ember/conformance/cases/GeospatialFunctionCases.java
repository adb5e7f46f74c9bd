package dev.ember.conformance.cases;

import static dev.ember.conformance.cases.GeospatialCases.values;
import static org.apache.spark.sql.functions.coalesce;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.hex;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.st_asbinary;
import static org.apache.spark.sql.functions.st_geogfromwkb;
import static org.apache.spark.sql.functions.st_geomfromwkb;
import static org.apache.spark.sql.functions.st_setsrid;
import static org.apache.spark.sql.functions.st_srid;

import dev.ember.conformance.CaseGroup;
import java.util.HexFormat;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * Spark 4.2's ST functions (st_geomfromwkb, st_geogfromwkb, st_asbinary, st_srid, st_setsrid) from the DataFrame API
 * and SQL: result types (an SRID literal gives the type its SRID, any other expression ANY), WKB read and written
 * again in either byte order, Spark's errors for malformed WKB, unknown SRIDs and byte orders, the casts between
 * GEOMETRY and GEOGRAPHY, and how values of two SRIDs meet in one column.
 */
public final class GeospatialFunctionCases extends CaseGroup {
  private static final String POINT_NDR = "0101000000000000000000F03F0000000000000040";
  private static final String POINT_XDR = "00000000013FF00000000000004000000000000000";
  /** POINT(200 100): outside the globe. */
  private static final String FAR_POINT = "010100000000000000000069400000000000005940";
  private static final String LINE = "010200000002000000000000000000F03F000000000000004000000000000008400000000000001040";
  private static final String POLYGON = "0103000000010000000400000000000000000000000000000000000000000000000000F03F"
      + "0000000000000000000000000000F03F000000000000F03F00000000000000000000000000000000";

  public GeospatialFunctionCases() {
    super("geospatial_functions", true);
    check("df_from_wkb", (spark, outcome) -> values(outcome, wkbs(spark).select(col("id"),
        st_geomfromwkb(col("wkb")), st_geomfromwkb(col("wkb"), 3857), st_geogfromwkb(col("wkb")))));
    check("df_from_wkb_srid_column", (spark, outcome) -> values(outcome, wkbs(spark)
        .select(col("id"), st_geomfromwkb(col("wkb"), col("srid")))));
    check("df_from_wkb_unsupported_srid_column", (spark, outcome) -> values(outcome, wkbs(spark)
        .select(st_geomfromwkb(col("wkb"), col("srid").plus(1)))));
    query("df_as_binary", spark -> wkbs(spark).select(col("id"), hex(st_asbinary(st_geomfromwkb(col("wkb")))),
        hex(st_asbinary(st_geogfromwkb(col("wkb")), "XDR")), hex(st_asbinary(st_geomfromwkb(col("wkb")),
        col("endianness")))).orderBy("id"));
    query("df_as_binary_bad_endianness", spark -> wkbs(spark)
        .select(st_asbinary(st_geomfromwkb(col("wkb")), col("endianness").substr(1, 2))));
    query("df_srid", spark -> wkbs(spark).select(col("id"), st_srid(st_geomfromwkb(col("wkb"))),
        st_srid(st_geogfromwkb(col("wkb"))), st_srid(st_setsrid(st_geomfromwkb(col("wkb")), col("srid"))),
        st_srid(st_setsrid(st_geogfromwkb(col("wkb")), 4326))).orderBy("id"));
    check("df_set_srid", (spark, outcome) -> values(outcome, wkbs(spark).select(col("id"),
        st_setsrid(st_geomfromwkb(col("wkb")), 4326), st_setsrid(st_geomfromwkb(col("wkb")), col("srid")))));
    check("df_set_srid_geography_projected", (spark, outcome) -> values(outcome, wkbs(spark)
        .select(st_setsrid(st_geogfromwkb(col("wkb")), 3857))));
    check("df_set_srid_geography_column", (spark, outcome) -> values(outcome, wkbs(spark)
        .select(st_setsrid(st_geogfromwkb(col("wkb")), col("srid")))));
    check("df_coalesce_two_srids", (spark, outcome) -> values(outcome, wkbs(spark).select(
        coalesce(st_geomfromwkb(col("wkb")), st_geomfromwkb(col("wkb"), 4326)))));
    check("df_union_two_srids", (spark, outcome) -> values(outcome, wkbs(spark).select(st_geomfromwkb(col("wkb")))
        .union(wkbs(spark).select(st_geomfromwkb(col("wkb"), 3857)))));
    for (String[] wkb : List.of(new String[] {"truncated", "0101000000000000000000F03F"},
        new String[] {"unknown_type", "0109000000000000000000F03F0000000000000040"},
        new String[] {"bad_byte_order", "0201000000000000000000F03F0000000000000040"},
        new String[] {"empty", ""}, new String[] {"line", LINE}, new String[] {"polygon", POLYGON},
        new String[] {"line_one_point", "01020000000100000000000000000000000000000000000000"},
        new String[] {"trailing_bytes", POINT_NDR + "00"})) {
      check("df_geometry_wkb_" + wkb[0], (spark, outcome) -> values(outcome, spark.range(1)
          .select(st_geomfromwkb(lit(HexFormat.of().parseHex(wkb[1]))))));
      query("df_geography_wkb_" + wkb[0], spark -> spark.range(1)
          .select(hex(st_asbinary(st_geogfromwkb(lit(HexFormat.of().parseHex(wkb[1]))), "XDR"))));
    }
    query("df_geography_far_point", spark -> spark.range(1)
        .select(st_srid(st_geogfromwkb(lit(HexFormat.of().parseHex(FAR_POINT))))));
    query("df_geometry_far_point", spark -> spark.range(1)
        .select(hex(st_asbinary(st_geomfromwkb(lit(HexFormat.of().parseHex(FAR_POINT)))))));
    query("df_from_wkb_int", spark -> spark.range(1).select(st_srid(st_geomfromwkb(lit(1)))));
    query("df_from_wkb_string", spark -> spark.range(1).select(st_srid(st_geomfromwkb(lit("abc")))));
    query("df_from_wkb_long_srid", spark -> spark.range(1)
        .select(st_srid(st_geomfromwkb(lit(HexFormat.of().parseHex(POINT_NDR)), lit(4326L)))));
    query("df_from_wkb_short_srid", spark -> spark.range(1)
        .select(st_srid(st_geomfromwkb(lit(HexFormat.of().parseHex(POINT_NDR)), lit((short) 3857)))));
    query("df_srid_of_string", spark -> spark.range(1).select(st_srid(lit("POINT(1 2)"))));
    query("df_srid_of_binary", spark -> spark.range(1).select(st_srid(lit(HexFormat.of().parseHex(POINT_NDR)))));
    query("df_as_binary_int_endianness", spark -> spark.range(1)
        .select(st_asbinary(st_geomfromwkb(lit(HexFormat.of().parseHex(POINT_NDR))), lit(1))));
    query("df_set_srid_string", spark -> spark.range(1)
        .select(st_srid(st_setsrid(st_geomfromwkb(lit(HexFormat.of().parseHex(POINT_NDR))), lit("4326")))));
    query("df_geospatial_disabled", spark -> {
      spark.conf().set("spark.sql.geospatial.enabled", "false");
      try {
        Dataset<Row> df = spark.range(1).select(st_srid(st_geomfromwkb(lit(HexFormat.of().parseHex(POINT_NDR)))));
        df.collectAsList();
        return df;
      } finally {
        spark.conf().unset("spark.sql.geospatial.enabled");
      }
    });
    // SQL
    query("sql_names", spark -> spark.sql("SELECT st_srid(st_geomfromwkb(X'" + POINT_NDR + "')), "
        + "hex(st_asbinary(st_geogfromwkb(X'" + POINT_XDR + "'))), typeof(st_setsrid(st_geomfromwkb(X'" + POINT_NDR
        + "'), 4326 + 0)), typeof(st_setsrid(NULL, 4326)), typeof(st_geomfromwkb(NULL, NULL))"));
    query("sql_typeof", spark -> spark.sql("SELECT typeof(st_geomfromwkb(X'" + POINT_NDR + "', 3857)), "
        + "typeof(array(st_geomfromwkb(X'" + POINT_NDR + "'), st_geomfromwkb(X'" + POINT_NDR + "', 4326))), "
        + "typeof(if(true, st_geogfromwkb(X'" + POINT_NDR + "'), st_geogfromwkb(X'" + POINT_NDR + "')::GEOGRAPHY(ANY)))"));
    query("sql_geometry_any_to_geography_any", spark -> spark.sql("SELECT st_srid(CAST(st_geomfromwkb(X'" + POINT_NDR
        + "', s)::GEOMETRY(ANY) AS GEOGRAPHY(ANY))) FROM VALUES (4326), (0) AS t(s)"));
    query("sql_geometry_any_to_geography_any_geographic", spark -> spark.sql("SELECT st_srid(CAST(st_geomfromwkb(X'"
        + POINT_NDR + "', s) AS GEOGRAPHY(ANY))) FROM VALUES (4326), (4326) AS t(s)"));
    check("create_data_frame_big_endian", (spark, outcome) -> values(outcome, GeospatialCases.frame(spark,
        org.apache.spark.sql.types.GeometryType.apply(3857),
        org.apache.spark.sql.types.Geometry.fromWKB(HexFormat.of().parseHex(POINT_XDR), 3857))));
    check("create_data_frame_malformed_wkb", (spark, outcome) -> values(outcome, GeospatialCases.frame(spark,
        org.apache.spark.sql.types.GeometryType.apply(0),
        org.apache.spark.sql.types.Geometry.fromWKB(HexFormat.of().parseHex("0101000000"), 0))));
    check("create_data_frame_geography_far_point", (spark, outcome) -> values(outcome, GeospatialCases.frame(spark,
        org.apache.spark.sql.types.GeographyType.apply(4326),
        org.apache.spark.sql.types.Geography.fromWKB(HexFormat.of().parseHex(FAR_POINT), 4326))));
    query("sql_geography_any_to_geometry_any", spark -> spark.sql("SELECT hex(st_asbinary(CAST(st_geogfromwkb(X'"
        + POINT_XDR + "')::GEOGRAPHY(ANY) AS GEOMETRY(ANY))))"));
    query("sql_geometry_to_geography_far", spark -> spark.sql("SELECT st_srid(CAST(st_geomfromwkb(X'" + FAR_POINT
        + "', 4326) AS GEOGRAPHY(4326)))"));
    query("sql_cast_to_binary", spark -> spark.sql("SELECT CAST(st_geomfromwkb(X'" + POINT_NDR + "') AS BINARY)"));
    query("sql_cast_geography_to_projected", spark -> spark.sql("SELECT CAST(st_geogfromwkb(X'" + POINT_NDR
        + "') AS GEOMETRY(3857))"));
    query("sql_cast_null", spark -> spark.sql("SELECT typeof(CAST(NULL AS GEOMETRY(4326))), "
        + "st_srid(CAST(NULL AS GEOGRAPHY(ANY)))"));
    query("sql_try_cast_far", spark -> spark.sql("SELECT st_srid(TRY_CAST(st_geomfromwkb(X'" + FAR_POINT
        + "', 4326) AS GEOGRAPHY(4326)))"));
    query("sql_equality", spark -> spark.sql("SELECT st_geomfromwkb(X'" + POINT_NDR + "') = st_geomfromwkb(X'"
        + POINT_NDR + "')"));
    query("sql_order_by", spark -> spark.sql("SELECT st_srid(g) FROM (SELECT st_geomfromwkb(X'" + POINT_NDR
        + "') AS g) ORDER BY g"));
    query("sql_group_by", spark -> spark.sql("SELECT st_srid(g), count(*) FROM (SELECT st_geomfromwkb(X'" + POINT_NDR
        + "') AS g) GROUP BY g"));
    query("sql_set_srid_null_srid", spark -> spark.sql("SELECT st_srid(st_setsrid(st_geomfromwkb(X'" + POINT_NDR
        + "'), NULL)), typeof(st_setsrid(st_geomfromwkb(X'" + POINT_NDR + "'), NULL))"));
    query("sql_geog_from_wkb_two_arguments", spark -> spark.sql("SELECT st_geogfromwkb(X'" + POINT_NDR + "', 4326)"));
    query("sql_as_binary_lowercase", spark -> spark.sql("SELECT hex(st_asbinary(st_geomfromwkb(X'" + POINT_NDR
        + "'), 'xdr'))"));
    query("sql_as_binary_null_endianness", spark -> spark.sql("SELECT st_asbinary(st_geomfromwkb(X'" + POINT_NDR
        + "'), NULL)"));
  }

  /** {@code id, wkb, srid, endianness}: a point in either byte order, and a NULL. */
  private static Dataset<Row> wkbs(SparkSession spark) {
    StructType schema = new StructType().add("id", DataTypes.IntegerType).add("wkb", DataTypes.BinaryType)
        .add("srid", DataTypes.IntegerType).add("endianness", DataTypes.StringType);
    return spark.createDataFrame(List.of(RowFactory.create(0, HexFormat.of().parseHex(POINT_NDR), 4326, "NDR"),
        RowFactory.create(1, HexFormat.of().parseHex(POINT_XDR), 3857, "xdr"),
        RowFactory.create(2, null, 0, "XDR")), schema);
  }
}
