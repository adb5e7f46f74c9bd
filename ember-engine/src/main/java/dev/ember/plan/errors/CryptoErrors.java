package dev.ember.plan.errors;

import java.util.Map;

/** Spark's run-time errors of aes_encrypt and aes_decrypt (SparkRuntimeException). */
final class CryptoErrors {
  private static final String BOTH_FUNCTIONS = "`aes_encrypt`/`aes_decrypt`";

  private CryptoErrors() {
  }

  static EmberException keyLength(String length) {
    return invalidParameter("AES_KEY_LENGTH", "`key`",
        "expects a binary value with 16, 24 or 32 bytes, but got " + length + " bytes.",
        Map.of("actualLength", length));
  }

  static EmberException ivLength(String mode, String length) {
    return invalidParameter("AES_IV_LENGTH", "`iv`",
        "supports 16-byte CBC IVs and 12-byte GCM IVs, but got " + length + " bytes for " + mode + ".",
        Map.of("mode", mode, "actualLength", length));
  }

  static EmberException cryptoError(String detail) {
    return invalidParameter("AES_CRYPTO_ERROR", "`expr`, `key`", "detail message: " + detail,
        Map.of("detailMessage", detail));
  }

  static EmberException unsupportedMode(String mode, String padding) {
    return new EmberException(ErrorKind.RUNTIME, "UNSUPPORTED_FEATURE.AES_MODE", "0A000",
        "The feature is not supported: AES-" + mode + " with the padding " + padding + " by the " + BOTH_FUNCTIONS
            + " function.", Map.of("mode", mode, "padding", padding, "functionName", BOTH_FUNCTIONS));
  }

  /** An IV or AAD given to a mode that takes none: Spark names aes_encrypt alone. */
  static EmberException unsupportedModeFeature(String subCondition, String mode, String complaint) {
    return new EmberException(ErrorKind.RUNTIME, "UNSUPPORTED_FEATURE." + subCondition, "0A000",
        "The feature is not supported: `aes_encrypt` with AES-" + mode + " " + complaint,
        Map.of("mode", mode, "functionName", "`aes_encrypt`"));
  }

  private static EmberException invalidParameter(String subCondition, String parameter, String detail,
      Map<String, String> extra) {
    Map<String, String> parameters = new java.util.LinkedHashMap<>(extra);
    parameters.put("parameter", parameter);
    parameters.put("functionName", BOTH_FUNCTIONS);
    return new EmberException(ErrorKind.RUNTIME, "INVALID_PARAMETER_VALUE." + subCondition, "22023",
        "The value of parameter(s) " + parameter + " in " + BOTH_FUNCTIONS + " is invalid: " + detail, parameters);
  }
}
