package dev.ember.engine.functions;

import dev.ember.plan.errors.RaisedError;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;

/**
 * A group's values as the sketch aggregates receive them: one token per non-NULL value, in input order,
 * each led by {@code x} and joined by commas (NULL: no values). A token is a whole number ({@code long}), a
 * double as DuckDB writes it ({@code double}), the hex of a string's UTF-8 bytes ({@code string}) or of a
 * binary ({@code bytes}), or a space-separated list of whole numbers ({@code ints}, {@code longs}).
 */
final class SketchInput {
  static final HexFormat HEX = HexFormat.of().withUpperCase();

  private SketchInput() {
  }

  static List<String> tokens(String text) {
    List<String> tokens = new ArrayList<>();
    if (text == null || text.isEmpty()) {
      return tokens;
    }
    for (String token : text.split(",", -1)) {
      tokens.add(token.substring(1));
    }
    return tokens;
  }

  static long whole(String token) {
    return Long.parseLong(token);
  }

  /** DuckDB's text of a double: shortest digits, {@code nan}, {@code inf}, {@code -inf}. */
  static double real(String token) {
    return switch (token.toLowerCase(java.util.Locale.ROOT)) {
      case "nan", "-nan" -> Double.NaN;
      case "inf", "infinity" -> Double.POSITIVE_INFINITY;
      case "-inf", "-infinity" -> Double.NEGATIVE_INFINITY;
      default -> Double.parseDouble(token);
    };
  }

  /** Spark's error {@code errorClass} with its parameters' names and values, alternating. */
  static RaisedFailure failure(String errorClass, String... parameters) {
    String[] arguments = new String[parameters.length + 1];
    arguments[0] = errorClass;
    System.arraycopy(parameters, 0, arguments, 1, parameters.length);
    return new RaisedFailure(RaisedError.SKETCH.marker(arguments));
  }

  /** The family a serialized Theta or Tuple sketch names in its third byte; empty when it names none. */
  static java.util.Optional<org.apache.datasketches.common.Family> family(
      org.apache.datasketches.memory.Memory memory) {
    try {
      return java.util.Optional.of(org.apache.datasketches.common.Family.idToFamily(memory.getByte(2) & 0xff));
    } catch (RuntimeException e) {
      return java.util.Optional.empty();
    }
  }

  static byte[] bytes(String token) {
    return HEX.parseHex(token);
  }

  static String string(String token) {
    return new String(HEX.parseHex(token), StandardCharsets.UTF_8);
  }

  static long[] longs(String token) {
    if (token.isEmpty()) {
      return new long[0];
    }
    String[] parts = token.split(" ");
    long[] values = new long[parts.length];
    for (int i = 0; i < parts.length; i++) {
      values[i] = Long.parseLong(parts[i]);
    }
    return values;
  }

  static int[] ints(String token) {
    long[] values = longs(token);
    int[] ints = new int[values.length];
    for (int i = 0; i < values.length; i++) {
      ints[i] = (int) values[i];
    }
    return ints;
  }
}
