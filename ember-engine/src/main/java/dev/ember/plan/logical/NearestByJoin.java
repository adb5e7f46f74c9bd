package dev.ember.plan.logical;

import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import dev.ember.plan.expressions.Expression;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Objects;

/**
 * {@code left.nearestByJoin(right, ranking, k, mode, direction, joinType)} (Spark 4.2): for each left row,
 * the {@code numResults} right rows with the largest ranking ({@code similarity}) or the smallest
 * ({@code distance}); {@code type} is INNER or LEFT_OUTER. Spark runs the approximate and the exact mode
 * alike (the exact answer), so the mode is only checked.
 */
public record NearestByJoin(LogicalPlan left, LogicalPlan right, Expression ranking, int numResults, JoinType type,
    boolean similarity) implements LogicalPlan {
  /** Spark's bound on {@code numResults} ({@code NearestByJoinValidation.MaxNumResults}). */
  public static final int MAX_NUM_RESULTS = 100_000;

  private static final List<String> MODES = List.of("approx", "exact");
  private static final List<String> DIRECTIONS = List.of("distance", "similarity");

  public NearestByJoin {
    Objects.requireNonNull(left, "left");
    Objects.requireNonNull(right, "right");
    Objects.requireNonNull(ranking, "ranking");
    if (type != JoinType.INNER && type != JoinType.LEFT_OUTER) {
      throw new IllegalArgumentException("a nearest-by join is inner or left outer: " + type);
    }
  }

  /** The join from the strings of the Connect relation, checked as Spark checks them. */
  public static NearestByJoin of(LogicalPlan left, LogicalPlan right, Expression ranking, int numResults,
      String joinType, String mode, String direction) {
    if (numResults < 1 || numResults > MAX_NUM_RESULTS) {
      throw invalid("NUM_RESULTS_OUT_OF_RANGE", numResultsOutOfRange(Integer.toString(numResults)),
          numResultsParameters(Integer.toString(numResults)));
    }
    JoinType type = switch (joinType.toLowerCase(Locale.ROOT).replace("_", "")) {
      case "inner" -> JoinType.INNER;
      case "leftouter", "left" -> JoinType.LEFT_OUTER;
      default -> throw invalid("UNSUPPORTED_JOIN_TYPE", "Unsupported nearest-by join type " + joinType + ". Supported types: 'INNER', 'LEFT OUTER'.",
          Map.of("joinType", joinType, "supported", "'INNER', 'LEFT OUTER'"));
    };
    String normalizedMode = mode.toLowerCase(Locale.ROOT);
    if (!MODES.contains(normalizedMode)) {
      throw invalid("UNSUPPORTED_MODE", "Unsupported nearest-by join mode '" + mode + "'. Supported modes include: "
          + quoted(MODES) + ".",
          Map.of("mode", mode, "supported", quoted(MODES)));
    }
    String normalizedDirection = direction.toLowerCase(Locale.ROOT);
    if (!DIRECTIONS.contains(normalizedDirection)) {
      throw invalid("UNSUPPORTED_DIRECTION", "Unsupported nearest-by join direction '" + direction
          + "'. Supported nearest-by join directions include: " + quoted(DIRECTIONS) + ".",
          Map.of("direction", direction, "supported", quoted(DIRECTIONS)));
    }
    return new NearestByJoin(left, right, ranking, numResults, type, normalizedDirection.equals("similarity"));
  }

  /** The message of NUM_RESULTS_OUT_OF_RANGE for {@code numResults} as written. */
  public static String numResultsOutOfRange(String numResults) {
    return "The number of results " + numResults + " must be between 1 and " + MAX_NUM_RESULTS
        + ". Update the literal in `APPROX NEAREST " + numResults + " BY ...` (or `EXACT NEAREST " + numResults
        + " BY ...`) to fall within that range.";
  }

  /** The parameters of NUM_RESULTS_OUT_OF_RANGE. */
  public static Map<String, String> numResultsParameters(String numResults) {
    return Map.of("numResults", numResults, "min", "1", "max", Integer.toString(MAX_NUM_RESULTS));
  }

  /** Spark's {@code NEAREST_BY_JOIN.<subclass>} analysis error. */
  public static EmberException invalid(String subclass, String message, Map<String, String> parameters) {
    return new EmberException(ErrorKind.ANALYSIS, "NEAREST_BY_JOIN." + subclass, "42604",
        "Invalid nearest-by join. " + message, parameters);
  }

  private static String quoted(List<String> values) {
    return "'" + String.join("', '", values) + "'";
  }
}
