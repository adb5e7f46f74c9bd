package dev.ember.conformance.cases;

import static org.apache.spark.sql.functions.col;

import dev.ember.conformance.CaseGroup;
import java.util.Arrays;
import java.util.HexFormat;
import java.util.List;
import java.util.stream.Collectors;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataType;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.Geography;
import org.apache.spark.sql.types.GeographyType;
import org.apache.spark.sql.types.Geometry;
import org.apache.spark.sql.types.GeometryType;
import org.apache.spark.sql.types.StructType;

/**
 * GEOMETRY(srid) and GEOGRAPHY(srid) values (Spark 4.2) through createDataFrame and back: each value's SRID and WKB
 * bytes round trip, a column of a fixed SRID refuses a value of another when it is read, ANY takes any supported
 * SRID, and {@code spark.sql.geospatial.enabled=false} refuses the types.
 */
public final class GeospatialCases extends CaseGroup {
  private static final byte[] POINT_17_7 = HexFormat.of().parseHex("010100000000000000000031400000000000001C40");
  private static final byte[] POINT_21_7_5 = HexFormat.of().parseHex("010100000000000000000035400000000000001E40");

  public GeospatialCases() {
    super("geospatial");
    check("geometry_values", (spark, outcome) -> values(outcome, frame(spark, GeometryType.apply(0),
        Geometry.fromWKB(POINT_17_7, 0), Geometry.fromWKB(POINT_21_7_5), null)));
    check("geography_values", (spark, outcome) -> values(outcome, frame(spark, GeographyType.apply(4326),
        Geography.fromWKB(POINT_17_7, 4326), Geography.fromWKB(POINT_21_7_5), null)));
    check("geometry_any_srid", (spark, outcome) -> values(outcome, frame(spark, GeometryType.apply("ANY"),
        Geometry.fromWKB(POINT_17_7, 0), Geometry.fromWKB(POINT_21_7_5, 4326), Geometry.fromWKB(POINT_17_7, 3857))));
    check("geography_any_srid", (spark, outcome) -> values(outcome, frame(spark, GeographyType.apply("ANY"),
        Geography.fromWKB(POINT_17_7, 4326), Geography.fromWKB(POINT_21_7_5, 4326))));
    check("geometry_through_operators", (spark, outcome) -> values(outcome, frame(spark, GeometryType.apply(3857),
        Geometry.fromWKB(POINT_17_7, 3857), Geometry.fromWKB(POINT_21_7_5, 3857), null)
        .filter(col("id").gt(0)).select(col("g").as("shape"), col("id")).orderBy(col("id").desc())));
    // Spark shows a value as its internal BinaryView object (an identity hash): only the truncated text is stable
    show("geometry_show", 20, 20, false, spark -> frame(spark, GeometryType.apply(0), Geometry.fromWKB(POINT_17_7, 0),
        null));
    check("geometry_srid_mismatch", (spark, outcome) -> values(outcome, frame(spark, GeometryType.apply(0),
        Geometry.fromWKB(POINT_17_7, 4326))));
    check("geography_srid_mismatch", (spark, outcome) -> values(outcome, frame(spark, GeographyType.apply(4326),
        Geography.fromWKB(POINT_17_7, 0))));
    check("geography_any_unsupported_srid", (spark, outcome) -> values(outcome, frame(spark,
        GeographyType.apply("ANY"), Geography.fromWKB(POINT_17_7, 1), Geography.fromWKB(POINT_21_7_5, 4326))));
    check("geometry_any_unsupported_srid", (spark, outcome) -> values(outcome, frame(spark,
        GeometryType.apply("ANY"), Geometry.fromWKB(POINT_17_7, 1))));
    check("geospatial_disabled", (spark, outcome) -> {
      spark.conf().set("spark.sql.geospatial.enabled", "false");
      try {
        values(outcome, frame(spark, GeometryType.apply(0), Geometry.fromWKB(POINT_17_7, 0)));
      } finally {
        spark.conf().unset("spark.sql.geospatial.enabled");
      }
    });
  }

  /** {@code g <type>, id int}: one row per value, ids from 0. */
  static Dataset<Row> frame(SparkSession spark, DataType type, Object... values) {
    List<Row> rows = new java.util.ArrayList<>();
    for (int i = 0; i < values.length; i++) {
      rows.add(RowFactory.create(values[i], i));
    }
    return spark.createDataFrame(rows, new StructType().add("g", type).add("id", DataTypes.IntegerType));
  }

  /** The schema, and each row's values with a spatial value as its SRID and WKB hex. */
  static void values(dev.ember.conformance.Outcome outcome, Dataset<Row> df) {
    outcome.value("schema", df.schema().treeString());
    outcome.value("rows", df.collectAsList().stream().map(GeospatialCases::text).collect(Collectors.joining("\n")));
  }

  private static String text(Row row) {
    List<String> values = new java.util.ArrayList<>();
    for (int i = 0; i < row.length(); i++) {
      Object value = row.get(i);
      if (value instanceof Geometry geometry) {
        values.add("geometry " + geometry.getSrid() + " " + HexFormat.of().formatHex(geometry.getBytes()));
      } else if (value instanceof Geography geography) {
        values.add("geography " + geography.getSrid() + " " + HexFormat.of().formatHex(geography.getBytes()));
      } else {
        values.add(String.valueOf(value));
      }
    }
    return Arrays.toString(values.toArray());
  }
}
