package dev.ember.conformance.cases;

import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.parse_url;
import static org.apache.spark.sql.functions.try_parse_url;
import static org.apache.spark.sql.functions.try_url_decode;
import static org.apache.spark.sql.functions.url_decode;
import static org.apache.spark.sql.functions.url_encode;

import dev.ember.conformance.CaseGroup;
import java.util.Arrays;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** parse_url and url_encode/url_decode with java.net's rules. */
public final class UrlFunctionCases extends CaseGroup {
  private static final String FULL = "https://user:pw@spark.apache.org:8080/path/to/page.html?query=1&b=x%20y#Ref";

  public UrlFunctionCases() {
    super("url_functions");
    query("parse_url_parts", spark -> spark.range(1).select(parse_url(lit(FULL), lit("HOST")),
        parse_url(lit(FULL), lit("PATH")), parse_url(lit(FULL), lit("QUERY")), parse_url(lit(FULL), lit("REF")),
        parse_url(lit(FULL), lit("PROTOCOL")), parse_url(lit(FULL), lit("FILE")), parse_url(lit(FULL), lit("AUTHORITY")),
        parse_url(lit(FULL), lit("USERINFO"))));
    query("parse_url_query_key", spark -> spark.range(1).select(parse_url(lit(FULL), lit("QUERY"), lit("b")),
        parse_url(lit(FULL), lit("QUERY"), lit("query")), parse_url(lit(FULL), lit("QUERY"), lit("c")),
        parse_url(lit("http://a.b/?x=1&x=2"), lit("QUERY"), lit("x"))));
    query("parse_url_column", spark -> urls(spark).select(col("u"), parse_url(col("u"), lit("HOST")),
        parse_url(col("u"), lit("PATH")), parse_url(col("u"), lit("QUERY")), parse_url(col("u"), lit("host")), parse_url(col("u"), lit("PROTOCOL")),
        parse_url(col("u"), lit("FILE")), parse_url(col("u"), lit("AUTHORITY"))));
    query("parse_url_space", spark -> spark.range(1).select(parse_url(lit("not a url"), lit("HOST"))));
    query("parse_url_invalid", spark -> spark.range(1).select(parse_url(lit("http://a b/"), lit("HOST"))));
    query("try_parse_url_invalid", spark -> spark.range(1).select(try_parse_url(lit("http://a b/"), lit("HOST")),
        try_parse_url(lit(FULL), lit("HOST"))));
    query("url_encode", spark -> spark.range(1).select(url_encode(lit("a b&c=d/é~*._-+")), url_encode(lit(""))));
    query("url_decode", spark -> spark.range(1).select(url_decode(lit("a+b%26c%3Dd%2F%C3%A9")), url_decode(lit("%41"))));
    query("url_decode_incomplete_escape", spark -> spark.range(1).select(url_decode(lit("100%"))));
    query("url_decode_invalid", spark -> spark.range(1).select(url_decode(lit("%zz"))));
    query("try_url_decode", spark -> spark.range(1).select(try_url_decode(lit("%zz")), try_url_decode(lit("a+b"))));
    query("url_encode_column", spark -> FunctionData.text(spark).select(url_encode(col("t")),
        url_decode(url_encode(col("t")))));
  }

  private static Dataset<Row> urls(SparkSession spark) {
    return spark.createDataFrame(Arrays.asList(RowFactory.create("http://example.com"),
        RowFactory.create("https://example.com:443/a/b?k=v"), RowFactory.create("file:///tmp/x.txt"),
        RowFactory.create("mailto:someone@example.com"), RowFactory.create("/relative/path?q"),
        RowFactory.create((Object) null)), new StructType().add("u", DataTypes.StringType));
  }
}
