package dev.ember.conformance.cases;

import static org.apache.spark.sql.functions.call_function;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.conv;
import static org.apache.spark.sql.functions.lit;

import dev.ember.conformance.CaseGroup;
import java.util.Arrays;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** conv between bases: signed and unsigned results, digits it stops at, 64-bit overflow. */
public final class RadixConversionCases extends CaseGroup {
  public RadixConversionCases() {
    super("radix_conversion");
    query("conv_bases", spark -> spark.range(1).select(conv(lit("100"), 2, 10), conv(lit("-10"), 16, -10),
        conv(lit("zz"), 36, 10), conv(lit("255"), 10, 16), conv(lit("ff"), 16, 2), conv(lit("FF"), 16, 36)));
    query("conv_negative", spark -> spark.range(1).select(conv(lit("-1"), 10, 16), conv(lit("-1"), 10, -16),
        conv(lit("-255"), 10, -2), conv(lit("-0"), 10, -2), conv(lit("-"), 10, 2),
        conv(lit("9223372036854775808"), 10, -10), conv(lit("18446744073709551615"), 10, -10)));
    query("conv_invalid_digits", spark -> spark.range(1).select(conv(lit("12x"), 10, 10), conv(lit("1 0"), 10, 2),
        conv(lit(" 10 "), 10, 2), conv(lit("x"), 10, 2), conv(lit("1.5"), 10, 2), conv(lit("é1"), 10, 2)));
    query("conv_null_results", spark -> spark.range(1).select(conv(lit(""), 10, 2), conv(lit("  "), 10, 2),
        conv(lit("10"), 1, 2), conv(lit("10"), 37, 2), conv(lit("10"), 10, -1), conv(lit("10"), 10, 37),
        conv(lit(null).cast("string"), 10, 2)));
    query("conv_column", spark -> numbers(spark).select(col("n"), conv(col("n"), 10, 2), conv(col("n"), 16, -10),
        conv(col("n"), 36, 8)));
    query("conv_base_columns", spark -> spark.range(2, 6).select(call_function("conv", lit("1111"), col("id"),
        lit(10)), call_function("conv", lit("1111"), lit(2), col("id")),
        call_function("conv", lit("10"), lit("16"), lit(10.7))));
    query("conv_numbers", spark -> spark.range(1).select(call_function("conv", lit(255), lit(10), lit(16)),
        call_function("conv", lit(-1L), lit(10), lit(16)), call_function("conv", lit(1.5), lit(10), lit(2)),
        call_function("conv", lit(new byte[] {0x31, 0x30}), lit(10), lit(2))));
    query("conv_largest", spark -> spark.range(1).select(conv(lit("ffffffffffffffff"), 16, 10),
        conv(lit("18446744073709551615"), 10, 16), conv(lit("1" + "0".repeat(63)), 2, 16),
        conv(lit("1".repeat(64)), 2, 10), conv(lit("7" + "7".repeat(20)), 8, 10)));
    query("conv_overflow_binary", spark -> spark.range(1).select(conv(lit("1" + "0".repeat(64)), 2, 10)));
    query("conv_overflow", spark -> spark.range(1).select(conv(lit("ffffffffffffffffff"), 16, 10)));
    query("conv_overflow_decimal", spark -> spark.range(1).select(conv(lit("18446744073709551616"), 10, 10)));
    query("conv_overflow_negative", spark -> spark.range(1).select(conv(lit("-18446744073709551616"), 10, -10)));
    query("conv_overflow_column", spark -> numbers(spark).select(conv(col("n"), 36, 2),
        conv(call_function("concat", col("n"), lit("z")), 36, 10)));
    query("conv_wrong_input_type", spark -> spark.range(1).select(call_function("conv",
        call_function("array", lit(1)), lit(10), lit(2))));
    query("conv_wrong_base_type", spark -> spark.range(1).select(call_function("conv", lit("1"), lit(true), lit(2))));
    query("conv_wrong_base_text", spark -> spark.range(1).select(call_function("conv", lit("1"), lit("ten"), lit(2))));
    query("conv_argument_count", spark -> spark.range(1).select(call_function("conv", lit("1"), lit(10))));
  }

  private static Dataset<Row> numbers(SparkSession spark) {
    return spark.createDataFrame(Arrays.asList(RowFactory.create("0"), RowFactory.create("42"),
        RowFactory.create("-42"), RowFactory.create("7fffffff"), RowFactory.create("zzzzzzzzzzzz"),
        RowFactory.create((Object) null)), new StructType().add("n", DataTypes.StringType));
  }
}
