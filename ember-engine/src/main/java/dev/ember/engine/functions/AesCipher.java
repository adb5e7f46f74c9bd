package dev.ember.engine.functions;

import dev.ember.plan.errors.RaisedError;
import java.nio.ByteBuffer;
import java.security.GeneralSecurityException;
import java.security.SecureRandom;
import java.security.spec.AlgorithmParameterSpec;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Cipher;
import javax.crypto.spec.GCMParameterSpec;
import javax.crypto.spec.IvParameterSpec;
import javax.crypto.spec.SecretKeySpec;
import org.duckdb.DuckDBColumnType;

/**
 * {@code ember_aes(input, key, mode, padding, iv, aad, encrypt, lenient)}: Spark's aes_encrypt /
 * aes_decrypt / try_aes_decrypt with javax.crypto and Spark's byte layout — the IV (random unless
 * given) before the cipher text for GCM and CBC, nothing before it for ECB. Binaries travel as hex;
 * a NULL argument gives NULL; {@code lenient} gives NULL instead of an error.
 */
final class AesCipher {
  private static final SecureRandom RANDOM = new SecureRandom();
  private static final HexFormat HEX = HexFormat.of().withUpperCase();

  static final JavaFunction FUNCTION = new JavaFunction("ember_aes", List.of(DuckDBColumnType.VARCHAR,
      DuckDBColumnType.VARCHAR, DuckDBColumnType.VARCHAR, DuckDBColumnType.VARCHAR, DuckDBColumnType.VARCHAR,
      DuckDBColumnType.VARCHAR, DuckDBColumnType.BOOLEAN, DuckDBColumnType.BOOLEAN), DuckDBColumnType.VARCHAR, true,
      AesCipher::apply);

  /** The modes and paddings Spark accepts. */
  private enum Mode {
    ECB(0, "AES/ECB/PKCS5Padding", "PKCS"),
    CBC(16, "AES/CBC/PKCS5Padding", "PKCS"),
    GCM(12, "AES/GCM/NoPadding", "NONE");

    private final int ivLength;
    private final String transformation;
    private final String padding;

    Mode(int ivLength, String transformation, String padding) {
      this.ivLength = ivLength;
      this.transformation = transformation;
      this.padding = padding;
    }

    static Mode of(String mode, String padding) {
      for (Mode candidate : values()) {
        if (candidate.name().equalsIgnoreCase(mode)
            && (padding.equalsIgnoreCase(candidate.padding) || padding.equalsIgnoreCase("DEFAULT"))) {
          return candidate;
        }
      }
      throw new RaisedFailure(RaisedError.AES_MODE.marker(mode, padding));
    }

    AlgorithmParameterSpec parameters(byte[] bytes) {
      return this == GCM ? new GCMParameterSpec(128, bytes, 0, ivLength) : new IvParameterSpec(bytes, 0, ivLength);
    }
  }

  private AesCipher() {
  }

  private static Object apply(Object[] arguments) {
    for (int i = 0; i < 6; i++) {
      if (arguments[i] == null) {
        return null;
      }
    }
    try {
      byte[] input = HEX.parseHex((String) arguments[0]);
      byte[] key = HEX.parseHex((String) arguments[1]);
      String mode = (String) arguments[2];
      String padding = (String) arguments[3];
      byte[] aad = HEX.parseHex((String) arguments[5]);
      byte[] result = (Boolean) arguments[6]
          ? encrypt(input, key, mode, padding, HEX.parseHex((String) arguments[4]), aad)
          : decrypt(input, key, mode, padding, aad);
      return HEX.formatHex(result);
    } catch (RaisedFailure failure) {
      if ((Boolean) arguments[7]) {
        return null;
      }
      throw failure;
    }
  }

  private static byte[] encrypt(byte[] input, byte[] key, String modeName, String padding, byte[] iv, byte[] aad) {
    SecretKeySpec secret = secretKey(key);
    Mode mode = Mode.of(modeName, padding);
    try {
      Cipher cipher = Cipher.getInstance(mode.transformation);
      if (iv.length == 0) {
        iv = new byte[mode.ivLength];
        RANDOM.nextBytes(iv);
      } else if (mode == Mode.ECB) {
        throw new RaisedFailure(RaisedError.AES_MODE_IV.marker(modeName));
      }
      if (iv.length != mode.ivLength) {
        throw new RaisedFailure(RaisedError.AES_IV_LENGTH.marker(modeName, Integer.toString(iv.length)));
      }
      if (mode == Mode.ECB) {
        cipher.init(Cipher.ENCRYPT_MODE, secret);
      } else {
        cipher.init(Cipher.ENCRYPT_MODE, secret, mode.parameters(iv));
      }
      authenticate(cipher, mode, modeName, aad);
      byte[] encrypted = cipher.doFinal(input, 0, input.length);
      return ByteBuffer.allocate(iv.length + encrypted.length).put(iv).put(encrypted).array();
    } catch (GeneralSecurityException e) {
      throw new RaisedFailure(RaisedError.AES_CRYPTO_ERROR.marker(e.getMessage()));
    }
  }

  private static byte[] decrypt(byte[] input, byte[] key, String modeName, String padding, byte[] aad) {
    SecretKeySpec secret = secretKey(key);
    Mode mode = Mode.of(modeName, padding);
    try {
      Cipher cipher = Cipher.getInstance(mode.transformation);
      if (mode == Mode.ECB) {
        cipher.init(Cipher.DECRYPT_MODE, secret);
        return cipher.doFinal(input, 0, input.length);
      }
      cipher.init(Cipher.DECRYPT_MODE, secret, mode.parameters(input));
      authenticate(cipher, mode, modeName, aad);
      return cipher.doFinal(input, mode.ivLength, input.length - mode.ivLength);
    } catch (GeneralSecurityException | IllegalArgumentException e) {
      throw new RaisedFailure(RaisedError.AES_CRYPTO_ERROR.marker(String.valueOf(e.getMessage())));
    }
  }

  private static void authenticate(Cipher cipher, Mode mode, String modeName, byte[] aad) {
    if (aad.length == 0) {
      return;
    }
    if (mode != Mode.GCM) {
      throw new RaisedFailure(RaisedError.AES_MODE_AAD.marker(modeName));
    }
    cipher.updateAAD(aad);
  }

  private static SecretKeySpec secretKey(byte[] key) {
    if (key.length != 16 && key.length != 24 && key.length != 32) {
      throw new RaisedFailure(RaisedError.AES_KEY_LENGTH.marker(Integer.toString(key.length)));
    }
    return new SecretKeySpec(key, "AES");
  }
}
