package dev.ember.sql;

import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import dev.ember.plan.expressions.Expression;
import dev.ember.plan.expressions.SubqueryExpression;
import dev.ember.plan.expressions.WindowExpression;
import dev.ember.plan.logical.Aggregate;
import dev.ember.plan.logical.Deduplicate;
import dev.ember.plan.logical.Having;
import dev.ember.plan.logical.Join;
import dev.ember.plan.logical.JoinType;
import dev.ember.plan.logical.LogicalPlan;
import dev.ember.plan.logical.PivotAggregate;
import dev.ember.plan.logical.Project;
import dev.ember.plan.logical.RecursiveCte;
import dev.ember.plan.logical.RecursiveReference;
import dev.ember.plan.logical.SetOperation;
import dev.ember.plan.logical.SetOperationType;
import dev.ember.plan.logical.Sort;
import dev.ember.plan.logical.SubqueryAlias;
import java.lang.reflect.RecordComponent;
import java.util.Collection;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Predicate;
import java.util.function.Supplier;
import org.apache.spark.sql.catalyst.parser.SqlBaseParser;

/**
 * {@code WITH RECURSIVE} as Spark reads it: a CTE that reads itself is a {@link RecursiveCte} of its anchor (the left
 * of a top UNION ALL, which must not read it) and its step (the right); a CTE that does not read itself stays an
 * ordinary one. Spark's errors: INVALID_RECURSIVE_CTE (no UNION ALL at the top, the anchor or an inner CTE reading
 * it), UNION_NOT_SUPPORTED_IN_RECURSIVE_CTE, INVALID_RECURSIVE_REFERENCE.PLACE (read under an aggregate, a window,
 * a sort, a subquery expression or on the NULL-extended side of an outer join), and MAX RECURSION LEVEL without
 * RECURSIVE. A LIMIT right over a read of the CTE travels into it ({@link #limited}).
 */
final class SqlRecursiveCtes {
  private static final AtomicLong IDS = new AtomicLong();

  /** How many CTE definitions are being built, one inside the other. */
  private int definitionDepth;
  /** The depth each recursive CTE being defined is built at, by id. */
  private final Map<Long, Integer> depths = new HashMap<>();
  private final Set<Long> read = new HashSet<>();
  private final Set<Long> readByInnerCte = new HashSet<>();

  /** A CTE's definition built by {@code body}, counted as one level of CTE definitions. */
  LogicalPlan definition(Supplier<LogicalPlan> body) {
    definitionDepth++;
    try {
      return body.get();
    } finally {
      definitionDepth--;
    }
  }

  /** Notes that a query reads {@code plan}, a CTE: when it is a recursive reference, which definition reads it. */
  LogicalPlan noteRead(LogicalPlan plan) {
    if (plan instanceof SubqueryAlias alias && alias.input() instanceof RecursiveReference reference) {
      read.add(reference.id());
      if (definitionDepth > depths.getOrDefault(reference.id(), definitionDepth)) {
        readByInnerCte.add(reference.id());
      }
    }
    return plan;
  }

  static void requireRecursiveForMaxLevel(SqlBaseParser.CtesContext ctes) {
    if (ctes.RECURSIVE() == null && ctes.namedQuery().stream().anyMatch(named -> named.MAX() != null)) {
      throw SqlPipeOperators.operationNotAllowed("Cannot specify MAX RECURSION LEVEL when the CTE is not marked as "
          + "RECURSIVE");
    }
  }

  /**
   * The CTE {@code name} of {@code WITH RECURSIVE}, its definition built by {@code body} while {@code scope} names it
   * as the reference it may read; {@code columns} are its column aliases (empty without), applied by
   * {@code ordinary} when it does not read itself.
   */
  LogicalPlan define(SqlBaseParser.NamedQueryContext named, String name, List<String> columns,
      Map<String, LogicalPlan> scope, String key, Supplier<LogicalPlan> body,
      java.util.function.UnaryOperator<LogicalPlan> ordinary) {
    RecursiveReference reference = new RecursiveReference(name, IDS.incrementAndGet());
    scope.put(key, new SubqueryAlias(reference, name));
    depths.put(reference.id(), definitionDepth + 1);
    LogicalPlan plan;
    try {
      plan = definition(body);
    } finally {
      scope.remove(key);
      depths.remove(reference.id());
    }
    if (!read.remove(reference.id())) {
      return ordinary.apply(plan);
    }
    if (readByInnerCte.remove(reference.id())) {
      throw invalidRecursiveCte();
    }
    if (plan instanceof Deduplicate distinct && distinct.input() instanceof SetOperation union
        && union.type() == SetOperationType.UNION) {
      throw new EmberException(ErrorKind.ANALYSIS, "UNION_NOT_SUPPORTED_IN_RECURSIVE_CTE", "42836",
          "The UNION operator is not yet supported within recursive common table expressions (WITH clauses that "
              + "refer to themselves, directly or indirectly). Please use UNION ALL instead.", Map.of());
    }
    if (!(plan instanceof SetOperation union) || union.type() != SetOperationType.UNION || !union.all()
        || union.byName() || reads(union.left(), reference)) {
      throw invalidRecursiveCte();
    }
    requireAllowedPlaces(union.right(), reference, false);
    OptionalInt maxLevel = named.MAX() == null ? OptionalInt.empty()
        : OptionalInt.of(Integer.parseInt(named.integerValue().getText()));
    return new SubqueryAlias(new RecursiveCte(name, reference.id(), union.left(), union.right(), columns, maxLevel,
        OptionalLong.empty(), false), name);
  }

  /**
   * {@code plan} under a LIMIT ({@code rows} empty: LIMIT ALL): when it reads a recursive CTE through projections
   * only, the CTE stops at that many rows (and is not held to the row limit), as Spark pushes the limit into it.
   */
  static LogicalPlan limited(LogicalPlan plan, OptionalLong rows) {
    if (plan instanceof RecursiveCte cte) {
      return cte.limited(rows);
    }
    if (plan instanceof SubqueryAlias alias) {
      LogicalPlan input = limited(alias.input(), rows);
      return input == alias.input() ? plan : new SubqueryAlias(input, alias.alias());
    }
    if (plan instanceof Project project && project.expressions().stream().noneMatch(SqlRecursiveCtes::windowed)) {
      LogicalPlan input = limited(project.input(), rows);
      return input == project.input() ? plan : new Project(input, project.expressions());
    }
    return plan;
  }

  private static EmberException invalidRecursiveCte() {
    return new EmberException(ErrorKind.ANALYSIS, "INVALID_RECURSIVE_CTE", "42836",
        "Invalid recursive definition found. Recursive queries must contain an UNION or an UNION ALL statement with "
            + "2 children. The first child needs to be the anchor term without any recursive references. Any top "
            + "level inner CTE must not contain self references.", Map.of());
  }

  private static EmberException invalidPlace() {
    return new EmberException(ErrorKind.ANALYSIS, "INVALID_RECURSIVE_REFERENCE.PLACE", "42836",
        "Invalid recursive reference found inside WITH RECURSIVE clause. Recursive references cannot be used on the "
            + "right side of left outer/semi/anti joins, on the left side of right outer joins, in full outer joins, "
            + "in aggregates, window functions or sorts", Map.of());
  }

  /** Refuses a read of {@code reference} where Spark's recursion cannot take it ({@code forbidden}: below here). */
  private static void requireAllowedPlaces(LogicalPlan plan, RecursiveReference reference, boolean forbidden) {
    if (plan == reference) {
      if (forbidden) {
        throw invalidPlace();
      }
      return;
    }
    if (plan instanceof Join join) {
      JoinType type = join.type();
      requireAllowedPlaces(join.left(), reference, forbidden || type == JoinType.RIGHT_OUTER
          || type == JoinType.FULL_OUTER);
      requireAllowedPlaces(join.right(), reference, forbidden || type == JoinType.LEFT_OUTER
          || type == JoinType.LEFT_SEMI || type == JoinType.LEFT_ANTI || type == JoinType.FULL_OUTER);
      join.condition().ifPresent(condition -> requireNoSubqueryRead(condition, reference));
      return;
    }
    boolean below = forbidden || plan instanceof Aggregate || plan instanceof Having || plan instanceof Sort
        || plan instanceof PivotAggregate || plan instanceof Deduplicate
        || (plan instanceof Project project && project.expressions().stream().anyMatch(SqlRecursiveCtes::windowed));
    for (Object part : parts(plan)) {
      if (part instanceof LogicalPlan child) {
        requireAllowedPlaces(child, reference, below);
      } else if (part instanceof Expression expression) {
        requireNoSubqueryRead(expression, reference);
      }
    }
  }

  private static void requireNoSubqueryRead(Expression expression, RecursiveReference reference) {
    if (expression instanceof SubqueryExpression subquery) {
      if (reads(subquery.plan(), reference)) {
        throw invalidPlace();
      }
      return;
    }
    for (Object part : parts(expression)) {
      if (part instanceof Expression child) {
        requireNoSubqueryRead(child, reference);
      }
    }
  }

  private static boolean windowed(Expression expression) {
    return anyExpression(expression, WindowExpression.class::isInstance);
  }

  private static boolean anyExpression(Expression expression, Predicate<Expression> test) {
    if (test.test(expression)) {
      return true;
    }
    return parts(expression).stream().anyMatch(part -> part instanceof Expression child && anyExpression(child, test));
  }

  /** Whether {@code node} (a plan or an expression) or anything below it is {@code reference}. */
  static boolean reads(Object node, RecursiveReference reference) {
    return node == reference || parts(node).stream().anyMatch(part -> reads(part, reference));
  }

  /**
   * The plans and expressions a plan or expression node holds: its record components of those types, directly or in
   * a list or an optional. Plan and expression nodes are records, so one walk serves every kind.
   */
  private static List<Object> parts(Object node) {
    if (!(node instanceof Record record)) {
      return List.of();
    }
    java.util.ArrayList<Object> parts = new java.util.ArrayList<>();
    for (RecordComponent component : record.getClass().getRecordComponents()) {
      Object value;
      try {
        value = component.getAccessor().invoke(record);
      } catch (ReflectiveOperationException e) {
        throw new IllegalStateException(e);
      }
      addParts(value, parts);
    }
    return parts;
  }

  private static void addParts(Object value, List<Object> parts) {
    if (value instanceof LogicalPlan || value instanceof Expression) {
      parts.add(value);
    } else if (value instanceof Collection<?> collection) {
      collection.forEach(element -> addParts(element, parts));
    } else if (value instanceof Optional<?> optional) {
      optional.ifPresent(element -> addParts(element, parts));
    }
  }
}
