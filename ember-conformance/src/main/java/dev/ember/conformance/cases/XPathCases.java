package dev.ember.conformance.cases;

import static org.apache.spark.sql.functions.call_function;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.xpath;
import static org.apache.spark.sql.functions.xpath_boolean;
import static org.apache.spark.sql.functions.xpath_double;
import static org.apache.spark.sql.functions.xpath_float;
import static org.apache.spark.sql.functions.xpath_int;
import static org.apache.spark.sql.functions.xpath_long;
import static org.apache.spark.sql.functions.xpath_number;
import static org.apache.spark.sql.functions.xpath_short;
import static org.apache.spark.sql.functions.xpath_string;

import dev.ember.conformance.CaseGroup;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** xpath and its typed variants: javax.xml's XPath over each document, as Spark evaluates it. */
public final class XPathCases extends CaseGroup {
  private static final List<Row> DOCUMENTS = Arrays.asList(
      RowFactory.create(1, "<a><b>1</b><b>2</b><c>x</c></a>"),
      RowFactory.create(2, "<a><b>3.7</b><b>-40000</b><c/></a>"),
      RowFactory.create(3, "<a><b>1e3</b><c>text &amp; more</c></a>"),
      RowFactory.create(4, "<a><b>99999999999</b><b>abc</b></a>"),
      RowFactory.create(5, ""),
      RowFactory.create(6, null),
      RowFactory.create(7, "<a xmlns:n='urn:x'><n:b>5</n:b><c>NaN</c></a>"));

  private static Dataset<Row> documents(SparkSession spark) {
    return spark.createDataFrame(DOCUMENTS, new StructType().add("id", DataTypes.IntegerType)
        .add("x", DataTypes.StringType));
  }

  public XPathCases() {
    super("xpath_functions");
    query("xpath_nodes", spark -> documents(spark).select(col("id"), xpath(col("x"), lit("a/b/text()")),
        xpath(col("x"), lit("a/b")), xpath(col("x"), lit("a/c/text()")), xpath(col("x"), lit("a/zz"))));
    query("xpath_string", spark -> documents(spark).select(col("id"), xpath_string(col("x"), lit("a/b")),
        xpath_string(col("x"), lit("a/c")), xpath_string(col("x"), lit("a/zz")), xpath_string(col("x"), lit("count(a/b)"))));
    query("xpath_boolean", spark -> documents(spark).select(col("id"), xpath_boolean(col("x"), lit("a/b")),
        xpath_boolean(col("x"), lit("a/b = 1")), xpath_boolean(col("x"), lit("a/zz"))));
    query("xpath_numbers", spark -> documents(spark).select(col("id"), xpath_double(col("x"), lit("a/b")),
        xpath_number(col("x"), lit("sum(a/b)")), xpath_float(col("x"), lit("a/b")), xpath_int(col("x"), lit("a/b")),
        xpath_long(col("x"), lit("a/b")), xpath_short(col("x"), lit("a/b"))));
    query("xpath_numbers_of_text", spark -> documents(spark).select(col("id"), xpath_int(col("x"), lit("a/c")),
        xpath_double(col("x"), lit("a/c")), xpath_long(col("x"), lit("count(a/*)")),
        xpath_short(col("x"), lit("a/b[2]")), xpath_int(col("x"), lit("a/b[2] * 100000"))));
    query("xpath_literals", spark -> spark.range(1).select(xpath_int(lit("<a>3000000000</a>"), lit("a")),
        xpath_long(lit("<a>1e30</a>"), lit("a")), xpath_short(lit("<a>70000</a>"), lit("a")),
        xpath_float(lit("<a>0.1</a>"), lit("a")), xpath_double(lit("<a>-0</a>"), lit("a")),
        xpath_string(lit("<a><![CDATA[x<y]]></a>"), lit("a")), xpath(lit("<a><b id='1'/><b id='2'/></a>"),
            lit("a/b/@id"))));
    query("xpath_null_path", spark -> spark.range(1).select(xpath_string(lit("<a>1</a>"), lit(null).cast("string")),
        xpath(lit("<a>1</a>"), lit(null).cast("string")), xpath_int(lit("<a>1</a>"), lit(""))));
    query("xpath_invalid_path", spark -> spark.range(1).select(xpath_string(lit("<a>1</a>"), lit("a/["))));
    query("xpath_invalid_document", spark -> spark.range(1).select(xpath_string(lit("<a>1"), lit("a"))));
    query("xpath_path_not_foldable", spark -> documents(spark).select(xpath_string(col("x"), col("x"))));
    query("xpath_not_string", spark -> spark.range(1).select(xpath_int(col("id"), lit("a"))));
    query("xpath_path_not_string", spark -> spark.range(1).select(call_function("xpath_boolean", lit("<a/>"), lit(1))));
    query("xpath_argument_count", spark -> spark.range(1).select(call_function("xpath", lit("<a/>"))));
  }
}
