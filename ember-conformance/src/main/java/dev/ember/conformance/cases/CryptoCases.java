package dev.ember.conformance.cases;

import static org.apache.spark.sql.functions.aes_decrypt;
import static org.apache.spark.sql.functions.aes_encrypt;
import static org.apache.spark.sql.functions.base64;
import static org.apache.spark.sql.functions.col;
import static org.apache.spark.sql.functions.length;
import static org.apache.spark.sql.functions.lit;
import static org.apache.spark.sql.functions.try_aes_decrypt;
import static org.apache.spark.sql.functions.unbase64;
import static org.apache.spark.sql.functions.unhex;

import dev.ember.conformance.CaseGroup;
import java.util.Arrays;
import java.util.List;
import org.apache.spark.sql.Column;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.RowFactory;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.sql.types.DataTypes;
import org.apache.spark.sql.types.StructType;

/**
 * aes_encrypt / aes_decrypt / try_aes_decrypt. ECB, and GCM or CBC with a given IV, are deterministic
 * and compared byte for byte; without an IV Spark draws a random one, so those cases check the round
 * trip and the layout's length.
 */
public final class CryptoCases extends CaseGroup {
  private static final Column KEY16 = lit("0000111122223333");
  private static final Column KEY24 = lit("000011112222333344445555");
  private static final Column KEY32 = lit("abcdefghijklmnop12345678ABCDEFGH");
  private static final Column GCM_IV = unhex(lit("000000000000000000000000"));
  private static final Column CBC_IV = unhex(lit("00000000000000000000000000000000"));

  public CryptoCases() {
    super("crypto_functions");
    query("ecb", spark -> spark.range(1).select(base64(aes_encrypt(lit("Spark"), KEY16, lit("ECB"), lit("PKCS"))),
        base64(aes_encrypt(lit("Spark SQL"), KEY24, lit("ECB"))), base64(aes_encrypt(lit(""), KEY32, lit("ecb"), lit("default")))));
    query("gcm_with_iv", spark -> spark.range(1).select(
        base64(aes_encrypt(lit("Spark"), KEY16, lit("GCM"), lit("DEFAULT"), GCM_IV)),
        base64(aes_encrypt(lit("Spark"), KEY32, lit("GCM"), lit("NONE"), GCM_IV, lit("This is an AAD mixed into the input")))));
    query("cbc_with_iv", spark -> spark.range(1).select(
        base64(aes_encrypt(lit("Spark"), KEY16, lit("CBC"), lit("DEFAULT"), CBC_IV)),
        base64(aes_encrypt(lit("Apache Spark"), KEY24, lit("cbc"), lit("PKCS"), CBC_IV))));
    query("decrypt_known", spark -> spark.range(1).select(
        aes_decrypt(unbase64(lit("AAAAAAAAAAAAAAAARsTvHGpwQaa+rSiWRUWa+XLkFT0D")), KEY16).cast("string"),
        aes_decrypt(unbase64(lit("NI/zfr3gW3iAujOQaPvaXg==")), KEY16, lit("ECB"), lit("PKCS")).cast("string"),
        aes_decrypt(unbase64(lit("AAAAAAAAAAAAAAAAAAAAADSP83694Ft4gLozkGj72l4=")), KEY16, lit("CBC")).cast("string"),
        aes_decrypt(unbase64(lit("AAAAAAAAAAAAAAAAQiYi+sTLm7KD9UcZ2nlRdYDe/PX4")), KEY32, lit("GCM"), lit("DEFAULT"),
            lit("This is an AAD mixed into the input")).cast("string")));
    query("round_trip_with_iv", spark -> texts(spark).select(col("t"),
        aes_decrypt(aes_encrypt(col("t"), KEY16, lit("GCM"), lit("DEFAULT"), GCM_IV), KEY16).cast("string"),
        aes_decrypt(aes_encrypt(col("t"), KEY24, lit("CBC"), lit("DEFAULT"), CBC_IV), KEY24, lit("CBC")).cast("string"),
        base64(aes_encrypt(col("t"), KEY32, lit("ECB")))));
    check("round_trip_random_iv", (spark, outcome) -> {
      Dataset<Row> df = texts(spark).select(col("t"), aes_encrypt(col("t"), KEY16).as("gcm"),
          aes_encrypt(col("t"), KEY32, lit("CBC")).as("cbc"));
      outcome.schema(df);
      Dataset<Row> checked = df.select(col("t"), aes_decrypt(col("gcm"), KEY16).cast("string").as("gcm_back"),
          aes_decrypt(col("cbc"), KEY32, lit("CBC")).cast("string").as("cbc_back"),
          length(col("gcm")).as("gcm_length"), length(col("cbc")).as("cbc_length"));
      List<Row> rows = checked.orderBy(col("t")).collectAsList();
      outcome.value("decrypted and lengths", rows.toString());
    });
    query("nulls", spark -> spark.range(1).select(aes_encrypt(lit(null).cast("binary"), KEY16),
        aes_encrypt(lit("x"), lit(null).cast("string")), aes_decrypt(lit(null).cast("binary"), KEY16),
        aes_encrypt(lit("x"), KEY16, lit(null).cast("string")), try_aes_decrypt(lit(null).cast("binary"), KEY16)));
    query("key_length", spark -> spark.range(1).select(aes_encrypt(lit("Spark"), lit("short"))));
    query("decrypt_key_length", spark -> spark.range(1).select(aes_decrypt(unhex(lit("00")), lit("short"))));
    query("unsupported_mode", spark -> spark.range(1).select(aes_encrypt(lit("Spark"), KEY16, lit("CTR"))));
    query("unsupported_padding", spark -> spark.range(1).select(aes_encrypt(lit("Spark"), KEY16, lit("GCM"), lit("PKCS"))));
    query("ecb_with_iv", spark -> spark.range(1).select(aes_encrypt(lit("Spark"), KEY16, lit("ECB"), lit("PKCS"), CBC_IV)));
    query("iv_length", spark -> spark.range(1).select(aes_encrypt(lit("Spark"), KEY16, lit("GCM"), lit("DEFAULT"),
        unhex(lit("0000")))));
    query("cbc_with_aad", spark -> spark.range(1).select(aes_encrypt(lit("Spark"), KEY16, lit("CBC"), lit("DEFAULT"),
        CBC_IV, lit("aad"))));
    query("decrypt_bad_padding", spark -> spark.range(1).select(aes_decrypt(unhex(lit("3A1C2CB4B8B4CBE3B0F0B4E3C34A4C5E")),
        KEY16, lit("ECB"))));
    query("decrypt_too_short", spark -> spark.range(1).select(aes_decrypt(unhex(lit("00")), KEY16, lit("GCM"))));
    query("decrypt_wrong_key", spark -> spark.range(1).select(aes_decrypt(
        unbase64(lit("AAAAAAAAAAAAAAAARsTvHGpwQaa+rSiWRUWa+XLkFT0D")), lit("0000111122223334"))));
    query("try_aes_decrypt", spark -> spark.range(1).select(try_aes_decrypt(unhex(lit("00")), KEY16, lit("GCM")),
        try_aes_decrypt(unhex(lit("00")), lit("short")), try_aes_decrypt(unhex(lit("00")), KEY16, lit("CTR")),
        try_aes_decrypt(unbase64(lit("NI/zfr3gW3iAujOQaPvaXg==")), KEY16, lit("ECB"), lit("PKCS")).cast("string"),
        try_aes_decrypt(unbase64(lit("AAAAAAAAAAAAAAAAQiYi+sTLm7KD9UcZ2nlRdYDe/PX4")), KEY16, lit("GCM"),
            lit("DEFAULT"), lit("wrong AAD"))));
    query("mode_of_a_number", spark -> spark.range(1).select(aes_encrypt(lit("x"), KEY16, lit(1))));
    query("wrong_input_type", spark -> spark.range(1).select(aes_encrypt(lit(1), KEY16)));
    query("wrong_key_type", spark -> spark.range(1).select(aes_decrypt(lit("x"), lit(1.5))));
  }

  private static Dataset<Row> texts(SparkSession spark) {
    return spark.createDataFrame(Arrays.asList(RowFactory.create("Spark"), RowFactory.create(""),
        RowFactory.create("héllo wörld, a longer text than one block"), RowFactory.create((Object) null)),
        new StructType().add("t", DataTypes.StringType));
  }
}
