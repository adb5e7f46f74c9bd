package dev.ember.analyzer;

import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import dev.ember.plan.expressions.Alias;
import dev.ember.plan.expressions.Cast;
import dev.ember.plan.expressions.Expression;
import dev.ember.plan.expressions.ExtractValue;
import dev.ember.plan.expressions.SortOrder;
import dev.ember.plan.expressions.UnresolvedAttribute;
import dev.ember.plan.expressions.UnresolvedFunction;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;

/**
 * Lateral column aliases (Spark's {@code spark.sql.lateralColumnAlias.enableImplicitResolution}, on by default): in a
 * select list, a name no input column has may name an alias defined to its left — {@code SELECT sum(x) AS a, a + 1
 * AS b}. Each such name is replaced by the aliased expression, still named as the alias, so the column computes the
 * same value and keeps Spark's name ({@code (a + 1)}). An alias over a nondeterministic expression is not copied
 * (its two copies would draw different values): the select list is then computed in two steps instead.
 */
final class LateralColumnAliases {
  private static final Set<String> NONDETERMINISTIC = Set.of("rand", "randn", "random", "uuid", "shuffle", "uniform",
      "randstr", "monotonically_increasing_id", "spark_partition_id");

  private static final Set<String> GENERATORS = Set.of("explode", "explode_outer", "posexplode", "posexplode_outer",
      "inline", "inline_outer", "stack", "json_tuple", "variant_explode", "variant_explode_outer");

  /** How Spark names a lateral reference inside a column's name: {@code (lateralAliasReference(s) * 10)}. */
  private static final String REFERENCE = "lateralAliasReference";

  private final NameMatcher names;
  private final Predicate<UnresolvedAttribute> inInput;
  private final boolean generatorsReferable;

  /**
   * {@code inInput}: whether a name resolves without the select list (an input or outer column);
   * {@code generatorsReferable}: whether a generator's alias may be named (in a projection, not an aggregation).
   */
  LateralColumnAliases(NameMatcher names, Predicate<UnresolvedAttribute> inInput, boolean generatorsReferable) {
    this.names = names;
    this.inInput = inInput;
    this.generatorsReferable = generatorsReferable;
  }

  /** Lateral aliases over the input {@code resolver} resolves names in. */
  static LateralColumnAliases over(Analyzer analyzer, ExpressionResolver resolver, boolean generatorsReferable) {
    return new LateralColumnAliases(analyzer.names(), attribute -> {
      try {
        // a lateral alias wins over a SQL function's parameter of the same name
        analyzer.sqlFunctionCalls().hidingParameters(() -> resolver.resolve(attribute));
        return true;
      } catch (EmberException notAnInputColumn) {
        return false;
      }
    }, generatorsReferable);
  }

  /**
   * The select list with its lateral references inlined; unchanged when it has none, or when one reads a
   * nondeterministic alias or a generator's column (those need {@link #twoSteps}).
   */
  List<Expression> inlineIfDeterministic(List<Expression> selectList) {
    if (!referencesLaterally(selectList) || readsNondeterministic(selectList)) {
      return selectList;
    }
    return inline(selectList);
  }

  /**
   * A select list whose lateral references read a nondeterministic alias or a generator's column, computed in two
   * steps as Spark does: first the input's columns and every alias referenced (then hidden, so that the second
   * step's {@code *} leaves them out), then the select list reading them. Empty when it needs no such steps.
   */
  java.util.Optional<TwoSteps> twoSteps(List<Expression> selectList) {
    if (!referencesLaterally(selectList) || !readsNondeterministic(selectList)) {
      return java.util.Optional.empty();
    }
    List<Alias> left = new ArrayList<>();
    List<Alias> referenced = new ArrayList<>();
    for (Expression item : selectList) {
      for (Alias alias : lateral(item, left)) {
        if (referenced.stream().noneMatch(known -> known == alias)) {
          referenced.add(alias);
        }
      }
      if (item instanceof Alias alias) {
        left.add(alias);
      }
    }
    List<Expression> first = new ArrayList<>();
    first.add(new dev.ember.plan.expressions.UnresolvedStar(List.of(), java.util.OptionalLong.empty()));
    List<String> internal = new ArrayList<>();
    for (Alias alias : referenced) {
      internal.add(alias.name());
      first.add(alias);
    }
    List<Expression> second = new ArrayList<>();
    left.clear();
    for (Expression item : selectList) {
      int position = indexOf(referenced, item);
      Expression read = position >= 0
          ? new Alias(UnresolvedAttribute.of(internal.get(position)), ((Alias) item).name())
          : item instanceof UnresolvedAttribute bare ? referenced(bare, left)
              .<Expression>map(alias -> new Alias(UnresolvedAttribute.of(alias.name()), alias.name())).orElse(item)
          : replaceWith(item, left, alias -> {
              int at = indexOf(referenced, alias);
              return new Alias(UnresolvedAttribute.of(internal.get(at)), REFERENCE + "(" + alias.name() + ")");
            });
      second.add(read);
      if (item instanceof Alias alias) {
        left.add(alias);
      }
    }
    return java.util.Optional.of(new TwoSteps(first, internal, second));
  }

  /** The first step's select list, the names of the aliases it adds, the second step's list. */
  record TwoSteps(List<Expression> first, List<String> aliasNames, List<Expression> second) {
  }

  private static int indexOf(List<Alias> aliases, Expression item) {
    for (int index = 0; index < aliases.size(); index++) {
      if (aliases.get(index) == item) {
        return index;
      }
    }
    return -1;
  }

  /** Whether any item of the select list names an alias to its left that no input column shadows. */
  boolean referencesLaterally(List<Expression> selectList) {
    List<Alias> left = new ArrayList<>();
    for (Expression item : selectList) {
      if (!lateral(item, left).isEmpty()) {
        return true;
      }
      if (item instanceof Alias alias) {
        left.add(alias);
      }
    }
    return false;
  }

  /** Whether the lateral references of the select list read a nondeterministic alias (copying would change it). */
  boolean readsNondeterministic(List<Expression> selectList) {
    List<Alias> left = new ArrayList<>();
    for (Expression item : selectList) {
      for (Alias referenced : lateral(item, left)) {
        if (nondeterministic(referenced.child())) {
          return true;
        }
      }
      if (item instanceof Alias alias) {
        left.add(alias);
      }
    }
    return false;
  }

  /** The select list with every lateral reference replaced by the expression it names. */
  List<Expression> inline(List<Expression> selectList) {
    List<Alias> left = new ArrayList<>();
    List<Expression> inlined = new ArrayList<>();
    for (Expression item : selectList) {
      // a bare reference is named as the alias it reads; inside an expression, as lateralAliasReference(name)
      Expression replaced = item instanceof UnresolvedAttribute bare
          ? referenced(bare, left).<Expression>map(alias -> new Alias(alias.child(), alias.name())).orElse(item)
          : replace(item, left);
      inlined.add(replaced);
      if (item instanceof Alias && replaced instanceof Alias alias) {
        left.add(alias);
      }
    }
    return inlined;
  }

  private List<Alias> lateral(Expression item, List<Alias> left) {
    List<Alias> found = new ArrayList<>();
    collect(item, left, found);
    return found;
  }

  private void collect(Expression expression, List<Alias> left, List<Alias> found) {
    if (expression instanceof UnresolvedAttribute attribute) {
      referenced(attribute, left).ifPresent(found::add);
      return;
    }
    WrittenExpressions.children(expression).forEach(child -> collect(child, left, found));
  }

  private Expression replace(Expression expression, List<Alias> left) {
    return replaceWith(expression, left,
        alias -> new Alias(alias.child(), REFERENCE + "(" + alias.name() + ")"));
  }

  private Expression replaceWith(Expression expression, List<Alias> left,
      java.util.function.Function<Alias, Expression> reading) {
    if (expression instanceof UnresolvedAttribute attribute) {
      return referenced(attribute, left).map(reading).orElse(expression);
    }
    if (expression instanceof Alias alias) {
      return new Alias(replaceWith(alias.child(), left, reading), alias.name());
    }
    if (expression instanceof UnresolvedFunction function) {
      return new UnresolvedFunction(function.name(), function.arguments().stream()
          .map(argument -> replaceWith(argument, left, reading)).toList(), function.distinct());
    }
    if (expression instanceof Cast cast) {
      return new Cast(replaceWith(cast.child(), left, reading), cast.targetType(), cast.tryCast());
    }
    if (expression instanceof ExtractValue extract) {
      return new ExtractValue(replaceWith(extract.child(), left, reading), extract.extraction());
    }
    if (expression instanceof SortOrder order) {
      return new SortOrder(replaceWith(order.child(), left, reading), order.ascending(), order.nullsFirst());
    }
    return expression;
  }

  /** The alias to the left a one-part name names, when no input column has the name. */
  private java.util.Optional<Alias> referenced(UnresolvedAttribute attribute, List<Alias> left) {
    if (attribute.nameParts().size() != 1 || attribute.planId().isPresent()) {
      return java.util.Optional.empty();
    }
    String name = attribute.nameParts().get(0);
    // an aggregation's generator makes its rows after the aggregates: Spark leaves a name of its column unresolved
    List<Alias> named = left.stream().filter(alias -> names.same(alias.name(), name)).toList();
    List<Alias> matches = named.stream()
        .filter(alias -> generatorsReferable || !(alias.child() instanceof UnresolvedFunction function
            && GENERATORS.contains(function.name().toLowerCase(java.util.Locale.ROOT)))).toList();
    if (matches.isEmpty() || inInput.test(attribute)) {
      return java.util.Optional.empty();
    }
    // a generator's alias of the name counts towards the ambiguity even where it cannot be read
    if (named.size() > 1) {
      throw new EmberException(ErrorKind.ANALYSIS, "AMBIGUOUS_LATERAL_COLUMN_ALIAS", "42702",
          "Lateral column alias " + attribute.quotedName() + " is ambiguous and has " + named.size()
              + " matches.", Map.of("name", attribute.quotedName(), "n", Integer.toString(named.size())));
    }
    return java.util.Optional.of(matches.get(0));
  }

  private static boolean nondeterministic(Expression expression) {
    if (expression instanceof UnresolvedFunction function
        && (NONDETERMINISTIC.contains(function.name().toLowerCase(java.util.Locale.ROOT))
            || GENERATORS.contains(function.name().toLowerCase(java.util.Locale.ROOT)))) {
      return true;
    }
    return WrittenExpressions.children(expression).stream().anyMatch(LateralColumnAliases::nondeterministic);
  }
}
