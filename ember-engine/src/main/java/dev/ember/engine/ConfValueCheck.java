package dev.ember.engine;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;

/**
 * How Spark checks a value set for one conf, rebuilt from its type and its answers to the probe values
 * ({@code spark-confs.tsv}): a text of no such type gets Spark's answer to the value of no type; a conf with
 * options accepts them as Spark does (in any case, with spaces around, as its probes showed); the session time
 * zone must be a zone Spark reads; a number gets the answer of the probes around it when they agree (the
 * registry holds both sides of every limit where Spark's answer changes), else it is accepted. The error names
 * the value as Spark's did: as typed, in Spark's case, or as converted ({@code 1.0} for a double set as 1).
 */
final class ConfValueCheck {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String OPTIONS = "INVALID_CONF_VALUE.OUT_OF_RANGE_OF_OPTIONS";
  private static final String TIME_ZONE = "INVALID_CONF_VALUE.TIME_ZONE";

  private final String type;
  private final List<ConfProbeAnswer> answers;
  /** The one value a conf Spark removed takes (the value it had then), or null. */
  private final String onlyValue;

  private ConfValueCheck(String type, List<ConfProbeAnswer> answers, String onlyValue) {
    this.type = type;
    this.answers = List.copyOf(answers);
    this.onlyValue = onlyValue;
  }

  /** The check recorded as a JSON array of answers (empty text when Spark accepted every probe). */
  static ConfValueCheck of(String type, String checks) {
    return new ConfValueCheck(type, answers(checks), null);
  }

  /** A conf Spark removed: any value but the one it had then gets Spark's recorded answer. */
  static ConfValueCheck removed(String onlyValue, String checks) {
    return new ConfValueCheck("string", answers(checks), onlyValue);
  }

  private static List<ConfProbeAnswer> answers(String checks) {
    List<ConfProbeAnswer> answers = new ArrayList<>();
    if (!checks.isEmpty()) {
      try {
        JSON.readTree(checks).forEach(answer -> answers.add(ConfProbeAnswer.of(answer)));
      } catch (JsonProcessingException e) {
        throw new UncheckedIOException(e);
      }
    }
    return answers;
  }

  /** The check of the type alone (no requirement, no options) for another conf key: an Ember conf of this type. */
  ConfValueCheck typeCheckFor(String key) {
    return new ConfValueCheck(type, answers.stream().filter(answer -> ConfValue.read(type, answer.value()).isEmpty())
        .map(answer -> answer.forConf(key)).toList(), null);
  }

  String type() {
    return type;
  }

  /** Raises Spark's error when Spark refuses the value. */
  void check(String text) {
    if (onlyValue != null) {
      if (!onlyValue.equals(text)) {
        throw answers.get(0).refusal(text);
      }
      return;
    }
    Optional<ConfProbeAnswer> wordAnswer = answers.stream().findFirst()
        .filter(answer -> !answer.accepted() && ConfValue.read(type, answer.value()).isEmpty());
    Optional<ConfValue> value = ConfValue.read(type, text);
    if (value.isEmpty()) {
      throw wordAnswer.map(answer -> answer.refusal(shown(answer, text, null)))
          .orElseThrow(() -> new IllegalStateException("no recorded answer for a value of no type " + type));
    }
    // the first answer of a conf with options, or a time zone, is the one to a word no option matches
    Optional<ConfProbeAnswer> word = answers.stream().findFirst().filter(answer -> !answer.accepted());
    if (word.isPresent() && OPTIONS.equals(word.get().condition()) && !isOption(text)) {
      throw word.get().refusal(shown(word.get(), text, value.get()));
    }
    if (word.isPresent() && TIME_ZONE.equals(word.get().condition()) && SparkZoneIds.parse(text).isEmpty()) {
      throw word.get().refusal(shown(word.get(), text, value.get()));
    }
    numberAnswer(value.get()).filter(answer -> !answer.accepted())
        .ifPresent(answer -> {
          throw answer.refusal(shown(answer, text, value.get()));
        });
  }

  /** Whether the text is one of the options, as Spark compares them (its answers to the first option re-cased and spaced). */
  private boolean isOption(String text) {
    boolean ignoresCase = answers.size() > 1 && answers.get(1).accepted();
    boolean trims = answers.size() > 2 && answers.get(2).accepted();
    String candidate = trims ? text.trim() : text;
    for (String option : answers.get(0).parameters().get("confOptions").split(", ")) {
      if (ignoresCase ? option.equalsIgnoreCase(candidate) : option.equals(candidate)) {
        return true;
      }
    }
    return false;
  }

  /** The answer of the number probes around the value when they agree; empty when the value is not a number probed. */
  private Optional<ConfProbeAnswer> numberAnswer(ConfValue value) {
    List<ConfProbeAnswer> numbers = new ArrayList<>();
    for (ConfProbeAnswer answer : answers) {
      Optional<ConfValue> probe = ConfValue.read(type, answer.value());
      if (probe.isPresent() && probe.get().number() == null && probe.get().text().equals(value.text())
          && value.number() == null) {
        return Optional.of(answer);
      }
      if (probe.isPresent() && probe.get().number() != null) {
        numbers.add(answer);
      }
    }
    if (value.number() == null || numbers.isEmpty()) {
      return Optional.empty();
    }
    numbers.sort(Comparator.comparing(answer -> ConfValue.read(type, answer.value()).orElseThrow().number()));
    ConfProbeAnswer below = null;
    for (ConfProbeAnswer answer : numbers) {
      int order = ConfValue.read(type, answer.value()).orElseThrow().number().compareTo(value.number());
      if (order == 0) {
        return Optional.of(answer);
      }
      if (order > 0) {
        return below == null || below.accepted() == answer.accepted() ? Optional.of(below == null ? answer : below)
            : Optional.empty();
      }
      below = answer;
    }
    return Optional.of(below);
  }

  /** The value as Spark's error names it: converted, as typed, or in the case Spark put it in. */
  private String shown(ConfProbeAnswer answer, String text, ConfValue value) {
    String probeShown = answer.shownValue();
    Optional<ConfValue> probe = ConfValue.read(type, answer.value());
    if (value != null && probe.isPresent() && probe.get().text().equals(probeShown)) {
      return value.text();
    }
    if (answer.value().toUpperCase(Locale.ROOT).equals(probeShown) && !answer.value().equals(probeShown)) {
      return text.toUpperCase(Locale.ROOT);
    }
    if (answer.value().toLowerCase(Locale.ROOT).equals(probeShown) && !answer.value().equals(probeShown)) {
      return text.toLowerCase(Locale.ROOT);
    }
    return text;
  }
}
