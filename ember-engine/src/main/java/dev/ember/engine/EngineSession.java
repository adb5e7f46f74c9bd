package dev.ember.engine;

import dev.ember.catalog.Views;
import dev.ember.engine.arrow.ArrowBatch;
import dev.ember.engine.arrow.DuckDbArrowExport;
import dev.ember.engine.arrow.RowBatchEncoder;
import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import dev.ember.plan.errors.SparkErrors;
import dev.ember.plan.logical.LogicalPlan;
import dev.ember.plan.types.StructType;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.ZoneId;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.function.Consumer;
import org.apache.arrow.memory.BufferAllocator;
import org.duckdb.DuckDBConnection;

/** One Spark session: its conf, its temporary views and its own DuckDB connection. */
public final class EngineSession implements AutoCloseable {
  private final String key;
  private final String sessionId;
  private final SessionConf conf = new SessionConf();
  private final Views tempViews = new Views();
  private final dev.ember.catalog.SqlFunctions sqlFunctions = new dev.ember.catalog.SqlFunctions();
  private final dev.ember.engine.python.PythonDataSources pythonDataSources =
      new dev.ember.engine.python.PythonDataSources();
  private final dev.ember.engine.streaming.StreamingQueries streamingQueries =
      new dev.ember.engine.streaming.StreamingQueries();
  /** The engine's global temporary views, shared by its sessions. */
  private final Views globalTempViews;
  private final dev.ember.catalog.SessionCatalog catalog;
  private final SessionVariables variables = new SessionVariables();
  private final RunningOperations operations;
  private final AtomicLong expressionIds = new AtomicLong();
  private final Map<LogicalPlan, CachedRelation> cache = new ConcurrentHashMap<>();
  private final Map<String, CachedRelation> checkpoints = new ConcurrentHashMap<>();
  private final AtomicLong cachedTables = new AtomicLong();
  private final Map<String, java.util.List<ColumnDescription>> fileSchemas = new ConcurrentHashMap<>();
  private final Map<String, Map<String, java.math.BigDecimal>> fileMagnitudes = new ConcurrentHashMap<>();
  private final Map<String, java.util.List<String>> fileFacts = new ConcurrentHashMap<>();
  private final SessionFiles sessionFiles = new SessionFiles();
  private final DuckDBConnection connection;
  private final BufferAllocator allocator;
  private final RowBatchEncoder rowEncoder;
  private final ArrowExportStart arrowExport;
  private final LocalTables localTables;
  private final OrcTables orcTables;
  private final UserCodeStages userCodeStages;
  /** Where user code's classes come from: the application's class loader, or one over the client's uploads. */
  private volatile ClassLoader userClassLoader;
  private static final String WAREHOUSE_DIR = "spark.sql.warehouse.dir";
  /** Sessions so far in this JVM: each names its tables with its own number. */
  private static final AtomicLong SESSIONS = new AtomicLong();
  /** The start of the name of every table this session creates (dropped when it closes). */
  private final String tablePrefix;
  private final QueryConnections queryConnections;
  /** Who is told of each statement run, with its DuckDB profile (a server's web UI), if anyone. */
  private final java.util.function.Supplier<Optional<StatementObserver>> statementObserver;
  /**
   * The session's own connection (its tables, describe, explain, settings), with the time zone it is set to; used
   * in this session's synchronized methods only, one statement at a time, while queries run on their own.
   */
  private final QueryConnections.QueryConnection sessionConnection;

  EngineSession(String key, String sessionId, DuckDBConnection connection, BufferAllocator allocator,
      ArrowExportStart arrowExport, Views globalTempViews, UserFunctionRegistrations userFunctions,
      java.util.function.Supplier<Optional<StatementObserver>> statementObserver) {
    this.key = key;
    this.statementObserver = statementObserver;
    this.sessionId = sessionId;
    this.operations = new RunningOperations(userFunctions.calls());
    this.globalTempViews = globalTempViews;
    this.catalog = new dev.ember.catalog.SessionCatalog(tempViews, globalTempViews,
        () -> conf.get(WAREHOUSE_DIR).orElseThrow(), () -> conf.get(dev.ember.catalog.SqlPath.DEFAULT_PATH_CONF),
        conf::get);
    this.connection = connection;
    this.allocator = allocator;
    this.arrowExport = arrowExport;
    this.rowEncoder = new RowBatchEncoder(allocator);
    this.tablePrefix = "ember_s" + SESSIONS.incrementAndGet() + "_";
    this.localTables = new LocalTables(connection, allocator, tablePrefix + "local_", this::dropTable);
    this.orcTables = new OrcTables(connection, allocator, tablePrefix + "orc_", this::dropTable);
    this.queryConnections = new QueryConnections(connection);
    this.userClassLoader = Thread.currentThread().getContextClassLoader() != null
        ? Thread.currentThread().getContextClassLoader() : EngineSession.class.getClassLoader();
    this.userCodeStages = new UserCodeStages(connection, allocator, this::executeInArrowBatches,
        () -> new dev.ember.plan.usercode.UserCodeContext(conf.timeZone(), userClassLoader, conf::get), operations,
        this::dropTable, userFunctions);
    this.sessionConnection = new QueryConnections.QueryConnection(connection);
  }

  /**
   * The table holding a local relation's data, sent as Arrow IPC streams with {@code columns} columns: loaded
   * into DuckDB through Arrow on first use, found again by content.
   */
  public synchronized dev.ember.plan.logical.LocalData.Table localTable(List<byte[]> ipcStreams, int columns) {
    return localTables.load(ipcStreams, columns);
  }

  /**
   * The table holding ORC {@code files}' rows as {@code read} says (columns {@code c0, c1, ...}, then each row's file):
   * loaded through Arrow when first read, found again while the files are unchanged.
   */
  public synchronized dev.ember.engine.orc.OrcRead.Table orcTable(List<String> files,
      dev.ember.engine.orc.OrcRead read) {
    return orcTables.load(files, read, fileKey(FileQuery.of("orc"), files));
  }

  /** The session id its client knows it by. */
  public String sessionId() {
    return sessionId;
  }

  /** The engine-wide key of the session ({@link EmberEngine#session(String, String)}): its user's and its id. */
  public String key() {
    return key;
  }

  /** The session's catalog: its current database, temporary views and the warehouse's tables and views. */
  public dev.ember.catalog.SessionCatalog catalog() {
    return catalog;
  }

  public SessionConf conf() {
    return conf;
  }

  /** The session's SQL variables ({@code DECLARE VARIABLE}). */
  public SessionVariables variables() {
    return variables;
  }

  /** Whether the engine-wide DuckDB settings are fixed (a server's): no session may set them. */
  private volatile boolean engineSettingsFixed;

  void fixEngineSettings(boolean fixed) {
    this.engineSettingsFixed = fixed;
  }

  /**
   * Sets a conf; the engine-wide DuckDB settings ({@link DuckDbSettings}) also reach DuckDB, checked by it, unless
   * the engine fixed them at start ({@code CANNOT_MODIFY_STATIC_CONFIG}).
   */
  public synchronized void setConf(String key, String value) {
    if (DuckDbSettings.isDuckDbSetting(key)) {
      if (engineSettingsFixed) {
        throw DuckDbSettings.fixedAtStart(key);
      }
      DuckDbSettings.apply(connection, key, value);
    }
    conf.set(key, value);
  }

  public synchronized void unsetConf(String key) {
    if (DuckDbSettings.isDuckDbSetting(key) && engineSettingsFixed) {
      throw DuckDbSettings.fixedAtStart(key);
    }
    if (DuckDbSettings.isDuckDbSetting(key) && conf.get(key).isPresent()) {
      DuckDbSettings.reset(connection, key);
    }
    conf.unset(key);
  }

  /** A new unique expression id (Spark's exprId) for an attribute of this session's plans. */
  public long nextExpressionId() {
    return expressionIds.incrementAndGet();
  }

  /** Spark's {@code cloneSession}: this new session starts with the source's settings and temporary views. */
  public void copyStateFrom(EngineSession source) {
    conf.copyFrom(source.conf);
    tempViews.copyFrom(source.tempViews);
    sqlFunctions.copyFrom(source.sqlFunctions);
    pythonDataSources.copyFrom(source.pythonDataSources);
    catalog.copyFrom(source.catalog);
  }

  public void createTempView(String name, LogicalPlan plan, boolean replace) {
    createTempView(name, plan, replace, Optional.empty());
  }

  /** A temporary view CREATE TEMPORARY VIEW made: it keeps its SQL definition for SHOW TABLE EXTENDED. */
  public void createTempView(String name, LogicalPlan plan, boolean replace,
      Optional<Views.SqlDefinition> definition) {
    if (!tempViews.create(name, plan, replace, definition)) {
      throw viewExists("`" + name + "`");
    }
  }

  /** The SQL definition of a temporary view CREATE TEMPORARY VIEW made. */
  public Optional<Views.SqlDefinition> tempViewDefinition(String name) {
    return tempViews.definition(name);
  }

  public Optional<LogicalPlan> tempView(String name) {
    return tempViews.get(name);
  }

  public boolean dropTempView(String name) {
    return tempViews.drop(name);
  }

  public java.util.Set<String> tempViewNames() {
    return tempViews.names();
  }

  /** {@code CREATE GLOBAL TEMPORARY VIEW} / {@code createGlobalTempView}: visible to every session as global_temp.name. */
  public void createGlobalTempView(String name, LogicalPlan plan, boolean replace) {
    createGlobalTempView(name, plan, replace, Optional.empty());
  }

  /** A global temporary view CREATE GLOBAL TEMPORARY VIEW made, with its SQL definition. */
  public void createGlobalTempView(String name, LogicalPlan plan, boolean replace,
      Optional<Views.SqlDefinition> definition) {
    if (!globalTempViews.create(name, plan, replace, definition)) {
      throw viewExists("`" + Views.GLOBAL_TEMP_NAMESPACE + "`.`" + name + "`");
    }
  }

  /** The session's registered Python data sources ({@code spark.dataSource.register}). */
  public dev.ember.engine.python.PythonDataSources pythonDataSources() {
    return pythonDataSources;
  }

  /** The session's streaming queries ({@code writeStream.start()}). */
  public dev.ember.engine.streaming.StreamingQueries streamingQueries() {
    return streamingQueries;
  }

  /** The session's temporary SQL functions. */
  public dev.ember.catalog.SqlFunctions sqlFunctions() {
    return sqlFunctions;
  }

  public Views globalTempViews() {
    return globalTempViews;
  }

  private static EmberException viewExists(String quotedName) {
    return new EmberException(ErrorKind.TEMP_TABLE_ALREADY_EXISTS, "TEMP_TABLE_OR_VIEW_ALREADY_EXISTS", "42P07",
        "Cannot create the temporary view " + quotedName + " because it already exists.",
        Map.of("relationName", quotedName));
  }

  /**
   * Runs generated SQL and reads the whole result. {@code operationId} lets {@link #cancel} stop it.
   */
  public QueryResult execute(String operationId, QueryText sql, StructType schema) {
    java.util.List<Object[]> rows = new java.util.ArrayList<>();
    executeInBatches(operationId, sql, schema, Integer.MAX_VALUE, rows::addAll);
    return new QueryResult(schema, rows);
  }

  /**
   * Runs generated SQL and hands its rows to {@code batches} as they are read, at most
   * {@code batchRows} at a time (at least one batch, possibly empty): memory stays bounded by the
   * batch, whatever the size of the result.
   */
  public void executeInBatches(String operationId, QueryText sql, StructType schema, int batchRows,
      Consumer<List<Object[]>> batches) {
    run(operationId, sql, resultSet -> readRows(operationId, resultSet, schema, batchRows, batches));
  }

  /**
   * Runs generated SQL and hands its result to {@code batches} as Arrow IPC streams with Spark's
   * Arrow schema, at most {@code batchRows} rows each (at least one, possibly empty): DuckDB's own
   * Arrow export where every column has its Spark type's physical shape, rows read through JDBC
   * otherwise (e.g. a column of Spark's NULL type, or {@link SessionConf#ARROW_EXPORT} off).
   */
  /** The export when it has started, or when this session set {@link SessionConf#ARROW_EXPORT} to true. */
  private boolean arrowExportReady() {
    if (conf.get(SessionConf.ARROW_EXPORT).isPresent()) {
      return conf.arrowExport() && arrowExport.awaitReady();
    }
    return arrowExport.readyNow();
  }

  public void executeInArrowBatches(String operationId, QueryText sql, StructType schema, int batchRows,
      Consumer<ArrowBatch> batches) {
    String timeZone = conf.timeZone();
    run(operationId, sql, resultSet -> {
      long maxBatchBytes = maxArrowBatchBytes();
      if (arrowExportReady() && DuckDbArrowExport.supports(resultSet.getMetaData(), schema)) {
        DuckDbArrowExport.stream(resultSet, schema, timeZone, batchRows, maxBatchBytes, allocator,
            () -> operations.requireNotCancelled(operationId), batches);
      } else {
        readRows(operationId, resultSet, schema, batchRows,
            rows -> encodeWithin(maxBatchBytes, schema, rows, timeZone, batches));
      }
    });
  }

  /**
   * Spark's cap on a result batch: 70% of {@code spark.connect.grpc.arrow.maxBatchSize} (the size is an estimate),
   * so that any row that fits the client's message limit streams.
   */
  private long maxArrowBatchBytes() {
    String key = "spark.connect.grpc.arrow.maxBatchSize";
    return (long) (ConfNumbers.bytes(key, conf.getOrDefault(key, "128m")) * 0.7);
  }

  /** Rows as Arrow IPC streams of at most {@code maxBytes} bytes each (one row at least). */
  private void encodeWithin(long maxBytes, StructType schema, List<Object[]> rows, String timeZone,
      Consumer<ArrowBatch> batches) {
    ArrowBatch batch = rowEncoder.encodeBatch(schema, rows, timeZone);
    if (batch.data().length <= maxBytes || rows.size() <= 1) {
      batches.accept(batch);
      return;
    }
    int half = rows.size() / 2;
    encodeWithin(maxBytes, schema, rows.subList(0, half), timeZone, batches);
    encodeWithin(maxBytes, schema, rows.subList(half, rows.size()), timeZone, batches);
  }

  /** Rows computed in Java (e.g. {@code show()}'s text) as Arrow IPC streams of at most {@code batchRows} rows. */
  public List<ArrowBatch> encode(QueryResult result, int batchRows) {
    return rowEncoder.encode(result.schema(), result.rows(), conf.timeZone(), batchRows);
  }

  /**
   * Runs a query on a connection of its own (to the same database), so that a session's queries may run and
   * stream at the same time, as Spark's do; the tables a session creates are ordinary tables, seen by all.
   */
  private void run(String operationId, QueryText sql, RunningOperations.ResultHandler handler) {
    try (UserCodeStages.Held stages = userCodeStages.materialize(operationId, sql)) {
      QueryConnections.QueryConnection queryConnection = queryConnections.take();
      String zone = zone();
      Optional<StatementObserver> observer = statementObserver.get();
      long start = System.nanoTime();
      try {
        observer.ifPresent(queryConnection::profile);
        operations.run(operationId, sql, query -> queryConnection.lend(zone, query), handler);
      } finally {
        observer.ifPresent(watching -> watching.executed(key, operationId, sql.sql(), System.nanoTime() - start,
            queryConnection.profileJson()));
        queryConnections.give(queryConnection);
      }
    }
  }

  private volatile boolean scriptsAllowed = true;
  private volatile dev.ember.engine.files.FileAccess fileAccess = dev.ember.engine.files.FileAccess.UNRESTRICTED;

  /** The directories this session's readers and writers may use, as the engine was started. */
  public dev.ember.engine.files.FileAccess fileAccess() {
    return fileAccess;
  }

  void restrictFiles(dev.ember.engine.files.FileAccess access) {
    this.fileAccess = access;
  }

  /** The warehouse directory, which an allow-list of files always admits. */
  public java.util.Optional<String> warehouseDirectory() {
    return conf.get(WAREHOUSE_DIR);
  }

  /** Whether this session's SQL may run scripts ({@code SELECT TRANSFORM ... USING}), as the engine was started. */
  public boolean scriptsAllowed() {
    return scriptsAllowed;
  }

  void allowScripts(boolean allowed) {
    this.scriptsAllowed = allowed;
  }

  /** The class loader user code (UDFs, typed functions) is loaded with. */
  public ClassLoader userClassLoader() {
    return userClassLoader;
  }

  /** Loads user code through {@code loader} from now on (a server session's uploaded classes and jars). */
  public void setUserClassLoader(ClassLoader loader) {
    this.userClassLoader = loader;
  }

  /**
   * Runs generated SQL that writes rather than reads (DuckDB's {@code COPY (query) TO ...}) on a query connection, in
   * the session's time zone; {@code operationId} lets {@link #cancel} stop it.
   */
  public void executeStatement(String operationId, QueryText sql) {
    try (UserCodeStages.Held stages = userCodeStages.materialize(operationId, sql)) {
      QueryConnections.QueryConnection queryConnection = queryConnections.take();
      String zone = zone();
      Optional<StatementObserver> observer = statementObserver.get();
      long start = System.nanoTime();
      try {
        observer.ifPresent(queryConnection::profile);
        operations.runStatement(operationId, sql, query -> queryConnection.lend(zone, query));
      } finally {
        observer.ifPresent(watching -> watching.executed(key, operationId, sql.sql(), System.nanoTime() - start,
            queryConnection.profileJson()));
        queryConnections.give(queryConnection);
      }
    }
  }

  private void readRows(String operationId, ResultSet resultSet, StructType schema, int batchRows,
      Consumer<List<Object[]>> batches) throws SQLException {
    boolean first = true;
    while (true) {
      List<Object[]> batch = ResultReader.readBatch(resultSet, schema, batchRows);
      operations.requireNotCancelled(operationId);
      if (first || !batch.isEmpty()) {
        batches.accept(batch);
      }
      first = false;
      if (batch.size() < batchRows) {
        return;
      }
    }
  }

  /**
   * Materializes {@code plan} (computed by {@code positionalSql}, whose columns are named c0, c1, ...)
   * once; later plans containing the same subtree read the table instead.
   */
  public void cache(LogicalPlan plan, QueryText positionalSql, StructType schema, CachedRelation.StorageLevel level) {
    if (cache.containsKey(plan)) {
      return;
    }
    cache.put(plan, new CachedRelation(materialize(positionalSql), schema, level));
  }

  /**
   * {@code Dataset.checkpoint}/{@code localCheckpoint}: materializes {@code positionalSql} (columns c0,
   * c1, ...) and returns the id later plans name it by ({@code CachedRemoteRelation}).
   */
  public String checkpoint(QueryText positionalSql, StructType schema) {
    String id = java.util.UUID.randomUUID().toString();
    checkpoints.put(id, new CachedRelation(materialize(positionalSql), schema, CachedRelation.StorageLevel.MEMORY_AND_DISK));
    return id;
  }

  public Optional<CachedRelation> checkpointed(String id) {
    return Optional.ofNullable(checkpoints.get(id));
  }

  /** Forgets a checkpoint and frees its table; an unknown id is nothing to do. */
  public void removeCheckpoint(String id) {
    CachedRelation removed = checkpoints.remove(id);
    if (removed != null) {
      dropTable(removed.tableName());
    }
  }

  private String materialize(QueryText positionalSql) {
    return materialize("cache_", positionalSql);
  }

  /**
   * The rows of a table a configured in-memory catalog holds: {@code positionalSql} (columns c0, c1, ...) computed
   * into a new table of this session, whose name is returned (dropped by {@link #dropStoredRows} or with the session).
   */
  public String storeRows(QueryText positionalSql) {
    return materialize("rows_", positionalSql);
  }

  /** Adds the rows of {@code positionalSql} (the table's columns, in order) to a table {@link #storeRows} made. */
  public synchronized void appendRows(String table, QueryText positionalSql) {
    run("append-" + table, positionalSql.around("INSERT INTO \"" + table + "\" ", ""));
  }

  public void dropStoredRows(String table) {
    dropTable(table);
  }

  private synchronized String materialize(String kind, QueryText positionalSql) {
    String table = tablePrefix + kind + cachedTables.incrementAndGet();
    run("cache-" + table, positionalSql.around("CREATE TABLE \"" + table + "\" AS ", ""));
    return table;
  }

  private void run(String operation, QueryText statementSql) {
    try (UserCodeStages.Held stages = userCodeStages.materialize(operation, statementSql)) {
      synchronized (connection) {
        try (java.sql.PreparedStatement statement = sessionConnection.prepare(zone(), statementSql)) {
          statement.execute();
        }
      }
    } catch (SQLException e) {
      throw DuckDbErrors.translate(e, statementSql.sql());
    }
  }

  public Optional<CachedRelation> cached(LogicalPlan plan) {
    return cache.isEmpty() ? Optional.empty() : Optional.ofNullable(cache.get(plan));
  }

  /** The plans cached now. */
  public List<LogicalPlan> cachedPlans() {
    return List.copyOf(cache.keySet());
  }

  /** {@code CLEAR CACHE}: every cached plan forgotten. */
  public void uncacheAll() {
    List.copyOf(cache.keySet()).forEach(this::uncache);
  }

  public void uncache(LogicalPlan plan) {
    CachedRelation removed = cache.remove(plan);
    if (removed != null) {
      dropTable(removed.tableName());
    }
  }

  /**
   * Drops one of the session's tables on a query connection: the session's own connection may hold a result of
   * another thread's work (user code stages, a local table's load) while, say, the client's cleaner removes a
   * checkpoint.
   */
  private void dropTable(String table) {
    QueryConnections.QueryConnection dropping = queryConnections.take();
    try (Statement statement = dropping.statement(zone())) {
      statement.execute("DROP TABLE IF EXISTS \"" + table + "\"");
    } catch (SQLException e) {
      throw DuckDbErrors.translate(e, "DROP TABLE " + table);
    } finally {
      queryConnections.give(dropping);
    }
  }


  /**
   * The columns a read of {@code files} produces ({@link #describe}), remembered while the files
   * are unchanged (same size and modification time): planning a query over Parquet files does not
   * open them again.
   */
  public java.util.List<ColumnDescription> describeFiles(FileQuery query, java.util.List<String> files) {
    return fileSchemas.computeIfAbsent(fileKey(query, files), ignored -> describe(query.sql().get()));
  }

  /** What {@code query} asks and each file's size and modification time: what a remembered answer depends on. */
  private static String fileKey(FileQuery query, java.util.List<String> files) {
    StringBuilder key = new StringBuilder(query.what());
    for (String file : files) {
      key.append('\n').append(file);
      try {
        java.nio.file.attribute.BasicFileAttributes attributes = java.nio.file.Files.readAttributes(
            java.nio.file.Path.of(file), java.nio.file.attribute.BasicFileAttributes.class);
        key.append(':').append(attributes.size()).append(':').append(attributes.lastModifiedTime().toMillis());
      } catch (java.io.IOException | java.nio.file.InvalidPathException unreadable) {
        key.append(":?"); // the query fails on it, or names it gone; nothing is remembered of a failure
      }
    }
    return key.toString();
  }

  /**
   * The largest absolute value of each numeric column of Parquet {@code files} as their statistics
   * (read by {@code sql}) tell, remembered like {@link #describeFiles}; columns without statistics are absent.
   */
  public synchronized Map<String, java.math.BigDecimal> parquetMagnitudes(FileQuery query, java.util.List<String> files) {
    return fileMagnitudes.computeIfAbsent(fileKey(query, files), ignored -> {
      String sql = query.sql().get();
      try {
        synchronized (connection) {
          return Map.copyOf(ParquetStatistics.magnitudes(connection, sql));
        }
      } catch (SQLException e) {
        throw DuckDbErrors.translate(e, sql);
      }
    });
  }

  /**
   * The first column of {@code sql}'s rows, as text: a fact about {@code files} read from their metadata
   * (e.g. which Parquet columns are INT96), remembered like {@link #describeFiles}.
   */
  public synchronized java.util.List<String> fileFacts(FileQuery query, java.util.List<String> files) {
    return fileFacts.computeIfAbsent(fileKey(query, files), ignored -> {
      String sql = query.sql().get();
      synchronized (connection) {
        try (Statement statement = connection.createStatement(); ResultSet resultSet = statement.executeQuery(sql)) {
          java.util.List<String> facts = new java.util.ArrayList<>();
          while (resultSet.next()) {
            facts.add(resultSet.getString(1));
          }
          return java.util.List.copyOf(facts);
        } catch (SQLException e) {
          throw DuckDbErrors.translate(e, sql);
        }
      }
    });
  }

  /** The column names and DuckDB types a query would produce, without running it. */
  public synchronized java.util.List<ColumnDescription> describe(String sql) {
    synchronized (connection) {
      return describeLocked(sql);
    }
  }

  private java.util.List<ColumnDescription> describeLocked(String sql) {
    try (Statement statement = sessionConnection.statement(zone())) {
      try (ResultSet resultSet = statement.executeQuery("DESCRIBE " + sql)) {
        java.util.List<ColumnDescription> columns = new java.util.ArrayList<>();
        while (resultSet.next()) {
          columns.add(new ColumnDescription(resultSet.getString("column_name"), resultSet.getString("column_type")));
        }
        return columns;
      }
    } catch (SQLException e) {
      throw DuckDbErrors.translate(e, sql);
    }
  }

  /** DuckDB's physical plan of a query ({@code EXPLAIN}), as DuckDB draws it, without running the query. */
  public synchronized String physicalPlan(QueryText sql) {
    try (UserCodeStages.Held stages = userCodeStages.materialize("explain", sql)) {
      synchronized (connection) {
        try (java.sql.PreparedStatement statement = sessionConnection.prepare(zone(), sql.around("EXPLAIN ", ""));
            ResultSet resultSet = statement.executeQuery()) {
          StringBuilder plan = new StringBuilder();
          while (resultSet.next()) {
            plan.append(resultSet.getString(2).stripTrailing()).append('\n');
          }
          return plan.toString();
        }
      }
    } catch (SQLException e) {
      throw DuckDbErrors.translate(e, sql.sql());
    }
  }

  /** Cancels a running query; returns whether it was running. */
  public boolean cancel(String operationId) {
    return operations.cancel(operationId);
  }

  /** How far the running operation's DuckDB query is, when DuckDB knows. */
  public java.util.Optional<QueryProgress> progress(String operationId) {
    return operations.progress(operationId);
  }

  /** Whether cancelling this running operation was asked for. */
  public boolean isCancelled(String operationId) {
    return operations.isCancelled(operationId);
  }

  public java.util.Set<String> runningOperations() {
    return operations.ids();
  }

  /** The session's time zone as DuckDB's TimeZone setting takes it (ICU names an offset GMT+hh:mm). */
  private String zone() {
    ZoneId zone = ZoneId.of(conf.timeZone());
    if (zone instanceof java.time.ZoneOffset offset) {
      return offset.getTotalSeconds() == 0 ? "UTC" : "GMT" + offset.getId();
    }
    return zone.getId();
  }

  /** The tables this session created (its cached and local data): ordinary tables, so dropped by name. */
  private synchronized void dropOwnTables() throws SQLException {
    synchronized (connection) {
      dropOwnTablesLocked();
    }
  }

  private void dropOwnTablesLocked() throws SQLException {
    java.util.List<String> tables = new java.util.ArrayList<>();
    try (java.sql.PreparedStatement statement = connection.prepareStatement(
        "SELECT table_name FROM duckdb_tables() WHERE schema_name = 'main' AND starts_with(table_name, ?)")) {
      statement.setString(1, tablePrefix);
      try (ResultSet names = statement.executeQuery()) {
        while (names.next()) {
          tables.add(names.getString(1));
        }
      }
    }
    for (String table : tables) {
      try (Statement statement = connection.createStatement()) {
        statement.execute("DROP TABLE IF EXISTS \"" + table + "\"");
      }
    }
  }

  /** A new empty file of this session's own, removed when the session closes. */
  public java.nio.file.Path newFile(String suffix) {
    return sessionFiles.newFile(suffix);
  }

  @Override
  public void close() {
    streamingQueries.stopAll();
    SQLException failure = operations.cancelAll();
    sessionFiles.delete();
    try {
      queryConnections.close();
      dropOwnTables();
      connection.close();
    } catch (SQLException e) {
      failure = e;
    }
    if (failure != null) {
      throw SparkErrors.internal("Could not close session " + sessionId + " cleanly: " + failure.getMessage());
    }
  }
}
