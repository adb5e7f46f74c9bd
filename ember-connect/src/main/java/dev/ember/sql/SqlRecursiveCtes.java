package dev.ember.sql;

import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import dev.ember.plan.errors.RecursionErrors;
import dev.ember.plan.logical.Deduplicate;
import dev.ember.plan.logical.LogicalPlan;
import dev.ember.plan.logical.PlanParts;
import dev.ember.plan.logical.Project;
import dev.ember.plan.logical.RecursiveCte;
import dev.ember.plan.logical.RecursiveReference;
import dev.ember.plan.logical.SetOperation;
import dev.ember.plan.logical.SetOperationType;
import dev.ember.plan.logical.SubqueryAlias;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.OptionalInt;
import java.util.OptionalLong;
import java.util.Set;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Supplier;
import org.apache.spark.sql.catalyst.parser.SqlBaseParser;

/**
 * {@code WITH RECURSIVE} as Spark reads it: a CTE that reads itself is a {@link RecursiveCte} of its anchor (the left
 * of a top UNION ALL, which must not read it) and its step (the right); a CTE that does not read itself stays an
 * ordinary one. Spark's errors: INVALID_RECURSIVE_CTE (no UNION ALL at the top, the anchor or an inner CTE reading
 * it), UNION_NOT_SUPPORTED_IN_RECURSIVE_CTE, INVALID_RECURSIVE_REFERENCE.PLACE (read under an aggregate, a window,
 * a sort, a subquery expression or on the NULL-extended side of an outer join: the analyzer's
 * {@code RecursiveReferencePlaces}), and MAX RECURSION LEVEL without
 * RECURSIVE. A LIMIT right over a read of the CTE travels into it ({@link #limited}).
 */
final class SqlRecursiveCtes {
  private static final AtomicLong IDS = new AtomicLong();

  /** The recursive CTEs being defined. */
  private final Set<SqlBaseParser.NamedQueryContext> defining = new HashSet<>();
  /** How many inner CTEs at the top of a recursive CTE's definition are being defined, one inside the other. */
  private int topLevelInnerCtes;
  private final Set<Long> read = new HashSet<>();
  private final Set<Long> readByInnerCte = new HashSet<>();

  /**
   * The definition of a CTE of {@code query}'s WITH clause, built by {@code body}; when {@code query} is a recursive
   * CTE's own definition, the CTE is one of its top-level inner CTEs, which must not read it.
   */
  LogicalPlan definition(org.antlr.v4.runtime.ParserRuleContext query, Supplier<LogicalPlan> body) {
    boolean topLevelInner = query.getParent() instanceof SqlBaseParser.NamedQueryContext named
        && defining.contains(named);
    if (topLevelInner) {
      topLevelInnerCtes++;
    }
    try {
      return body.get();
    } finally {
      if (topLevelInner) {
        topLevelInnerCtes--;
      }
    }
  }

  /** Notes that a query reads {@code plan}, a CTE: when it is a recursive reference, whether an inner CTE does. */
  LogicalPlan noteRead(LogicalPlan plan) {
    if (plan instanceof SubqueryAlias alias && alias.input() instanceof RecursiveReference reference) {
      read.add(reference.id());
      if (topLevelInnerCtes > 0) {
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
    defining.add(named);
    LogicalPlan plan;
    try {
      plan = body.get();
    } finally {
      scope.remove(key);
      defining.remove(named);
    }
    if (!read.remove(reference.id())) {
      return ordinary.apply(plan);
    }
    if (readByInnerCte.remove(reference.id())) {
      throw RecursionErrors.invalidRecursiveCte();
    }
    if (plan instanceof Deduplicate distinct && distinct.input() instanceof SetOperation union
        && union.type() == SetOperationType.UNION) {
      throw new EmberException(ErrorKind.ANALYSIS, "UNION_NOT_SUPPORTED_IN_RECURSIVE_CTE", "42836",
          "The UNION operator is not yet supported within recursive common table expressions (WITH clauses that "
              + "refer to themselves, directly or indirectly). Please use UNION ALL instead.", Map.of());
    }
    if (!(plan instanceof SetOperation union) || union.type() != SetOperationType.UNION || !union.all()
        || union.byName() || PlanParts.reads(union.left(), reference)) {
      throw RecursionErrors.invalidRecursiveCte();
    }
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
    if (plan instanceof Project project && project.expressions().stream().noneMatch(PlanParts::windowed)) {
      LogicalPlan input = limited(project.input(), rows);
      return input == project.input() ? plan : new Project(input, project.expressions());
    }
    return plan;
  }

}
