package dev.ember.sql;

import dev.ember.plan.expressions.Cast;
import dev.ember.plan.expressions.Expression;
import dev.ember.plan.expressions.Literal;
import dev.ember.plan.expressions.UnresolvedFunction;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.DataType;
import java.time.Instant;
import java.time.LocalDate;
import java.time.LocalDateTime;
import java.time.temporal.ChronoUnit;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The special values of DATE and TIMESTAMP literals, as Spark's parser reads them ({@code DateTimeUtils
 * .convertSpecialDate/Timestamp}): {@code epoch}, {@code now}, {@code today}, {@code yesterday} and {@code tomorrow},
 * in any case, optionally followed by a time zone that must be valid (but is not used; {@code now} takes none). The
 * days are those of the session's time zone, so they are read when the query is analysed.
 */
final class SqlSpecialDatetimes {
  private static final Pattern SPECIAL = Pattern.compile("(\\p{Alpha}+)\\p{Blank}*(.*)");
  private static final Set<String> NAMES = Set.of("epoch", "now", "today", "yesterday", "tomorrow");

  private SqlSpecialDatetimes() {
  }

  /** The value of a special DATE, TIMESTAMP or TIMESTAMP_NTZ literal's text; empty for any other text. */
  static Optional<Expression> of(String text, DataType type) {
    Optional<String> name = specialName(text.trim());
    if (name.isEmpty()) {
      return Optional.empty();
    }
    if (name.get().equals("epoch")) {
      return Optional.of(type == AtomicType.DATE ? new Literal(LocalDate.EPOCH, AtomicType.DATE)
          : type == AtomicType.TIMESTAMP ? new Literal(Instant.EPOCH, AtomicType.TIMESTAMP)
          : new Literal(LocalDateTime.of(1970, 1, 1, 0, 0), AtomicType.TIMESTAMP_NTZ));
    }
    if (name.get().equals("now") && type != AtomicType.DATE) {
      return Optional.of(type == AtomicType.TIMESTAMP
          ? new Literal(Instant.now().truncatedTo(ChronoUnit.MICROS), AtomicType.TIMESTAMP)
          : new UnresolvedFunction("localtimestamp", List.of(), false));
    }
    Expression today = new UnresolvedFunction("current_date", List.of(), false);
    Expression day = switch (name.get()) {
      case "tomorrow" -> new UnresolvedFunction("date_add", List.of(today, Literal.of(1)), false);
      case "yesterday" -> new UnresolvedFunction("date_sub", List.of(today, Literal.of(1)), false);
      default -> today;
    };
    return Optional.of(type == AtomicType.DATE ? day : new Cast(day, type, false));
  }

  private static Optional<String> specialName(String text) {
    if (text.length() < 3 || !Character.isLetter(text.charAt(0))) {
      return Optional.empty();
    }
    Matcher matcher = SPECIAL.matcher(text);
    if (!matcher.matches()) {
      return Optional.empty();
    }
    String name = matcher.group(1).toLowerCase(Locale.US);
    String zone = matcher.group(2).trim();
    if (!NAMES.contains(name) || !zone.isEmpty() && (name.equals("now") || !validZone(zone))) {
      return Optional.empty();
    }
    return Optional.of(name);
  }

  private static boolean validZone(String zone) {
    try {
      SqlTimestampText.zoneId(zone);
      return true;
    } catch (java.time.DateTimeException e) {
      return false;
    }
  }
}
