package dev.ember.analyzer;

import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import dev.ember.plan.errors.SparkErrors;
import dev.ember.plan.expressions.Alias;
import dev.ember.plan.expressions.Cast;
import dev.ember.plan.expressions.Expression;
import dev.ember.plan.expressions.Literal;
import dev.ember.plan.expressions.SortOrder;
import dev.ember.plan.expressions.UnresolvedAttribute;
import dev.ember.plan.expressions.UnresolvedFunction;
import dev.ember.plan.expressions.UnresolvedStar;
import dev.ember.plan.expressions.WindowExpression;
import dev.ember.plan.resolved.Attribute;
import dev.ember.plan.resolved.BoundCast;
import dev.ember.plan.resolved.BoundExpression;
import dev.ember.plan.types.AtomicType;
import java.time.ZoneId;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;

/**
 * Binds an expression to the columns of one input scope, resolves functions through the function
 * table and derives the column name Spark would give it.
 */
final class ExpressionResolver {
  private final Analyzer analyzer;
  private final Scope scope;
  private final NameMatcher names;
  private final boolean allowAggregates;
  private final ColumnResolver columns;
  private final ZoneId timeZone;
  private final boolean ansi;
  private final LambdaScope lambdas;
  /** Whether this resolves a select list, the only place a generator may appear (at the top). */
  private final boolean selectList;
  /** Whether this resolves an aggregate function's arguments, where another aggregate is NESTED_AGGREGATE_FUNCTION. */
  private final boolean aggregateArguments;

  /**
   * Resolves against {@code scope}, then the scopes of the queries around it when it is a subquery's. Without ANSI
   * mode (spark.sql.ansi.enabled=false) failing casts and divisions give NULL.
   */
  /** Whether percentile_disc computes as before Spark 3.5 (WITHIN GROUP calls). */
  boolean legacyPercentileDisc() {
    return analyzer.legacyPercentileDisc();
  }

  ExpressionResolver(Analyzer analyzer, Scope scope, boolean allowAggregates) {
    this(analyzer, scope, allowAggregates, Map.of(), new java.util.HashSet<>(), false, false);
  }

  private ExpressionResolver(Analyzer analyzer, Scope scope, boolean allowAggregates,
      Map<String, dev.ember.plan.resolved.LambdaParameter> lambdaParameters, java.util.Set<String> lambdaNames,
      boolean selectList, boolean aggregateArguments) {
    this.analyzer = analyzer;
    this.scope = scope;
    this.names = analyzer.names();
    this.allowAggregates = allowAggregates;
    this.columns = new ColumnResolver(scope, names, analyzer.outerScopes().current(), analyzer.variables());
    this.timeZone = analyzer.timeZone();
    this.ansi = analyzer.ansi();
    this.lambdas = new LambdaScope(this, lambdaParameters, lambdaNames);
    this.selectList = selectList;
    this.aggregateArguments = aggregateArguments;
  }

  /** The resolver of an aggregate function's arguments: the same columns, no aggregate allowed. */
  ExpressionResolver forAggregateArguments() {
    return new ExpressionResolver(analyzer, scope, false, Map.of(), new java.util.HashSet<>(), false, true);
  }

  /** The resolver for a lambda body: the same columns plus the lambda parameters. */
  ExpressionResolver withLambdas(Map<String, dev.ember.plan.resolved.LambdaParameter> parameters,
      java.util.Set<String> lambdaNames) {
    return new ExpressionResolver(analyzer, scope, allowAggregates, parameters, lambdaNames, selectList,
        aggregateArguments);
  }

  /** The same resolver for the columns of a select (generators allowed at the top). */
  ExpressionResolver forSelectList() {
    return new ExpressionResolver(analyzer, scope, allowAggregates, Map.of(), new java.util.HashSet<>(), true,
        aggregateArguments);
  }

  /**
   * Resolves a top-level column of a projection. A cast directly over a column keeps the column's
   * name ({@code col("id").cast("string")} is named {@code id}), as Spark's Column.named does.
   */
  BoundColumn resolveTopLevel(Expression expression) {
    BoundColumn bound = resolve(expression);
    if (expression instanceof UnresolvedAttribute attribute) {
      if (bound.expression() instanceof dev.ember.plan.resolved.FieldAccess) {
        // s.a alone is named a, as Spark aliases a resolved field by the name's last part
        bound = new BoundColumn(bound.expression(), attribute.nameParts().get(attribute.nameParts().size() - 1));
      }
      if (bound.expression() instanceof dev.ember.plan.resolved.OuterReference reference) {
        String written = attribute.nameParts().get(attribute.nameParts().size() - 1);
        String name = reference.attribute().name();
        bound = new BoundColumn(reference, names.same(written, name) ? written : name);
      }
      return VariableReferences.namedAsWritten(bound, attribute);
    }
    Expression inner = expression;
    while (inner instanceof Cast cast) {
      inner = cast.child();
    }
    if (inner != expression && (inner instanceof UnresolvedAttribute || inner instanceof Alias)) {
      return new BoundColumn(bound.expression(), resolve(inner).name());
    }
    return bound;
  }

  BoundColumn resolve(Expression expression) {
    dev.ember.plan.origin.SqlOrigin origin = analyzer.origins().of(expression);
    if (origin == null) {
      return resolveExpression(expression);
    }
    BoundColumn bound;
    try {
      bound = resolveExpression(expression);
    } catch (EmberException e) {
      throw e.withQueryContext(origin);
    }
    analyzer.runtimeOrigins().note(bound.expression(), origin);
    return bound;
  }

  private BoundColumn resolveExpression(Expression expression) {
    if (expression instanceof Literal literal) {
      String name = LiteralNames.pretty(literal, timeZone);
      // a string literal of a view with a DEFAULT COLLATION has that collation
      if (literal.dataType() == dev.ember.plan.types.AtomicType.STRING
          && analyzer.stringLiteralType() instanceof dev.ember.plan.types.CollatedStringType collated) {
        // named as Spark writes a literal of a collation
        return new BoundColumn(new Literal(literal.value(), collated), literal.value() == null ? name
            : LiteralNames.sql(literal) + " collate " + collated.collation());
      }
      return new BoundColumn(literal, name);
    }
    if (expression instanceof UnresolvedAttribute attribute) {
      return columns.resolveAttribute(attribute);
    }
    if (expression instanceof Alias alias) {
      return new BoundColumn(resolve(alias.child()).expression(), alias.name());
    }
    if (expression instanceof dev.ember.plan.expressions.MultiAlias alias) {
      BoundColumn child = resolve(alias.child());
      if (!(child.expression() instanceof dev.ember.plan.resolved.Generator)) {
        // Spark's MultiAlias names a generator's columns only
        String names = String.join(", ", alias.names());
        throw new EmberException(ErrorKind.ANALYSIS, "MULTI_ALIAS_WITHOUT_GENERATOR", "42K0E",
            "Multi part aliasing (" + names + ") is not supported with \"" + child.name()
                + "\" as it is not a generator function.",
            Map.of("names", names, "expr", "\"" + child.name() + "\""));
      }
      return new BoundColumn(child.expression(), String.join(", ", alias.names()));
    }
    if (expression instanceof Cast cast) {
      return resolveCast(cast);
    }
    if (expression instanceof dev.ember.plan.expressions.ExtractValue extract) {
      BoundColumn extracted = ValueExtraction.resolve(resolve(extract.child()), resolve(extract.extraction()), names);
      return ansi ? extracted : new BoundColumn(LenientArithmetic.lenient(extracted.expression()), extracted.name());
    }
    if (expression instanceof UnresolvedFunction function) {
      if (function.name().equals(dev.ember.plan.expressions.InlineTableValues.NAME)) {
        return InlineTableChecks.evaluable(resolve(function.arguments().get(0)));
      }
      if (function.name().equals(dev.ember.plan.expressions.ValuesSubqueries.NAME)) {
        throw new EmberException(ErrorKind.ANALYSIS, "UNSUPPORTED_SUBQUERY_EXPRESSION_CATEGORY.SCALAR_SUBQUERY_IN_VALUES",
            "0A000", "Unsupported subquery expression: Scalar subqueries in the VALUES clause.", Map.of());
      }
      java.util.Optional<List<Expression>> filtered = dev.ember.plan.expressions.AggregateFilters.parts(function);
      if (filtered.isPresent()) {
        return FilteredAggregates.resolve(this, new ExpressionResolver(analyzer, scope, false),
            filtered.get());
      }
      java.util.Optional<dev.ember.plan.expressions.PipeExpressions.Parts> piped =
          dev.ember.plan.expressions.PipeExpressions.parts(function);
      java.util.Optional<Integer> position = dev.ember.plan.expressions.PipeExpressions.inputColumnPosition(function);
      if (position.isPresent()) {
        return PipeExpressionChecks.inputColumn(scope, position.get());
      }
      if (piped.isPresent()) {
        return PipeExpressionChecks.resolve(piped.get().aggregate() ? this
            : new ExpressionResolver(analyzer, scope, true), piped.get());
      }
      java.util.Optional<dev.ember.plan.expressions.WithinGroup.Parts> ordered =
          dev.ember.plan.expressions.WithinGroup.parts(function);
      if (ordered.isPresent()) {
        return WithinGroupAggregates.resolve(this, new ExpressionResolver(analyzer, scope, false), ordered.get());
      }
      return resolveFunction(function);
    }
    if (expression instanceof dev.ember.plan.expressions.UserFunctionCall call) {
      return UserFunctionCalls.resolve(this, analyzer, call);
    }
    if (expression instanceof dev.ember.plan.expressions.SubqueryExpression subquery) {
      return new SubqueryResolver(analyzer, this, scope).resolve(subquery);
    }
    if (expression instanceof WindowExpression window) {
      return new WindowResolver(this).resolve(window);
    }
    if (expression instanceof dev.ember.plan.expressions.LambdaVariable variable) {
      java.util.Optional<BoundColumn> argument = analyzer.builtCalls().argument(variable);
      if (argument.isPresent()) {
        return argument.get();
      }
      return lambdas.variable(variable, names);
    }
    if (expression instanceof dev.ember.plan.expressions.LambdaFunction lambda) {
      throw SparkErrors.internal("a lambda function outside a higher-order function: " + lambda);
    }
    if (expression instanceof UnresolvedStar star) {
      throw SparkErrors.unsupported("INVALID_USAGE_OF_STAR_OR_REGEX", "42000",
          "Invalid usage of '*' in expression.", Map.of("elem", "'*'", "prettyName", "expression"));
    }
    if (expression instanceof dev.ember.plan.expressions.UnresolvedRegex regex) {
      throw SparkErrors.unsupported("INVALID_USAGE_OF_STAR_OR_REGEX", "42000",
          "Invalid usage of regular expression '" + regex.regex() + "' in expression.",
          Map.of("elem", "regular expression '" + regex.regex() + "'", "prettyName", "expression"));
    }
    if (expression instanceof SortOrder order) {
      throw SparkErrors.internal("a sort order can only appear in a sort: " + order);
    }
    throw new IllegalStateException("unexpected " + expression);

  }

  /**
   * A function argument that stands for several columns, as Spark expands it ({@code struct(*)},
   * {@code concat(t.*)}, {@code hash(colRegex)}): their references, or null for any other argument.
   */
  List<BoundColumn> expandedColumns(Expression argument) {
    if (argument instanceof UnresolvedStar star && star.except().isEmpty()) {
      List<BoundColumn> fields = expandStructStar(star);
      if (!fields.isEmpty()) {
        return fields; // struct(s.*): the struct's fields
      }
    }
    List<Attribute> attributes = argument instanceof UnresolvedStar star ? StarExcept.expand(this, star)
        : argument instanceof dev.ember.plan.expressions.UnresolvedRegex regex ? expandRegex(regex) : null;
    return attributes == null ? null : attributes.stream()
        .map(attribute -> new BoundColumn(new dev.ember.plan.resolved.ColumnReference(attribute), attribute.name()))
        .toList();
  }

  /** Expands {@code *}, {@code t.*} or {@code df.col("*")} to the columns it stands for. */
  List<BoundColumn> expandStructStar(UnresolvedStar star) {
    return columns.expandStructStar(star);
  }

  List<Attribute> expandStar(UnresolvedStar star) {
    // a file source's hidden metadata column is no column a star stands for (t.* of a table that carries it)
    return columns.expandStar(star).stream()
        .filter(column -> !(scope.hiddenIds().contains(column.id()) && analyzer.isMetadataColumn(column))).toList();
  }

  List<BoundColumn> expandOuterStar(UnresolvedStar star) {
    return columns.expandOuterStar(star);
  }

  /** {@code colRegex}: the columns whose names the regular expression matches. */
  List<Attribute> expandRegex(dev.ember.plan.expressions.UnresolvedRegex regex) {
    return columns.expandRegex(regex);
  }
  private BoundColumn resolveCast(Cast cast) {
    if (cast.targetType() instanceof dev.ember.plan.types.CharVarcharType declared) {
      // store assignment to a char/varchar column: a string, checked against the column's length
      BoundColumn text = resolveCast(new Cast(cast.child(), dev.ember.plan.types.AtomicType.STRING, cast.tryCast()));
      return new BoundColumn(CharVarcharWrites.checked(text.expression(), declared), text.name());
    }
    if (dev.ember.plan.types.CharVarcharType.occursIn(cast.targetType())) {
      return resolveCast(new Cast(cast.child(), dev.ember.plan.types.CharVarcharType.asString(cast.targetType()),
          cast.tryCast()));
    }
    BoundColumn resolvedChild = resolve(cast.child());
    BoundColumn child = VariantPathNames.isPath(cast.child()) ? new BoundColumn(resolvedChild.expression(),
        StructConstruction.argumentName(this, cast.child(), resolvedChild)) : resolvedChild;
    // Spark's Cast.sql writes a cast to an array, map or struct as its child alone
    boolean complex = cast.targetType() instanceof dev.ember.plan.types.ArrayType
        || cast.targetType() instanceof dev.ember.plan.types.MapType
        || cast.targetType() instanceof dev.ember.plan.types.StructType;
    // a function builder's casts are its own, not the user's: Spark's toPrettySQL hides them
    String name = complex || analyzer.builtCalls().inBody() ? child.name()
        : (cast.tryCast() ? "TRY_CAST(" : "CAST(") + child.name() + " AS " + cast.targetType().sql() + ")";
    if (VariantCasts.involvesVariant(child.expression().dataType(), cast.targetType())) {
      return new BoundColumn(VariantCasts.cast(child.expression(), cast.targetType(), cast.tryCast()), name);
    }
    dev.ember.plan.types.DataType plainFrom = dev.ember.plan.types.Collations.withoutCollation(child.expression().dataType());
    dev.ember.plan.types.DataType plainTo = dev.ember.plan.types.Collations.withoutCollation(cast.targetType());
    CastChecks.check(name, plainFrom, plainTo);
    BoundExpression input = CollateFunction.plain(child.expression());
    // an explicit cast stays one even to its input's type (DecimalPrecision reads CAST(1 AS INT) as an INT, not
    // as the literal 1); only a cast that changes nothing but the collation is the COLLATE below
    boolean collationOnly = plainFrom.equals(plainTo) && !plainTo.equals(cast.targetType());
    BoundExpression bound = collationOnly ? input : ansi || cast.tryCast()
        ? new BoundCast(input, plainTo, cast.tryCast())
        : LenientArithmetic.cast(input, plainTo);
    if (cast.targetType() instanceof dev.ember.plan.types.CollatedStringType collated) {
      // a cast to a collation written for it holds it explicitly, as COLLATE does
      bound = new dev.ember.plan.resolved.Call(CollateFunction.CALL, List.of(bound), collated, bound.nullable());
    } else if (!plainTo.equals(cast.targetType())) {
      bound = new BoundCast(bound, cast.targetType(), false);
    }
    return new BoundColumn(bound, name);
  }

  private BoundColumn resolveFunction(UnresolvedFunction function) {
    // the SQL front end's TIMESTAMP '...' literal: coalesce(CAST(canonical text AS TIMESTAMP), epoch)
    if (function.name().equals("coalesce") && function.arguments().size() == 2
        && function.arguments().get(0) instanceof Cast cast && cast.child() instanceof Literal text
        && function.arguments().get(1) instanceof Literal fallback
        && java.time.Instant.EPOCH.equals(fallback.value())) {
      var folded = TimestampTextFolding.fold(text, cast.targetType(), timeZone);
      if (folded.isPresent()) {
        return new BoundColumn(folded.get(), "TIMESTAMP");
      }
    }
    var fieldUpdate = dev.ember.plan.expressions.FieldUpdates.update(function);
    if (fieldUpdate.isPresent()) {
      return FieldUpdateResolver.resolve(this, fieldUpdate.get(), names);
    }
    if (function.name().equalsIgnoreCase("struct")) {
      return StructConstruction.resolve(this, function);
    }
    if (function.name().equalsIgnoreCase("arrays_zip")) {
      return ArraysZip.resolve(this, function);
    }
    if (HigherOrderFunctions.handles(function)) {
      return HigherOrderFunctions.resolve(lambdas, function);
    }
    if (ToCharacter.handles(function)) {
      return ToCharacter.resolve(this, function);
    }
    return resolveFunction(function, false);
  }

  /** Resolves the function of {@code function.over(window)}: aggregates and window functions are allowed. */
  BoundColumn resolveWindowFunction(UnresolvedFunction function) {
    return resolveFunction(function, true);
  }

  private BoundColumn resolveFunction(UnresolvedFunction call, boolean overWindow) {
    UnresolvedFunction function = NamedArgumentCalls.positional(call);
    java.util.Optional<BoundColumn> shadowing = analyzer.sqlFunctionCalls().shadowingParameter(function);
    if (shadowing.isPresent()) {
      return shadowing.get();
    }
    if (function.name().equals("get_column_by_ordinal") && function.arguments().size() == 1
        && function.arguments().get(0) instanceof Literal ordinal && ordinal.value() instanceof Integer position
        && position >= 0 && position < scope.visible().output().size()) {
      // the Connect client's internal function: the input's column at a position (a typed grouping's value)
      Attribute column = scope.visible().output().get(position);
      return new BoundColumn(new dev.ember.plan.resolved.ColumnReference(column), column.name());
    }
    java.util.Optional<Routine> routine = analyzer.routine(function.name());
    if (routine.flatMap(Routine::user).isPresent()) {
      return UserFunctionCalls.resolve(this, analyzer, new dev.ember.plan.expressions.UserFunctionCall(
          routine.get().user().get(), function.arguments(), function.distinct()));
    }
    if (routine.flatMap(Routine::sql).isPresent()) {
      return analyzer.sqlFunctionCalls().resolve(this, routine.get().sql().get(), function);
    }
    if (routine.flatMap(Routine::builder).isPresent()) {
      return analyzer.builtCalls().resolve(this, routine.get().builder().get(), function);
    }
    if (routine.isEmpty()) {
      // a persistent function's name: the session catalog's namespace has one part (Spark's asFunctionIdentifier)
      dev.ember.catalog.SessionCatalog.requireSessionFunctionName(FunctionNames.parts(function.name()));
    }
    FunctionDefinition definition = routine.flatMap(Routine::builtin)
        .orElseThrow(() -> SparkErrors.unresolvedRoutine(FunctionNames.quoted(function.name()),
            analyzer.searchPath()));
    if (definition.aggregate() && !allowAggregates && !overWindow && analyzer.sqlFunctionCalls().inBody()
        && (definition.name().equals("grouping") || definition.name().equals("grouping_id"))) {
      // a SQL function's body has no grouping set to tell of
      throw SparkErrors.unsupportedGrouping();
    }
    if (GeospatialFunctions.NAMES.contains(definition.name())) {
      analyzer.requireGeospatial();
    }
    if (definition.aggregate() && aggregateArguments && !overWindow) {
      throw new EmberException(ErrorKind.ANALYSIS, "NESTED_AGGREGATE_FUNCTION", "42607",
          "It is not allowed to use an aggregate function in the argument of another aggregate function. Please use "
              + "the inner aggregate function in a sub-query.", Map.of());
    }
    if (definition.aggregate() && !allowAggregates && !overWindow) {
      throw new EmberException(ErrorKind.ANALYSIS, "UNSUPPORTED_EXPR_FOR_OPERATOR", "42K0E",
          "A query operator contains one or more unsupported expressions.",
          Map.of("invalidExprSqls", "\"" + function.name() + "\""));
    }
    List<BoundColumn> boundArguments = new ArrayList<>();
    List<Expression> arguments = function.arguments();
    if (definition.name().equals("in") && !overWindow && ConstantInLists.applies(function)
        && !(arguments.get(0) instanceof UnresolvedStar) && !VariantPathNames.isPath(arguments.get(0))) {
      BoundColumn value = resolve(arguments.get(0));
      var constants = ConstantInLists.bind(value, function, timeZone);
      if (constants.isPresent()) {
        return constants.get();
      }
      boundArguments.add(value);
      arguments = arguments.subList(1, arguments.size());
    }
    ExpressionResolver argumentResolver = definition.aggregate() && !overWindow
        ? forAggregateArguments() : this;
    if (arguments.stream().anyMatch(argument -> argument instanceof dev.ember.plan.expressions.LambdaFunction)) {
      // a lambda handed to a function that takes none (higher-order functions resolve theirs before): Spark names
      // the function's expression class
      String type = dev.ember.catalog.BuiltinFunctions.lookup(definition.name())
          .flatMap(dev.ember.catalog.BuiltinFunctions.Builtin::className).orElse(definition.name());
      throw new EmberException(ErrorKind.ANALYSIS, "INVALID_LAMBDA_FUNCTION_CALL.NON_HIGHER_ORDER_FUNCTION", "42K0D",
          "Invalid lambda function call. A lambda function should only be used in a higher order function. However, "
              + "its class is " + type + ", which is not a higher order function.", Map.of("class", type));
    }
    for (Expression argument : arguments) {
      if (argument instanceof UnresolvedStar star && definition.name().equals("count") && !function.distinct()
          && function.arguments().size() == 1 && star.target().isEmpty()) {
        boundArguments.add(new BoundColumn(Literal.of(1), "1"));
        continue;
      }
      List<BoundColumn> expanded = argumentResolver.expandedColumns(argument);
      if (expanded != null) {
        boundArguments.addAll(expanded);
        continue;
      }
      BoundColumn resolved = argumentResolver.resolve(argument);
      boundArguments.add(VariantPathNames.isPath(argument) ? new BoundColumn(resolved.expression(),
          StructConstruction.argumentName(argumentResolver, argument, resolved)) : resolved);
    }
    BoundColumn bound = bindCall(function, definition, boundArguments);
    if (definition.aggregate() && !overWindow && function.arguments().stream().anyMatch(this::nondeterministic)) {
      throw new EmberException(ErrorKind.ANALYSIS, "AGGREGATE_FUNCTION_WITH_NONDETERMINISTIC_EXPRESSION", "42845",
          "Non-deterministic expression \"" + bound.name() + "\" should not appear in the arguments of an aggregate "
              + "function.", Map.of("sqlExpr", "\"" + bound.name() + "\""));
    }
    if (!overWindow && WindowFunctions.isWindowOnly(definition.name())) {
      throw new EmberException(ErrorKind.ANALYSIS, "WINDOW_FUNCTION_WITHOUT_OVER_CLAUSE", "42601",
          "Window function \"" + bound.name() + "\" requires an OVER clause.",
          Map.of("funcName", "\"" + bound.name() + "\""));
    }
    return bound;
  }

  /**
   * Whether an argument of an aggregate is nondeterministic as Spark sees it there: it calls a random value or a row
   * position, not inside a SQL function's arguments (Spark computes those in a projection below the aggregate).
   */
  private boolean nondeterministic(Expression expression) {
    if (expression instanceof Alias alias) {
      return nondeterministic(alias.child());
    }
    if (expression instanceof Cast cast) {
      return nondeterministic(cast.child());
    }
    if (!(expression instanceof UnresolvedFunction call)) {
      return false;
    }
    String name = call.name().toLowerCase(java.util.Locale.ROOT);
    if (dev.ember.plan.resolved.RowPositionCalls.NAMES.contains(name) || name.equals("random")) {
      return true;
    }
    if (analyzer.routine(call.name()).flatMap(Routine::sql).isPresent()) {
      return false;
    }
    return call.arguments().stream().anyMatch(this::nondeterministic);
  }

  /** Binds a call whose arguments the caller resolved itself (a self-join condition binds each side apart). */
  BoundColumn resolveCall(UnresolvedFunction function, List<BoundColumn> boundArguments) {
    FunctionDefinition definition = FunctionRegistry.lookup(function.name())
        .orElseThrow(() -> SparkErrors.internal("no function " + function.name()));
    return bindCall(function, definition, boundArguments);
  }

  private BoundColumn bindCall(UnresolvedFunction function, FunctionDefinition definition,
      List<BoundColumn> boundArguments) {
    List<BoundExpression> given = CharPaddedComparisons.padded(definition.name(),
        boundArguments.stream().map(BoundColumn::expression).toList());
    List<String> givenNames = boundArguments.stream().map(BoundColumn::name).toList();
    // before the name: a namer may read the arguments it requires
    if (!definition.acceptsArgumentCount(given.size())) {
      EmberException error = SparkErrors.wrongNumArgs("`" + function.name() + "`",
          definition.expectedArgumentCount(), given.size());
      // a variadic function checks its count in its own type check, where Spark attaches no query context
      throw definition.variadic() ? error.withoutQueryContext() : error;
    }
    CollationCoercion.Coerced collated = CollationCoercion.coerce(definition.name(), given, givenNames);
    List<String> argumentNames = collated.names();
    String name = definition.namer().name(argumentNames, given, function.distinct());
    CollationCoercion.requireDeterminate(definition.name(), name, collated.type());
    List<BoundExpression> arguments = definition.name().equals(CollateFunction.CALL)
        || definition.name().equals("collation") ? given
        : CollatedCalls.bindable(definition.name(), function.distinct(), collated.arguments(),
            CollateFunction.plain(definition.name(), collated.arguments()));
    java.util.Optional<BoundExpression> sessionValue = SessionFunctions.sessionValue(analyzer, definition.name());
    if (sessionValue.isPresent()) {
      return new BoundColumn(sessionValue.get(), name);
    }
    if (arguments.stream().anyMatch(argument -> argument instanceof dev.ember.plan.resolved.Generator)) {
      throw selectList ? dev.ember.plan.errors.CollectionErrors.nestedGenerator(name)
          : dev.ember.plan.errors.CollectionErrors.generatorOutsideSelect(name);
    }
    if (function.distinct() && !definition.aggregate()) {
      throw Distinctness.notAnAggregate(function.name());
    }
    // written only when an error message needs them (an isin list may hold a million constants)
    List<String> argumentSql = new java.util.AbstractList<>() {
      @Override
      public String get(int i) {
        // Spark's toSQLExpr writes numbers without their type suffix (usePrettyExpression)
        return arguments.get(i) instanceof Literal literal && function.arguments().get(i) instanceof Literal
            ? literal.dataType().isNumeric() ? LiteralNames.pretty(literal) : LiteralNames.sql(literal, timeZone)
            : argumentNames.get(i);
      }

      @Override
      public int size() {
        return arguments.size();
      }
    };
    BoundExpression bound = CollatedArrays.finish(CollatedCalls.finish(definition.name(),
        SessionTimestampType.binding(analyzer.timestampWithoutTimeZone(), definition).binder().bind(name, arguments,
            argumentSql), collated, name, argumentSql), collated.arguments());
    if (!ansi) {
      bound = LenientArithmetic.lenient(bound);
    }
    if (analyzer.legacyTimeParser()) {
      bound = DatetimeFormatFunctions.withLegacyParser(bound);
    }
    if (analyzer.legacyRaiseError() && bound instanceof dev.ember.plan.resolved.Call raising
        && (raising.function().equals("raise_error") || raising.function().equals("assert_true"))) {
      // a plain RuntimeException of the message alone, as Spark's legacy conf raises
      bound = new dev.ember.plan.resolved.Call("legacy_" + raising.function(), raising.arguments(),
          raising.dataType(), raising.nullable());
    }
    bound = JsonFunctions.withTimeParserPolicy(bound, analyzer.timeParserPolicy());
    if (analyzer.timestampWithoutTimeZone()) {
      bound = SessionTimestampType.withoutTimeZone(definition.name(), bound);
    }
    if (EncodingFunctions.codesCharsets(bound)) {
      bound = EncodingFunctions.withLegacyCharsets(bound, analyzer.legacyFlag("spark.sql.legacy.javaCharsets"),
          analyzer.legacyFlag("spark.sql.legacy.codingErrorAction"));
    }
    bound = BinaryOutputStyles.withStyle(bound, analyzer.confValue("spark.sql.binaryOutputStyle"));
    if (analyzer.eltOutputAsString()) {
      bound = StringSearchFunctions.eltAsString(bound);
    }
    if (analyzer.concatBinaryAsString()) {
      bound = StringFunctions.concatBinaryAsString(bound);
    }
    if (analyzer.legacyNegativeArrayInsert()) {
      bound = ArrayFunctions.legacyNegativeInsert(bound);
    }
    if (function.distinct()) {
      bound = Distinctness.markDistinct(bound);
    }
    return new BoundColumn(DirectPartitioning.partitionOf(scope, bound), name);
  }

  /** Resolves a predicate and checks it is boolean. */
  BoundExpression resolveCondition(Expression condition) {
    BoundColumn bound = resolve(condition);
    if (bound.expression() instanceof dev.ember.plan.resolved.Generator) {
      throw dev.ember.plan.errors.CollectionErrors.generatorOutsideSelect(bound.name());
    }
    if (bound.expression().dataType() != AtomicType.BOOLEAN && bound.expression().dataType() != AtomicType.NULL) {
      throw SparkErrors.dataTypeMismatch("FILTER_NOT_BOOLEAN", "\"" + bound.name() + "\"",
          "Filter expression \"" + bound.name() + "\" of type " + SparkErrors.toSqlType(bound.expression().dataType())
              + " is not a boolean.",
          Map.of("filter", "\"" + bound.name() + "\"", "type", SparkErrors.toSqlType(bound.expression().dataType())));
    }
    return bound.expression();
  }
}
