package dev.ember.conformance.cases;

import static org.apache.spark.sql.functions.bit_count;
import static org.apache.spark.sql.functions.bit_get;
import static org.apache.spark.sql.functions.bitwise_not;
import static org.apache.spark.sql.functions.call_function;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.getbit;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.shiftleft;
import static org.apache.spark.sql.functions.shiftright;
import static org.apache.spark.sql.functions.shiftrightunsigned;

import dev.ember.conformance.CaseGroup;
import java.util.List;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/** Bitwise and/or/xor/not, shifts with Java's semantics, bit_count and bit_get. */
public final class BitwiseCases extends CaseGroup {
  private static final StructType INTEGRAL_TYPES = new StructType()
      .add("b", DataTypes.ByteType).add("sh", DataTypes.ShortType).add("i", DataTypes.IntegerType)
      .add("l", DataTypes.LongType);

  public BitwiseCases() {
    super("bitwise_functions");
    query("and_or_xor", spark -> spark.range(6).select(col("id").bitwiseAND(3), col("id").bitwiseOR(8),
        col("id").bitwiseXOR(lit(5))));
    query("and_or_xor_types", spark -> integral(spark).select(col("b").bitwiseAND(col("sh")),
        col("i").bitwiseOR(col("b")), col("l").bitwiseXOR(col("i")), col("b").bitwiseXOR(lit((byte) 1))));
    query("bitwise_not", spark -> integral(spark).select(bitwise_not(col("b")), bitwise_not(col("sh")),
        bitwise_not(col("i")), bitwise_not(col("l"))));
    query("bitwise_and_double", spark -> spark.range(1).select(lit(1.5).bitwiseAND(lit(1))));
    query("bitwise_and_string", spark -> spark.range(1).select(col("id").bitwiseAND(lit("3"))));
    query("bitwise_not_string", spark -> spark.range(1).select(bitwise_not(lit("1"))));
    query("shifts", spark -> spark.range(1).select(shiftleft(lit(1), 31), shiftleft(lit(1), 32), shiftleft(lit(3L), 63),
        shiftright(lit(-16), 2), shiftright(lit(-16L), 66), shiftrightunsigned(lit(-16), 28),
        shiftrightunsigned(lit(-1L), 60), shiftleft(lit(5), -1)));
    query("shift_columns", spark -> integral(spark).select(shiftleft(col("b"), 4), shiftright(col("sh"), 1),
        shiftrightunsigned(col("i"), 1), shiftleft(col("l"), 62)));
    query("shift_by_column", spark -> spark.range(4).select(call_function("shiftleft", lit(1), col("id").cast("int")),
        call_function("shiftright", lit(-1024L), col("id").cast("int"))));
    query("shift_double", spark -> spark.range(1).select(shiftleft(lit(1.5), 1)));
    query("shift_by_long", spark -> spark.range(1).select(call_function("shiftleft", lit(1), lit(2L))));
    query("bit_count", spark -> integral(spark).select(bit_count(col("b")), bit_count(col("sh")), bit_count(col("i")),
        bit_count(col("l")), bit_count(lit(true)), bit_count(lit(false))));
    query("bit_count_double", spark -> spark.range(1).select(bit_count(lit(1.5))));
    query("bit_get", spark -> integral(spark).select(bit_get(col("b"), lit(0)), getbit(col("i"), lit(31)),
        bit_get(col("l"), lit(63)), getbit(col("sh"), lit(2))));
    query("bit_get_out_of_range", spark -> spark.range(1).select(bit_get(lit(5), lit(32))));
    query("bit_get_negative_position", spark -> spark.range(1).select(getbit(lit(5L), lit(-1))));
    query("bit_get_position_column", spark -> spark.range(3).select(bit_get(lit(5), col("id").cast("int"))));
  }

  private static org.apache.spark.sql.Dataset<org.apache.spark.sql.Row> integral(org.apache.spark.sql.SparkSession spark) {
    return spark.createDataFrame(List.of(RowFactory.create((byte) -3, (short) 300, -7, Long.MIN_VALUE),
        RowFactory.create((byte) 5, (short) -1, 1 << 20, 12345678901L),
        RowFactory.create(null, null, null, null)), INTEGRAL_TYPES);
  }
}
