package dev.ember.analyzer;

import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import dev.ember.plan.expressions.SortOrder;
import dev.ember.plan.expressions.UnresolvedFunction;
import dev.ember.plan.expressions.UserFunctionCall;
import dev.ember.plan.expressions.WindowExpression;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.resolved.BoundSortOrder;
import dev.ember.plan.resolved.Call;
import dev.ember.plan.resolved.ResolvedFrame;
import dev.ember.plan.resolved.UserFunctionResult;
import dev.ember.plan.resolved.WindowCall;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;

/**
 * {@code function.over(window)}: binds the function (an aggregate or a window function), the
 * partition and order keys, settles the frame as Spark's ResolveWindowFrame/ResolveWindowOrder do,
 * and names the result {@code function OVER (PARTITION BY ... ORDER BY ... frame)}.
 */
final class WindowResolver {
  private final ExpressionResolver resolver;

  WindowResolver(ExpressionResolver resolver) {
    this.resolver = resolver;
  }

  BoundColumn resolve(WindowExpression unordered) {
    WindowExpression window = WithinGroupAggregates.overWindow(unordered, resolver);
    BoundColumn function = resolveFunction(window);
    // a user aggregate (a grouped aggregate pandas UDF) over a window: the function of each row's frame, whose
    // inputs the window gathers as a group's
    UserFunctionResult userAggregate = function.expression() instanceof UserFunctionResult result ? result : null;
    Call call = userAggregate != null ? (Call) userAggregate.arguments().get(0) : (Call) function.expression();
    List<BoundExpression> partitions = new ArrayList<>();
    List<String> parts = new ArrayList<>();
    List<String> partitionNames = new ArrayList<>();
    for (var partition : window.partitionBy()) {
      BoundColumn bound = resolver.resolve(partition);
      partitions.add(bound.expression());
      partitionNames.add(bound.name());
    }
    if (!partitionNames.isEmpty()) {
      parts.add("PARTITION BY " + String.join(", ", partitionNames));
    }
    List<BoundSortOrder> orders = new ArrayList<>();
    List<String> orderNames = new ArrayList<>();
    for (SortOrder order : window.orderBy()) {
      BoundColumn bound = resolver.resolve(order.child());
      orders.add(new BoundSortOrder(bound.expression(), order.ascending(), order.nullsFirst()));
      orderNames.add(bound.name() + (order.ascending() ? " ASC" : " DESC")
          + (order.nullsFirst() ? " NULLS FIRST" : " NULLS LAST"));
    }
    if (!orderNames.isEmpty()) {
      parts.add("ORDER BY " + String.join(", ", orderNames));
    }
    boolean windowFunction = WindowFunctions.isWindowCall(call.function());
    if (windowFunction && orders.isEmpty()) {
      String name = WindowFunctions.prettyName(call);
      throw new EmberException(ErrorKind.ANALYSIS, "WINDOW_FUNCTION_FRAME_NOT_ORDERED", "42601",
          "Window function " + name + " requires the window to be ordered. You need to add an ORDER BY clause. "
              + "For example: SELECT " + function.name() + " OVER (PARTITION BY window_partition ORDER BY "
              + "window_ordering) FROM table.",
          Map.of("wf_name", name, "wf_expr", function.name()));
    }
    ResolvedFrame frame = frame(window, call, !orders.isEmpty());
    if (window.frame().isPresent()) {
      frame = WindowFrames.coerced(frame, orders);
    }
    parts.add(frame.sql());
    String spec = "(" + String.join(" ", parts) + ")";
    if (window.frame().isPresent()) {
      WindowFrames.check(frame, orders, orderNames, spec);
    }
    String name = function.name() + " OVER " + spec;
    if (window.function() instanceof UnresolvedFunction unresolved && unresolved.distinct()) {
      throw new EmberException(ErrorKind.ANALYSIS, "DISTINCT_WINDOW_FUNCTION_UNSUPPORTED", "0A000",
          "Distinct window functions are not supported: \"" + name + "\".",
          Map.of("windowExpr", "\"" + name + "\""));
    }
    WindowCall windowCall = new WindowCall(call, partitions, orders, frame);
    if (userAggregate != null) {
      return new BoundColumn(new UserFunctionResult(userAggregate.function(), List.of(windowCall),
          userAggregate.result(), true), name);
    }
    return new BoundColumn(windowCall, name);
  }

  /** Only aggregates and window functions can run over a window. */
  private BoundColumn resolveFunction(WindowExpression window) {
    if (window.function() instanceof UserFunctionCall user && user.function().aggregates() && !user.distinct()) {
      BoundColumn bound = resolver.resolve(user);
      if (bound.expression() instanceof UserFunctionResult result && result.arguments().size() == 1
          && result.arguments().get(0) instanceof Call) {
        return bound;
      }
    }
    Optional<List<dev.ember.plan.expressions.Expression>> filtered = window.function() instanceof UnresolvedFunction call
        ? dev.ember.plan.expressions.AggregateFilters.parts(call) : Optional.empty();
    if (filtered.isPresent()) {
      // aggregate(x) FILTER (WHERE condition) OVER (...): the window aggregate of the rows the condition keeps
      return FilteredAggregates.resolve(resolver, resolver, filtered.get(), resolver::resolveWindowFunction);
    }
    if (window.function() instanceof UnresolvedFunction function) {
      Optional<FunctionDefinition> definition = FunctionRegistry.lookup(function.name());
      if (definition.isPresent()
          && (definition.get().aggregate() || WindowFunctions.isWindowOnly(definition.get().name()))) {
        BoundColumn bound = resolver.resolveWindowFunction(function);
        if (bound.expression() instanceof Call) {
          return bound;
        }
      }
    }
    String name = resolver.resolve(window.function()).name();
    throw new EmberException(ErrorKind.ANALYSIS, "UNSUPPORTED_EXPR_FOR_WINDOW", "42P20",
        "Expression \"" + name + "\" not supported within a window function.", Map.of("sqlExpr", "\"" + name + "\""));
  }

  private static ResolvedFrame frame(WindowExpression window, Call call, boolean ordered) {
    Optional<ResolvedFrame> specified = window.frame().map(WindowFrames::resolve);
    Optional<ResolvedFrame> required = WindowFunctions.requiredFrame(call);
    if (required.isEmpty()) {
      return specified.orElseGet(() -> WindowFrames.defaultFrame(ordered));
    }
    if (specified.isPresent() && !specified.get().equals(required.get())) {
      if (WindowFunctions.isOffset(call.function())) {
        String name = WindowFunctions.prettyName(call);
        throw new EmberException(ErrorKind.ANALYSIS, "_LEGACY_ERROR_TEMP_1035", null,
            "Cannot specify window frame for " + name + " function.", Map.of("prettyName", name));
      }
      String wf = WindowFrames.expressionString(specified.get());
      String requiredText = WindowFrames.expressionString(required.get());
      throw new EmberException(ErrorKind.ANALYSIS, "_LEGACY_ERROR_TEMP_1036", null,
          "Window Frame " + wf + " must match the required frame " + requiredText + ".",
          Map.of("wf", wf, "required", requiredText));
    }
    return required.get();
  }

  /** Window functions are computed after WHERE: Spark rejects them there. */
  static BoundExpression requireNoWindow(BoundExpression expression, String clauseName) {
    if (containsWindow(expression)) {
      throw new EmberException(ErrorKind.ANALYSIS, "WINDOW_FUNCTION_NOT_ALLOWED_IN_CLAUSE", "42601",
          "It is not allowed to use window functions inside " + clauseName + " clause.",
          Map.of("clauseName", clauseName));
    }
    return expression;
  }

  private static boolean containsWindow(BoundExpression expression) {
    if (expression instanceof WindowCall) {
      return true;
    }
    if (expression instanceof Call call) {
      return call.arguments().stream().anyMatch(WindowResolver::containsWindow);
    }
    if (expression instanceof dev.ember.plan.resolved.BoundCast cast) {
      return containsWindow(cast.child());
    }
    if (expression instanceof dev.ember.plan.resolved.FieldAccess access) {
      return containsWindow(access.child());
    }
    return false;
  }
}
