package dev.ember.reference;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.math.BigDecimal;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Consumer;
import org.apache.spark.SparkIllegalArgumentException;
import org.apache.spark.SparkThrowable;
import org.apache.spark.internal.config.ConfigEntry;
import scala.Option;

/**
 * How Spark 4.2.0 checks a value set for one SQL conf ({@code SQLConf.setConfString} runs the entry's
 * {@code valueConverter}): the value's type and Spark's own answer to a few probe values.
 *
 * <p>The type is the one Spark names when it refuses a value of no type ({@link #MISMATCH}): {@code boolean},
 * {@code int}, {@code long}, {@code double}, {@code time:<TimeUnit>}, {@code bytes:<ByteUnit>}; otherwise
 * {@code string}, {@code enum} or {@code other}, from the class of a converted sample. The probes: the value of
 * no type, when refused; for a number whose {@code checkValue} refuses one of -2, -1, 0, 1, 2, 10^6 (and 0.5,
 * 1.5, NaN and the infinities for a double) or the default, those values and, between two that Spark answers differently, the two
 * neighbouring values where its answer changes (found by bisection), so that the limits are exact; for a conf
 * with options, its first option in the other case and surrounded by spaces (whether Spark ignores them).
 */
final class SparkConfProbe {
  /** A value no typed conf accepts, in mixed case to show whether Spark reports it upper- or lower-cased. */
  static final String MISMATCH = "Ember-Probe";
  private static final String TYPE_MISMATCH = "INVALID_CONF_VALUE.TYPE_MISMATCH";
  private static final String OPTIONS = "INVALID_CONF_VALUE.OUT_OF_RANGE_OF_OPTIONS";
  private static final List<String> NUMBERS = List.of("-2", "-1", "0", "1", "2", "1000000");
  private static final List<String> FRACTIONS = List.of("-2", "-1", "0", "0.5", "1", "1.5", "2", "1000000");
  private static final ObjectMapper JSON = new ObjectMapper();

  private final ConfigEntry<?> entry;
  private final ObjectNode mismatch;

  SparkConfProbe(ConfigEntry<?> entry) {
    this.entry = entry;
    this.mismatch = answer(MISMATCH);
  }

  String type() {
    if (mismatch.path("condition").asText().equals(TYPE_MISMATCH)) {
      String declared = mismatch.path("parameters").path("confType").asText();
      return declared.replaceFirst("^(time|bytes) in ", "$1:");
    }
    for (String sample : List.of("1", "true", MISMATCH, entry.defaultValueString())) {
      Object converted = convert(sample);
      if (converted instanceof scala.Enumeration.Value || converted instanceof Enum<?>) {
        return "enum";
      }
      if (converted != null) {
        return converted instanceof String ? "string" : "other";
      }
    }
    return "other";
  }

  /**
   * Spark's answers to the probe values, a JSON array of {@code {"value", "condition", "sqlState", "message",
   * "parameters"}}
   * ({@code {"value", "exception", "message"}} for an error without condition, only {@code "value"} when Spark
   * accepts it); empty when Spark accepts them all.
   */
  String checks(String type) {
    ArrayNode checks = JSON.createArrayNode();
    if (mismatch.size() > 1) {
      checks.add(mismatch);
    }
    if (mismatch.path("condition").asText().equals(OPTIONS)) {
      String option = mismatch.path("parameters").path("confOptions").asText().split(", ")[0];
      String otherCase = option.equals(option.toLowerCase(Locale.ROOT))
          ? option.toUpperCase(Locale.ROOT) : option.toLowerCase(Locale.ROOT);
      checks.add(answer(otherCase));
      checks.add(answer(" " + option + " "));
    }
    if (type.equals("int") || type.equals("long") || type.equals("double") || type.startsWith("time:")
        || type.startsWith("bytes:")) {
      List<ObjectNode> numbers = numberAnswers(type.equals("double"));
      if (type.equals("double")) {
        for (String notFinite : List.of("NaN", "Infinity", "-Infinity")) {
          numbers.add(answer(notFinite));
        }
      }
      if (numbers.stream().anyMatch(answer -> answer.size() > 1)) {
        checks.addAll(numbers);
      }
    }
    return checks.isEmpty() ? "" : checks.toString();
  }

  /** The answers to the numbers, in increasing order, with the limits between differing answers. */
  private List<ObjectNode> numberAnswers(boolean fractional) {
    TreeMap<BigDecimal, String> probes = new TreeMap<>();
    for (String number : fractional ? FRACTIONS : NUMBERS) {
      probes.put(new BigDecimal(number), number);
    }
    if (convert(entry.defaultValueString()) != null && entry.defaultValueString().matches("-?[0-9.]+")) {
      probes.put(new BigDecimal(entry.defaultValueString()), entry.defaultValueString());
    }
    Map<String, ObjectNode> answers = new LinkedHashMap<>();
    String previous = null;
    for (String number : probes.values()) {
      if (previous != null && accepted(previous) != accepted(number)) {
        String[] limit = fractional ? limit(Double.parseDouble(previous), Double.parseDouble(number))
            : limit(Long.parseLong(previous), Long.parseLong(number));
        answers.putIfAbsent(limit[0], answer(limit[0]));
        answers.putIfAbsent(limit[1], answer(limit[1]));
      }
      answers.putIfAbsent(number, answer(number));
      previous = number;
    }
    return new ArrayList<>(answers.values());
  }

  /** The two neighbouring whole numbers between low and high where Spark's answer changes. */
  private String[] limit(long low, long high) {
    boolean lowAccepted = accepted(Long.toString(low));
    while (high - low > 1) {
      long middle = low + (high - low) / 2;
      if (accepted(Long.toString(middle)) == lowAccepted) {
        low = middle;
      } else {
        high = middle;
      }
    }
    return new String[] {Long.toString(low), Long.toString(high)};
  }

  /** The two neighbouring doubles between low and high where Spark's answer changes. */
  private String[] limit(double low, double high) {
    boolean lowAccepted = accepted(Double.toString(low));
    while (Math.nextUp(low) < high) {
      double middle = low / 2 + high / 2;
      if (middle <= low || middle >= high) {
        middle = Math.nextUp(low);
      }
      if (accepted(Double.toString(middle)) == lowAccepted) {
        low = middle;
      } else {
        high = middle;
      }
    }
    return new String[] {Double.toString(low), Double.toString(high)};
  }

  private boolean accepted(String value) {
    return answer(value).size() == 1;
  }

  private ObjectNode answer(String value) {
    return answer(value, text -> entry.valueConverter().apply(text));
  }

  /**
   * Spark's answer when {@code set} takes the value: accepted ({@code {"value"}}) or the error it raises, with
   * its class when it is not ConfigBuilder's SparkIllegalArgumentException.
   */
  static ObjectNode answer(String value, Consumer<String> set) {
    ObjectNode answer = JSON.createObjectNode().put("value", value);
    try {
      set.accept(value);
    } catch (Exception failure) {  // Scala throws AnalysisException, a checked exception, unchecked
      if (failure instanceof SparkThrowable spark && spark.getCondition() != null) {
        // the message as Ember writes it: without the condition before it and the SQLSTATE after it
        String message = failure.getMessage().replaceFirst("^\\[" + java.util.regex.Pattern.quote(spark.getCondition())
            + "\\] ", "").replaceFirst(" SQLSTATE: " + spark.getSqlState() + "$", "");
        answer.put("condition", spark.getCondition()).put("sqlState", spark.getSqlState()).put("message", message);
        if (!(failure instanceof SparkIllegalArgumentException)) {
          answer.put("class", failure.getClass().getName());
        }
        ObjectNode parameters = answer.putObject("parameters");
        new TreeMap<>(spark.getMessageParameters()).forEach(parameters::put);
      } else {
        answer.put("exception", failure.getClass().getName()).put("message", failure.getMessage());
      }
    }
    return answer;
  }

  /** The converted value (unwrapping an optional conf's), or null when Spark refuses the text. */
  private Object convert(String value) {
    try {
      Object converted = entry.valueConverter().apply(value);
      return converted instanceof Option<?> option ? option.getOrElse(() -> null) : converted;
    } catch (RuntimeException refused) {
      return null;
    }
  }
}
