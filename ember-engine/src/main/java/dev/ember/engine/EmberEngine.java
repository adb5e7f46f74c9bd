package dev.ember.engine;

import dev.ember.engine.arrow.DuckDbArrowExport;
import dev.ember.plan.errors.SparkErrors;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.util.Map;
import java.util.Properties;
import java.util.concurrent.ConcurrentHashMap;
import org.apache.arrow.memory.BufferAllocator;
import org.apache.arrow.memory.RootAllocator;
import org.duckdb.DuckDBConnection;

/**
 * One embedded DuckDB database shared by many Spark sessions. Each session has its own connection,
 * configuration and temporary views.
 */
public final class EmberEngine implements AutoCloseable {
  private final DuckDBConnection database;
  /** Arrow memory of results on their way out (unshaded Arrow; the client has its own shaded copy). */
  private final BufferAllocator allocator;
  /** Whether DuckDB's Arrow export works here (see {@link DuckDbArrowExport#warmUp}), once started. */
  private final ArrowExportStart arrowExport;
  private final Map<String, EngineSession> sessions = new ConcurrentHashMap<>();
  /** Global temporary views: the engine's, shared by its sessions as Spark's are by an application's. */
  private final dev.ember.catalog.Views globalTempViews = new dev.ember.catalog.Views();
  /** The user functions registered in the database (DuckDB scalar functions), shared by every session. */
  private final UserFunctionRegistrations userFunctions = new UserFunctionRegistrations();

  private EmberEngine(DuckDBConnection database, BufferAllocator allocator, ArrowExportStart arrowExport) {
    this.database = database;
    this.allocator = allocator;
    this.arrowExport = arrowExport;
  }

  /** Starts an in-memory engine. Extensions are never downloaded: only DuckDB's built-in ones are used. */
  public static EmberEngine start() {
    return start(Map.of());
  }

  /**
   * Starts an in-memory engine with the engine-wide confs among {@code conf} ({@link DuckDbSettings}:
   * {@code spark.ember.duckdb.memoryLimit}, {@code spark.ember.duckdb.tempDirectory}); other keys are ignored.
   */
  private static final int MAX_EXPRESSION_DEPTH = 20_000;

  /** A new connection to the same database with Ember's settings (a session's, or one query's of a session). */
  static DuckDBConnection connectionLike(DuckDBConnection connection) throws SQLException {
    DuckDBConnection duplicate = (DuckDBConnection) connection.duplicate();
    try (java.sql.Statement statement = duplicate.createStatement()) {
      statement.execute("SET max_expression_depth = " + MAX_EXPRESSION_DEPTH);
      // DuckDB tracks a query's progress (for Spark Connect's ExecutionProgress) without printing it
      statement.execute("SET enable_progress_bar = true");
      statement.execute("SET enable_progress_bar_print = false");
    } catch (SQLException | RuntimeException e) {
      duplicate.close();
      throw e;
    }
    return duplicate;
  }

  public static EmberEngine start(Map<String, String> conf) {
    dev.ember.engine.files.FileAccess fileAccess = dev.ember.engine.files.FileAccess.of(conf);
    try {
      Class.forName("org.duckdb.DuckDBDriver");
      Properties properties = DuckDbSettings.startProperties(conf);
      properties.setProperty("autoinstall_known_extensions", "false");
      properties.setProperty("autoload_known_extensions", "false");
      Connection connection = DriverManager.getConnection("jdbc:duckdb:", properties);
      BufferAllocator allocator = new RootAllocator();
      DuckDBConnection database = connection.unwrap(DuckDBConnection.class);
      dev.ember.engine.moments.MomentFunction.register(database);
      dev.ember.engine.moments.RunningMomentFunction.register(database);
      dev.ember.engine.functions.JavaFunctions.register(database);
      EmberEngine engine = new EmberEngine(database, allocator, ArrowExportStart.begin(database, allocator));
      engine.scriptsAllowed = !"false".equalsIgnoreCase(conf.getOrDefault(SCRIPTS_ENABLED, "true").trim());
      engine.fileAccess = fileAccess;
      return engine;
    } catch (SQLException e) {
      for (Map.Entry<String, String> entry : conf.entrySet()) {
        if (DuckDbSettings.isDuckDbSetting(entry.getKey()) && e.getMessage() != null && e.getMessage().contains(entry.getValue())) {
          throw DuckDbSettings.invalid(entry.getKey(), entry.getValue(), e.getMessage());
        }
      }
      throw SparkErrors.internal("Could not start the embedded DuckDB engine: " + e.getMessage());
    } catch (ClassNotFoundException e) {
      throw SparkErrors.internal("Could not start the embedded DuckDB engine: " + e.getMessage());
    }
  }

  private volatile ClassLoader userClassLoader;
  /** The conf of {@link #start(Map)} that lets SQL run scripts ({@code SELECT TRANSFORM ... USING}); on by default. */
  public static final String SCRIPTS_ENABLED = "spark.ember.scripts.enabled";
  /** Whether SQL may run scripts on this machine (a server's start option; no client can set it). */
  private volatile boolean scriptsAllowed = true;

  private volatile boolean engineSettingsFixed;
  /** The directories readers and writers may use (a server's start option, {@link dev.ember.engine.files.FileAccess}). */
  private volatile dev.ember.engine.files.FileAccess fileAccess = dev.ember.engine.files.FileAccess.UNRESTRICTED;

  private volatile java.util.Optional<StatementObserver> statementObserver = java.util.Optional.empty();

  /** Tells {@code observer} of every statement the engine's sessions run from now on, with its DuckDB profile. */
  public void observeStatements(StatementObserver observer) {
    statementObserver = java.util.Optional.of(observer);
  }

  /** The observer of statements, if a tool set one. */
  java.util.Optional<StatementObserver> statementObserver() {
    return statementObserver;
  }

  /**
   * Fixes the engine-wide DuckDB settings ({@link DuckDbSettings}) as they were started with: a server's sessions
   * belong to different clients, so none may set them ({@code CANNOT_MODIFY_STATIC_CONFIG}). Called before the first
   * session.
   */
  public void fixEngineSettings() {
    engineSettingsFixed = true;
    sessions.values().forEach(session -> session.fixEngineSettings(true));
  }

  /** The session with this id, created on first use (Spark Connect creates sessions lazily). */
  public EngineSession session(String sessionId) {
    return session(sessionId, sessionId);
  }

  /**
   * The session of this engine-wide {@code key} (a server's sessions are its users' session ids: one id may name a
   * session of each user), whose client knows it as {@code sessionId}; created on first use.
   */
  public EngineSession session(String key, String sessionId) {
    return sessions.computeIfAbsent(key, id -> {
      EngineSession session = new EngineSession(id, sessionId, newConnection(), allocator, arrowExport,
          globalTempViews, userFunctions, this::statementObserver);
      ClassLoader loader = userClassLoader;
      if (loader != null) {
        session.setUserClassLoader(loader);
      }
      session.allowScripts(scriptsAllowed);
      session.restrictFiles(fileAccess);
      session.fixEngineSettings(engineSettingsFixed);
      return session;
    });
  }

  /**
   * The class loader new sessions load user code with (a submitted job's jars); by default each session takes the
   * thread's context class loader when it is created.
   */
  public void setUserClassLoader(ClassLoader loader) {
    this.userClassLoader = loader;
  }

  /** The operations running in any session now. */
  public java.util.Set<String> runningOperations() {
    return sessions.values().stream().flatMap(session -> session.runningOperations().stream())
        .collect(java.util.stream.Collectors.toUnmodifiableSet());
  }

  /** The sessions open now. */
  public int sessionCount() {
    return sessions.size();
  }

  public boolean hasSession(String key) {
    return sessions.containsKey(key);
  }

  /** Closes the session of this key (its connection, tables and caches), if it is open. */
  public void closeSession(String key) {
    EngineSession session = sessions.remove(key);
    if (session != null) {
      session.close();
    }
  }

  /**
   * A session's connection. Its expression and plan depth limit is far above DuckDB's 1000: a Spark plan may
   * nest as deeply as its server accepts (1024 messages by default), and requests run on deep stacks.
   */
  private DuckDBConnection newConnection() {
    try {
      return connectionLike(database);
    } catch (SQLException e) {
      throw SparkErrors.internal("Could not open a DuckDB connection: " + e.getMessage());
    }
  }

  @Override
  public void close() {
    arrowExport.awaitReady(); // its connection and Arrow memory close before the database and the allocator
    sessions.keySet().forEach(this::closeSession);
    try {
      database.close();
    } catch (SQLException e) {
      throw SparkErrors.internal("Could not close the DuckDB engine: " + e.getMessage());
    } finally {
      allocator.close();
    }
  }
}
