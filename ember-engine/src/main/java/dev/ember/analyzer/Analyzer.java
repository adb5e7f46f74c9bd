package dev.ember.analyzer;

import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;

import dev.ember.engine.EngineSession;
import dev.ember.plan.logical.Aggregate;
import dev.ember.plan.logical.DataSourceRead;
import dev.ember.plan.logical.Drop;
import dev.ember.plan.logical.Deduplicate;
import dev.ember.plan.logical.Filter;
import dev.ember.plan.logical.Hint;
import dev.ember.plan.logical.Join;
import dev.ember.plan.logical.JoinWith;
import dev.ember.plan.logical.Limit;
import dev.ember.plan.logical.LocalRelation;
import dev.ember.plan.logical.LogicalPlan;
import dev.ember.plan.logical.Offset;
import dev.ember.plan.logical.PlanIdTag;
import dev.ember.plan.logical.Project;
import dev.ember.plan.logical.Range;
import dev.ember.plan.logical.Repartition;
import dev.ember.plan.logical.Sample;
import dev.ember.plan.logical.SetOperation;
import dev.ember.plan.logical.Sort;
import dev.ember.plan.logical.SubqueryAlias;
import dev.ember.plan.logical.Tail;
import dev.ember.plan.logical.ToDF;
import dev.ember.plan.logical.UnresolvedRelation;
import dev.ember.plan.logical.WithColumns;
import dev.ember.plan.logical.WithColumnsRenamed;
import dev.ember.plan.resolved.Attribute;
import dev.ember.plan.resolved.LimitRows;
import dev.ember.plan.resolved.LocalRows;
import dev.ember.plan.resolved.OffsetRows;
import dev.ember.plan.resolved.RangeScan;
import dev.ember.plan.resolved.ResolvedPlan;
import dev.ember.plan.resolved.TailRows;
import dev.ember.plan.expressions.Expression;
import dev.ember.plan.expressions.SortOrder;
import dev.ember.plan.types.AtomicType;
import dev.ember.plan.types.StructField;
import dev.ember.plan.types.StructType;
import java.util.List;

/**
 * Turns a front-end plan into a resolved plan, one operator at a time, bottom up: names are bound,
 * functions looked up, types coerced and output names derived as Spark derives them.
 */
public final class Analyzer {
  private final EngineSession session;
  private final RecursiveCteResolver recursiveCtes = new RecursiveCteResolver(this);
  private final SqlFunctionCalls sqlFunctionCalls = new SqlFunctionCalls(this);
  private NameMatcher names;
  /** A view's captured {@code spark.sql.ansi.enabled} while its query is resolved, else none (the session's). */
  private Boolean viewAnsi;
  private final java.util.Map<String, Observation> observations = new java.util.LinkedHashMap<>();
  private final OuterScopes outerScopes = new OuterScopes();
  /** The plans Spark Connect subquery expressions refer to by plan id ({@code WithRelations}), innermost last. */
  private final java.util.Map<Long, LogicalPlan> referencedRelations = new java.util.HashMap<>();
  private final CurrentOrigins origins = new CurrentOrigins();
  private final RuntimeOrigins runtimeOrigins = new RuntimeOrigins();
  private final List<dev.ember.plan.errors.EmberException> executionErrors = new java.util.ArrayList<>();
  /** The temporary objects the analyzed plans read, in order (a persistent view or function may read none). */
  private final java.util.Set<TemporaryObject> temporaryObjectsRead = new java.util.LinkedHashSet<>();

  /** A temporary object a plan read: its kind as Spark's errors name it (VIEW, FUNCTION) and its quoted name. */
  public record TemporaryObject(String kind, String quotedName) {
  }

  private boolean readsSqlData;
  /** Whether the plan names a file source's metadata column ({@link FileMetadataColumns}): scans then add it. */
  private boolean namesMetadataColumns;
  private final java.util.Set<Long> metadataColumnIds = new java.util.HashSet<>();
  /** The frozen paths of the views and functions being expanded, innermost first. */
  private final java.util.Deque<dev.ember.catalog.SqlPath> frozenPaths = new java.util.ArrayDeque<>();
  private final BuiltCalls builtCalls = new BuiltCalls();

  /** {@code spark.sql.legacy.timeParserPolicy}: CORRECTED (the default), EXCEPTION or LEGACY. */
  String timeParserPolicy() {
    return session.conf().get("spark.sql.legacy.timeParserPolicy").map(policy -> policy.toUpperCase(
        java.util.Locale.ROOT)).orElse("CORRECTED");
  }

  /** Whether the session parses datetimes with Spark's legacy parser ({@code spark.sql.legacy.timeParserPolicy}). */
  boolean legacyTimeParser() {
    return session.conf().get("spark.sql.legacy.timeParserPolicy").map(policy -> policy.equalsIgnoreCase("LEGACY"))
        .orElse(false);
  }

  /** Whether SQL may run scripts on this machine ({@code SELECT TRANSFORM ... USING}): the engine's start option. */
  boolean scriptsAllowed() {
    return session.scriptsAllowed();
  }

  /** Whether an integer literal in GROUP BY is a position in the select list (spark.sql.groupByOrdinal, on by default). */
  boolean groupByOrdinal() {
    return session.conf().get("spark.sql.groupByOrdinal").map(Boolean::parseBoolean).orElse(true);
  }

  /** Whether an integer literal in ORDER BY is a position in the select list (spark.sql.orderByOrdinal, on by default). */
  boolean orderByOrdinal() {
    return session.conf().get("spark.sql.orderByOrdinal").map(Boolean::parseBoolean).orElse(true);
  }

  /**
   * Whether ORDER BY positions are checked against the select list before its other keys are resolved
   * (spark.sql.prioritizeOrdinalResolutionInSort.enabled, on by default); off, a position may name a key the
   * select list was extended with, as Spark 3 did.
   */
  boolean ordinalsFirstInSort() {
    return session.conf().get("spark.sql.prioritizeOrdinalResolutionInSort.enabled").map(Boolean::parseBoolean)
        .orElse(true);
  }

  /** Whether joins without a condition may run (spark.sql.crossJoin.enabled, on by default). */
  boolean crossJoinEnabled() {
    return session.conf().get("spark.sql.crossJoin.enabled").map(Boolean::parseBoolean).orElse(true);
  }

  /** Whether raise_error and assert_true fail with a plain RuntimeException (spark.sql.legacy.raiseErrorWithoutErrorClass). */
  boolean legacyRaiseError() {
    return session.conf().get("spark.sql.legacy.raiseErrorWithoutErrorClass").map(Boolean::parseBoolean)
        .orElse(false);
  }

  /** Whether GROUP BY may name the select list's aliases ({@code spark.sql.groupByAliases}, on by default). */
  boolean groupByAliases() {
    return session.conf().get("spark.sql.groupByAliases").map(value -> Boolean.parseBoolean(value.trim()))
        .orElse(true);
  }

  /** Whether a flag conf is on ({@code true} or {@code false}, spaces and case aside), {@code fallback} unset. */
  boolean flag(String key, boolean fallback) {
    return session.conf().get(key).map(value -> Boolean.parseBoolean(value.trim())).orElse(fallback);
  }

  /** Whether the session's TIMESTAMP is TIMESTAMP_NTZ ({@code spark.sql.timestampType}). */
  boolean timestampWithoutTimeZone() {
    return session.conf().get("spark.sql.timestampType").map(type -> type.equalsIgnoreCase("TIMESTAMP_NTZ"))
        .orElse(false);
  }

  /** Refuses GEOMETRY and GEOGRAPHY work when {@code spark.sql.geospatial.enabled} is off. */
  void requireGeospatial() {
    GeospatialChecks.requireEnabled(session);
  }

  /** Whether the session runs in ANSI mode ({@code spark.sql.ansi.enabled}). */
  /** {@code spark.sql.decimalOperations.allowPrecisionLoss}: true unless set otherwise. */
  private boolean allowPrecisionLoss() {
    return session.conf().get("spark.sql.decimalOperations.allowPrecisionLoss")
        .map(value -> !value.trim().equalsIgnoreCase("false")).orElse(true);
  }

  boolean ansi() {
    return viewAnsi != null ? viewAnsi : session.conf().ansiEnabled();
  }

  /**
   * Resolves a view's query under the SQL confs it captured where it was made (Spark's View.effectiveSQLConf):
   * {@code spark.sql.ansi.enabled} and {@code spark.sql.caseSensitive}; a view that captured none resolves under the
   * session's.
   */
  <T> T underViewConfs(java.util.Map<String, String> confs, java.util.function.Supplier<T> body) {
    String ansiText = confs.get(dev.ember.engine.SessionConf.ANSI_ENABLED);
    String caseText = confs.get(dev.ember.engine.SessionConf.CASE_SENSITIVE);
    if (ansiText == null && caseText == null) {
      return body.get();
    }
    Boolean outerAnsi = viewAnsi;
    NameMatcher outerNames = names;
    if (ansiText != null) {
      viewAnsi = Boolean.parseBoolean(ansiText.trim());
    }
    if (caseText != null) {
      names = new NameMatcher(Boolean.parseBoolean(caseText.trim()));
    }
    try {
      return TypeCoercion.withAnsi(ansi(), body);
    } finally {
      viewAnsi = outerAnsi;
      names = outerNames;
    }
  }

  /** Whether percentile_disc computes as before Spark 3.5 ({@code spark.sql.legacy.percentileDiscCalculation}). */
  boolean legacyPercentileDisc() {
    return session.conf().get("spark.sql.legacy.percentileDiscCalculation").map(Boolean::parseBoolean).orElse(false);
  }

  /**
   * The temporary objects the plans analyzed so far read, first read first: views as {@code `name`} or
   * {@code `global_temp`.`name`}, functions as {@code `name`}.
   */
  public List<TemporaryObject> temporaryObjectsRead() {
    return List.copyOf(temporaryObjectsRead);
  }

  void readTemporaryView(String quotedName) {
    temporaryObjectsRead.add(new TemporaryObject("VIEW", quotedName));
  }

  /** Whether the plans analyzed so far read a table or view, or call a SQL function that reads SQL data. */
  public boolean readsSqlData() {
    return readsSqlData;
  }

  void readSqlData() {
    readsSqlData = true;
  }

  private final java.util.Map<List<Object>, Attribute> userFunctionResults = new java.util.HashMap<>();

  /** The catalog's comments of the table and view columns read so far, by attribute id (Spark's column metadata). */
  private final java.util.Map<Long, String> columnComments = new java.util.HashMap<>();

  void noteColumnComment(Attribute column, String comment) {
    columnComments.put(column.id(), comment);
  }

  /** The comment of a column read from a table or view as it is, if the catalog has one (a view inherits it). */
  public java.util.Optional<String> columnComment(Attribute column) {
    return java.util.Optional.ofNullable(columnComments.get(column.id()));
  }

  public Analyzer(EngineSession session) {
    this.session = session;
    this.names = new NameMatcher(session.conf().caseSensitive());
  }

  /**
   * Errors Spark raises only when a query analyzed so far runs, not when its schema is asked for (an operation only
   * streaming queries run, over a batch input).
   */
  public List<dev.ember.plan.errors.EmberException> executionErrors() {
    return List.copyOf(executionErrors);
  }

  /** The {@code df.observe} metrics of the plans analyzed so far, one per name. */
  public List<Observation> observations() {
    return List.copyOf(observations.values());
  }

  /** The collation of string literals: a view's DEFAULT COLLATION while its query is resolved, else UTF8_BINARY. */
  private String defaultCollation = dev.ember.plan.types.Collations.UTF8_BINARY;

  /** The type of a string literal here: {@code string}, or a view's default collation's. */
  dev.ember.plan.types.DataType stringLiteralType() {
    return defaultCollation.equals(dev.ember.plan.types.Collations.UTF8_BINARY) ? dev.ember.plan.types.AtomicType.STRING
        : new dev.ember.plan.types.CollatedStringType(defaultCollation);
  }

  public ResolvedPlan analyze(LogicalPlan plan) {
    namesMetadataColumns = namesMetadataColumns || FileMetadataColumns.namedIn(plan);
    return DecimalPrecision.with(allowPrecisionLoss(), () -> TypeCoercion.withAnsi(ansi(),
        () -> InputFileChecks.verify(resolve(plan).visible().plan())));
  }

  /** The Spark schema of a resolved plan's output. */
  public static StructType schemaOf(ResolvedPlan plan) {
    return new StructType(plan.output().stream()
        .map(attribute -> new StructField(attribute.name(), attribute.dataType(), attribute.nullable()))
        .toList());
  }

  /**
   * The schema a table or view created from a resolved plan declares: a column read from a CHAR(n) or VARCHAR(n)
   * column keeps that type, as Spark's {@code CharVarcharUtils.getRawSchema} restores it from the column's metadata.
   */
  public static StructType declaredSchemaOf(ResolvedPlan plan) {
    return new StructType(plan.output().stream()
        .map(attribute -> new StructField(attribute.name(), attribute.schemaType(), attribute.nullable()))
        .toList());
  }

  /** Where the SQL text wrote the expressions of the plans analyzed so far that can fail at run time. */
  public RuntimeOrigins runtimeOrigins() {
    return runtimeOrigins;
  }

  /** Where the SQL text being resolved wrote each node (nothing for DataFrame plans). */
  CurrentOrigins origins() {
    return origins;
  }

  /**
   * A select list — a projection, an aggregation or a HAVING over one — over its input already resolved, so that
   * a caller trying several select lists over one input (ORDER BY keys the select list lacks, a HAVING condition
   * computed beside it) resolves the input once: a plan nesting such retries stays linear.
   */
  Scope resolveSelect(LogicalPlan select, Scope input) {
    dev.ember.plan.origin.SqlOrigin origin = origins.of(select);
    if (origin == null) {
      return resolveSelectList(select, input);
    }
    try {
      return resolveSelectList(select, input);
    } catch (EmberException e) {
      throw e.withQueryContext(origin);
    }
  }

  private Scope resolveSelectList(LogicalPlan select, Scope input) {
    if (select instanceof Project project) {
      // a QUALIFY condition's aggregate does not make the select list an aggregation (Spark refuses it instead)
      List<dev.ember.plan.expressions.Expression> selectList = project.expressions().stream()
          .filter(item -> !(item instanceof dev.ember.plan.expressions.Alias alias
              && alias.name().equals(dev.ember.plan.logical.QualifyColumn.NAME))).toList();
      // (a user aggregate: registered, or a function of a UDAF class, temporary or a database's)
      if (GlobalAggregates.containsAggregates(selectList, name -> routine(name).flatMap(Routine::user)
          .map(dev.ember.plan.usercode.ScalarUserFunction::aggregates).orElse(false))) {
        return new AggregateResolver(this).resolve(input, new Aggregate(project.input(), List.of(),
            project.expressions()));
      }
      return new ProjectResolver(this).resolve(input, project.expressions());
    }
    if (select instanceof Aggregate aggregate) {
      return PythonGroupOrder.ofAggregate(this, new AggregateResolver(this).resolve(input, aggregate));
    }
    if (select instanceof dev.ember.plan.logical.Having having) {
      return HavingResolver.resolve(this, having, input);
    }
    throw new IllegalStateException("not a select list: " + select);
  }

  /** The input of a select list ({@link #resolveSelect}): the plan below a projection, an aggregation or a HAVING. */
  static java.util.Optional<LogicalPlan> selectInput(LogicalPlan select) {
    if (select instanceof Project project) {
      return java.util.Optional.of(project.input());
    }
    if (select instanceof Aggregate aggregate) {
      return java.util.Optional.of(aggregate.input());
    }
    if (select instanceof dev.ember.plan.logical.Having having) {
      return java.util.Optional.of(having.input().input());
    }
    return java.util.Optional.empty();
  }

  /** Whether the session has cached this plan's result ({@code df.cache()}), which resolution then scans. */
  boolean isCached(LogicalPlan plan) {
    return session.cached(plan).isPresent();
  }

  Scope resolve(LogicalPlan plan) {
    dev.ember.plan.origin.SqlOrigin origin = origins.of(plan);
    if (origin == null) {
      return resolveOperator(plan);
    }
    try {
      return resolveOperator(plan);
    } catch (EmberException e) {
      throw e.withQueryContext(origin);
    }
  }

  private Scope resolveOperator(LogicalPlan plan) {
    var cached = session.cached(plan);
    if (cached.isPresent()) {
      List<Attribute> output = cached.get().schema().fields().stream()
          .map(field -> newAttribute(field.name(), field.dataType(), field.nullable())).toList();
      Scope scan = Scope.of(new dev.ember.plan.resolved.CachedScan(cached.get().tableName(), output));
      return plan instanceof PlanIdTag tag ? scan.tagged(tag.planId()) : scan;
    }
    if (plan instanceof dev.ember.plan.logical.SessionTableRead read) {
      return Scope.of(new dev.ember.plan.resolved.CachedScan(read.storage(), read.schema().fields().stream()
          .map(field -> newAttribute(field.name(), field.dataType(), field.nullable())).toList()));
    }
    if (plan instanceof dev.ember.plan.logical.CheckpointedRelation checkpointed) {
      var relation = session.checkpointed(checkpointed.relationId()).orElseThrow(() -> new EmberException(
          ErrorKind.INVALID_PLAN_INPUT, "CONNECT_INVALID_PLAN.DATAFRAME_NOT_FOUND", "56K00",
          "The Spark Connect plan is invalid. No DataFrame with id " + checkpointed.relationId()
              + " is found in the session " + session.sessionId(),
          java.util.Map.of("dfId", checkpointed.relationId(), "sessionId", session.sessionId())));
      return Scope.of(new dev.ember.plan.resolved.CachedScan(relation.tableName(), relation.schema().fields().stream()
          .map(field -> newAttribute(field.name(), field.dataType(), field.nullable())).toList()));
    }
    if (plan instanceof Range range) {
      if (range.step() == 0) {
        // Spark's Range requires a step: a failed Scala require
        throw dev.ember.plan.errors.EmberException.withoutErrorClass(
            dev.ember.plan.errors.ErrorKind.JAVA_ILLEGAL_ARGUMENT, "requirement failed: step (0) cannot be 0");
      }
      return Scope.of(new RangeScan(range.start(), range.end(), range.step(),
          newAttribute("id", AtomicType.LONG, false), RangePartitions.slices(this, range.numPartitions())));
    }
    if (plan instanceof LocalRelation local) {
      GeospatialChecks.requireEnabled(session, local.schema());
      return Scope.of(new LocalRows(local.schema().fields().stream()
          .map(field -> newAttribute(field.name(), field.dataType(), field.nullable())).toList(), local.data()));
    }
    if (plan instanceof Project project) {
      return resolveSelect(project, resolve(project.input()));
    }
    if (plan instanceof Filter filter) {
      return MissingFilterColumns.resolve(this, filter);
    }
    if (plan instanceof Sort sort) {
      return MissingSortKeys.resolve(this, sort);
    }
    if (plan instanceof dev.ember.plan.logical.Having having) {
      if (having.withoutGroupBy() && session.conf().get("spark.sql.legacy.parser.havingWithoutGroupByAsWhere")
          .map(Boolean::parseBoolean).orElse(false)) {
        return resolve(new Project(new Filter(having.input().input(), having.condition()),
            having.input().aggregates()));
      }
      return resolveSelect(having, resolve(having.input().input()));
    }
    if (plan instanceof Limit limit) {
        Scope input = resolve(limit.input());
        return input.withSameColumns(new LimitRows(input.plan(), LimitLikeChecks.nonNegative("limit", limit.limit())));
      }
    if (plan instanceof Offset offset) {
        Scope input = resolve(offset.input());
        return input.withSameColumns(new OffsetRows(input.plan(), LimitLikeChecks.nonNegative("offset", offset.offset())));
      }
    if (plan instanceof Aggregate aggregate) {
      return resolveSelect(aggregate, resolve(aggregate.input()));
    }
    if (plan instanceof WithColumns withColumns) {
      return ColumnEditing.withColumns(this, resolve(withColumns.input()), withColumns.columns());
    }
    if (plan instanceof WithColumnsRenamed renamed) {
      return ColumnEditing.rename(this, resolve(renamed.input()), renamed.renames());
    }
    if (plan instanceof Drop drop) {
      return ColumnEditing.drop(this, resolve(drop.input()), drop);
    }
    if (plan instanceof ToDF toDF) {
      Scope input = resolve(toDF.input());
      if (toDF.ofTableAlias() && input.output().size() != toDF.columnNames().size()) {
        throw dev.ember.plan.errors.SparkErrors.assignmentArityMismatch(input.output().size(), toDF.columnNames().size());
      }
      return ColumnEditing.toDF(this, input, toDF.columnNames());
    }
    if (plan instanceof SubqueryAlias alias) {
      return ColumnEditing.aliasWithMetadata(this, resolve(alias.input()), List.of(alias.alias()));
    }
    if (plan instanceof dev.ember.plan.logical.StatisticsSummary summary) {
      return StatisticsSummaryResolver.resolve(this, summary);
    }
    if (plan instanceof dev.ember.plan.logical.Unpivot unpivot) {
      return UnpivotResolver.resolve(this, unpivot);
    }
    if (plan instanceof dev.ember.plan.logical.ToSchema toSchema) {
      return ToSchemaResolver.resolve(this, toSchema);
    }
    if (plan instanceof dev.ember.plan.logical.NaFunction function) {
      return NaFunctionResolver.resolve(this, function);
    }
    if (plan instanceof dev.ember.plan.logical.Transpose transpose) {
      return TransposeResolver.resolve(this, session, transpose);
    }
    if (plan instanceof dev.ember.plan.logical.PivotAggregate pivot) {
      return PivotResolver.resolve(this, session, pivot);
    }
    if (plan instanceof DataSourceRead read) {
      return DataSourceResolver.resolve(this, session, read);
    }
    if (plan instanceof dev.ember.plan.logical.CollectMetrics collect) {
      Scope input = resolve(collect.input());
      ObservedMetricChecks.check(this, input.visible(), collect.metrics());
      Scope metrics = new AggregateResolver(this).resolve(input.visible(),
          new Aggregate(collect.input(), List.of(), collect.metrics()));
      observations.putIfAbsent(collect.name(), new Observation(collect.name(), collect.planId(), metrics.plan()));
      return input;
    }
    if (plan instanceof dev.ember.plan.logical.ParseStrings parse) {
      return ParseStringsResolver.resolve(this, session, parse);
    }
    if (plan instanceof UnresolvedRelation relation) {
      return RelationResolver.resolve(this, session, relation);
    }
    if (plan instanceof Join join) {
      return new JoinResolver(this).resolve(join);
    }
    if (plan instanceof dev.ember.plan.logical.NaturalJoin join) {
      return NaturalJoinResolver.resolve(this, join);
    }
    if (plan instanceof dev.ember.plan.logical.LateralView view) {
      return LateralViewResolver.resolve(this, view);
    }
    if (plan instanceof dev.ember.plan.logical.LateralJoin join) {
      return LateralJoinResolver.resolve(this, join);
    }
    if (plan instanceof SetOperation operation) {
      return new SetOperationResolver(this).resolve(operation);
    }
    if (plan instanceof dev.ember.plan.logical.RecursiveCte cte) {
      return recursiveCtes.resolve(cte);
    }
    if (plan instanceof dev.ember.plan.logical.RecursiveReference reference) {
      return recursiveCtes.resolve(reference);
    }
    if (plan instanceof dev.ember.plan.logical.TableFunctionCall call) {
      return UserTableFunctions.resolve(this, call);
    }
    if (plan instanceof dev.ember.plan.logical.UnresolvedTableFunction function
        && UserTableFunctions.registered(this, function).isPresent()) {
      return UserTableFunctions.resolve(this, UserTableFunctions.registered(this, function).get());
    }
    if (plan instanceof dev.ember.plan.logical.UnresolvedTableFunction function) {
      return KeywordsTableFunction.calls(this, function) ? KeywordsTableFunction.resolve(this)
          : CollationsTableFunction.calls(this, function) ? CollationsTableFunction.resolve(this)
          : SqlTableFunctions.resolve(this, function);
    }
    if (plan instanceof Deduplicate deduplicate) {
      return DeduplicateResolver.resolve(this, resolve(deduplicate.input()), deduplicate);
    }
    if (plan instanceof Tail tail) {
      Scope input = resolve(tail.input()).visible();
      return input.withSameColumns(new TailRows(input.plan(), LimitLikeChecks.nonNegative("tail", tail.limit())));
    }
    if (plan instanceof JoinWith joinWith) {
      return new JoinWithResolver(this).resolve(joinWith);
    }
    if (plan instanceof dev.ember.plan.logical.NearestByJoin nearest) {
      return NearestByJoinResolver.resolve(this, nearest);
    }
    if (plan instanceof Hint hint) {
      return resolve(hint.input());
    }
    if (plan instanceof dev.ember.plan.logical.EventTimeWatermark watermark) {
      BatchStreamingOperations.checkDelay(watermark);
      return resolve(watermark.input());
    }
    if (plan instanceof dev.ember.plan.logical.StreamingOnly streamingOnly) {
      executionErrors.add(BatchStreamingOperations.refusal(streamingOnly));
      return resolve(streamingOnly.input());
    }
    if (plan instanceof Repartition repartition) {
      if (DirectPartitioning.applies(repartition)) {
        return DirectPartitioning.resolve(this, resolve(repartition.input()), repartition);
      }
      Scope repartitioned = checkPartitioning(resolve(repartition.input()), repartition.partitionExpressions());
      return repartitioned.withSameColumns(RangePartitions.repartitioned(repartitioned.plan()));
    }
    if (plan instanceof dev.ember.plan.logical.ScriptTransform script) {
      return ScriptTransforms.resolve(this, script);
    }
    if (plan instanceof dev.ember.plan.logical.MapPartitions map) {
      Scope input = resolve(map.input()).visible();
      List<Attribute> output = map.function().outputSchema(schemaOf(input.plan())).fields().stream()
          .map(field -> newAttribute(field.name(), field.dataType(), field.nullable())).toList();
      return Scope.of(UserFunctionCalls.eachRow(this, input.plan(), map.function(), output)
          .orElseGet(() -> new dev.ember.plan.resolved.UserCodeRows(input.plan(), map.function(), output)));
    }
    if (plan instanceof Sample sample) {
      return SampleResolver.resolve(resolve(sample.input()), sample);
    }
    if (plan instanceof PlanIdTag tag) {
      return resolve(tag.input()).tagged(tag.planId());
    }
    if (plan instanceof dev.ember.plan.logical.DefaultCollation collated) {
      String outer = defaultCollation;
      defaultCollation = dev.ember.engine.functions.SparkCollations.normalized(collated.collation());
      try {
        return resolve(collated.input());
      } finally {
        defaultCollation = outer;
      }
    }
    if (plan instanceof dev.ember.plan.logical.WithSqlOrigins sql) {
      origins.enter(sql.origins());
      try {
        return resolve(sql.input());
      } finally {
        origins.leave();
      }
    }
    if (plan instanceof dev.ember.plan.logical.WithRelations with) {
      referencedRelations.putAll(with.references());
      return resolve(with.root());
    }
    if (plan instanceof dev.ember.plan.logical.ReferencedRelation reference) {
      LogicalPlan referenced = referencedRelations.get(reference.planId());
      if (referenced == null) {
        throw dev.ember.plan.errors.SparkErrors.internal("no relation with plan id " + reference.planId()
            + " among the references of the plan");
      }
      return resolve(referenced);
    }
    throw new IllegalStateException("unexpected " + plan);

  }

  /** Partitioning has no effect on one machine, but its expressions must still resolve. */
  private Scope checkPartitioning(Scope input, List<Expression> expressions) {
    ExpressionResolver resolver = expressions(input, false);
    for (Expression expression : expressions) {
      resolver.resolve(expression instanceof SortOrder order ? order.child() : expression);
    }
    return input;
  }

  ExpressionResolver expressions(Scope scope, boolean allowAggregates) {
    return new ExpressionResolver(this, scope, allowAggregates);
  }

  /** The session time zone: timestamp literals are named in it. */
  java.time.ZoneId timeZone() {
    return java.time.ZoneId.of(session.conf().timeZone());
  }

  /** The scopes of the queries around the subquery being resolved. */
  /** The session variables a name no column answers to may read. */
  VariableReferences variables() {
    return new VariableReferences(session.variables(), sqlFunctionCalls::currentParameters,
        sqlFunctionCalls::qualifiedParameter);
  }

  /**
   * The SQL function a call names: a one-part name looked up along the path (temporary functions in
   * {@code system.session}, persistent ones in a database); {@code db.f} and {@code spark_catalog.db.f} (the parts
   * joined by dots) a database's.
   */
  /** The session's temporary functions (its user-defined table functions among them). */
  dev.ember.catalog.SqlFunctions sessionFunctions() {
    return session.sqlFunctions();
  }

  java.util.Optional<dev.ember.plan.command.SqlFunction> sqlFunction(String name) {
    return routine(name).flatMap(Routine::sql);
  }

  /**
   * The function a call names: a one-part name is the first the path's namespaces hold (a built-in function in
   * {@code system.builtin}, a temporary one in {@code system.session}, a persistent one in a database); a qualified
   * name a database's SQL function.
   */
  java.util.Optional<Routine> routine(String name) {
    List<String> nameParts = FunctionNames.parts(name);
    if (nameParts.size() > 1) {
      return noted(session.catalog().storedFunction(nameParts).map(this::persistentRoutine));
    }
    for (List<String> namespace : resolutionPath().namespaces(session.catalog().currentDatabase())) {
      java.util.Optional<Routine> found = dev.ember.catalog.SqlPath.isBuiltin(namespace)
          ? FunctionRegistry.lookup(name).map(Routine::of)
          : dev.ember.catalog.SqlPath.isSession(namespace) ? session.sqlFunctions().get(name).map(Routine::of)
              .or(() -> session.sqlFunctions().userFunction(name).map(Routine::of))
              .or(() -> session.sqlFunctions().builder(name).map(Routine::of))
              .or(() -> session.sqlFunctions().classFunction(name).map(this::temporaryRoutine))
          : session.catalog().storedFunction(namespace, name).map(this::persistentRoutine);
      if (found.isPresent()) {
        return noted(found);
      }
    }
    return java.util.Optional.empty();
  }

  /** A database's function: its SQL, or the function its JVM class makes (the class loaded now, as Spark's). */
  private Routine persistentRoutine(dev.ember.catalog.CatalogFunction function) {
    return function.classFunction().map(classFunction -> Routine.of(dev.ember.plan.usercode.ClassFunctions.function(
        classFunction, function.displayName(), function.quotedName(), session.userClassLoader())))
        .orElseGet(() -> Routine.of(function.definition()));
  }

  /** A temporary function of a JVM class ({@code CREATE TEMPORARY FUNCTION f AS 'class'}). */
  private Routine temporaryRoutine(dev.ember.plan.command.ClassFunction function) {
    return Routine.of(dev.ember.plan.usercode.ClassFunctions.function(function, function.name(),
        dev.ember.plan.expressions.Identifiers.quote(function.name()), session.userClassLoader()));
  }

  /** What a function found reads: a temporary function, SQL data. */
  private java.util.Optional<Routine> noted(java.util.Optional<Routine> routine) {
    routine.flatMap(Routine::sql).ifPresent(function -> {
      if (function.qualifier().isEmpty()) {
        temporaryObjectsRead.add(new TemporaryObject("FUNCTION", function.quotedName()));
      }
      if (function.readsSqlData()) {
        readsSqlData = true;
      }
    });
    return routine;
  }

  /** What current_schema() answers: the current database, or a configured catalog's current namespace. */
  String currentSchemaName() {
    return session.catalog().currentSchemaName();
  }

  String currentCatalogName() {
    return session.catalog().catalogs().current();
  }

  String currentDatabase() {
    return session.catalog().currentDatabase();
  }

  /** {@code current_path()}: the session's path (a view's or function's frozen path is for its names only). */
  String currentPathText() {
    return session.catalog().path().text(session.catalog().currentDatabase());
  }

  /** The search path Spark's UNRESOLVED_ROUTINE and TABLE_OR_VIEW_NOT_FOUND show. */
  String searchPath() {
    return frozenPaths.isEmpty() && session.catalog().currentMemoryCatalog().isPresent()
        ? session.catalog().searchPath() : resolutionPath().searchPath(session.catalog().currentDatabase());
  }

  /** The path names resolve along: the frozen path of the view or function being expanded, else the session's. */
  dev.ember.catalog.SqlPath resolutionPath() {
    return frozenPaths.isEmpty() ? session.catalog().path() : frozenPaths.peek();
  }

  /** {@code body} resolved along a view's or function's frozen path, if it has one. */
  <T> T alongPath(java.util.Optional<dev.ember.catalog.SqlPath> path, java.util.function.Supplier<T> body) {
    if (path.isEmpty()) {
      return body.get();
    }
    frozenPaths.push(path.get());
    try {
      return body.get();
    } finally {
      frozenPaths.pop();
    }
  }

  /** The calls of function builders being resolved (their arguments, by the builder's parameter names). */
  BuiltCalls builtCalls() {
    return builtCalls;
  }

  SqlFunctionCalls sqlFunctionCalls() {
    return sqlFunctionCalls;
  }

  /**
   * Checks a new SQL function's body as Spark does when it is created: resolved with its parameters (NULLs of their
   * types); a scalar body must take the declared type, a table body give the declared number of columns.
   */
  public void validate(dev.ember.plan.command.SqlFunction function) {
    SqlFunctionBodies.validate(this, function);
  }

  /** The type a scalar SQL function declared without RETURNS gives: its body's. */
  public dev.ember.plan.types.DataType resultType(dev.ember.plan.command.SqlFunction function) {
    return SqlFunctionBodies.resultType(this, function);
  }

  OuterScopes outerScopes() {
    return outerScopes;
  }

  NameMatcher names() {
    return names;
  }

  /** {@code spark.sql.legacy.negativeIndexInArrayInsert}: array_insert's -1 is before the last element. */
  boolean legacyNegativeArrayInsert() {
    return session.conf().get("spark.sql.legacy.negativeIndexInArrayInsert")
        .map(value -> Boolean.parseBoolean(value.trim())).orElse(false);
  }

  /** {@code spark.sql.function.eltOutputAsString}: elt of binaries gives a string, as before Spark 2.3. */
  boolean eltOutputAsString() {
    return session.conf().get("spark.sql.function.eltOutputAsString").map(value -> Boolean.parseBoolean(value.trim()))
        .orElse(false);
  }

  /** {@code spark.sql.function.concatBinaryAsString}: concat of binaries gives a string, as before Spark 2.3. */
  boolean concatBinaryAsString() {
    return legacyFlag("spark.sql.function.concatBinaryAsString");
  }

  /** A boolean conf of the session, false unless set to true. */
  boolean legacyFlag(String key) {
    return session.conf().get(key).map(value -> Boolean.parseBoolean(value.trim())).orElse(false);
  }

  /** The shuffle partitions whose order Spark's grouped operators keep, unless coalesced (see SessionConf). */
  java.util.OptionalInt uncoalescedShufflePartitions() {
    return session.conf().uncoalescedShufflePartitions();
  }

  /** A session conf's value, when set. */
  java.util.Optional<String> confValue(String key) {
    return session.conf().get(key);
  }

  /** The result column of a deterministic user function call, one per function and arguments in a query. */
  Attribute userFunctionResult(List<Object> call, java.util.function.Supplier<Attribute> fresh) {
    return userFunctionResults.computeIfAbsent(call, key -> fresh.get());
  }

  /** What user code needs from the session (to name a user aggregate's column, Spark reads its class). */
  dev.ember.plan.usercode.UserCodeContext userCodeContext() {
    return new dev.ember.plan.usercode.UserCodeContext(session.conf().timeZone(), session.userClassLoader(),
        session.conf()::get);
  }

  boolean namesMetadataColumns() {
    return namesMetadataColumns;
  }

  void noteMetadataColumn(Attribute metadata) {
    metadataColumnIds.add(metadata.id());
  }

  /** Whether the attribute is a file source's metadata column, which projections pass on hidden. */
  boolean isMetadataColumn(Attribute attribute) {
    return metadataColumnIds.contains(attribute.id());
  }

  Attribute newAttribute(String name, dev.ember.plan.types.DataType type, boolean nullable) {
    return new Attribute(session.nextExpressionId(), name, type, nullable, List.of());
  }
}
