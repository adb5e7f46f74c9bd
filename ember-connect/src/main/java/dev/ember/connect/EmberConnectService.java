package dev.ember.connect;

import dev.ember.engine.EmberEngine;
import dev.ember.engine.EngineSession;
import java.util.List;
import java.util.UUID;
import java.util.function.Supplier;
import org.apache.spark.connect.proto.AnalyzePlanRequest;
import org.apache.spark.connect.proto.AnalyzePlanResponse;
import org.apache.spark.connect.proto.ConfigRequest;
import org.apache.spark.connect.proto.ConfigResponse;
import org.apache.spark.connect.proto.ExecutePlanRequest;
import org.apache.spark.connect.proto.ExecutePlanResponse;
import org.apache.spark.connect.proto.FetchErrorDetailsRequest;
import org.apache.spark.connect.proto.FetchErrorDetailsResponse;
import org.apache.spark.connect.proto.InterruptRequest;
import org.apache.spark.connect.proto.InterruptResponse;
import org.apache.spark.connect.proto.ReattachExecuteRequest;
import org.apache.spark.connect.proto.ReleaseExecuteRequest;
import org.apache.spark.connect.proto.ReleaseExecuteResponse;
import org.apache.spark.connect.proto.ReleaseSessionRequest;
import org.apache.spark.connect.proto.ReleaseSessionResponse;
import org.apache.spark.connect.proto.SparkConnectServiceGrpc;
import org.sparkproject.io.grpc.Status;
import org.sparkproject.io.grpc.stub.StreamObserver;
import org.sparkproject.org.apache.arrow.memory.BufferAllocator;
import org.sparkproject.org.apache.arrow.memory.RootAllocator;

/**
 * Ember's Spark Connect service: the RPCs the official client makes, answered by the embedded
 * engine. The same service runs in-process and behind a network port.
 */
public final class EmberConnectService extends SparkConnectServiceGrpc.SparkConnectServiceImplBase
    implements AutoCloseable {
  private final ConnectSessions sessions;
  private final BufferAllocator allocator = new RootAllocator();
  private final ArtifactStore artifacts;
  private final LocalRelationDecoder localRelations;
  private final AnalyzeHandler analyzeHandler;
  private final ExecuteHandler executeHandler;
  private final ErrorEncoder errors;
  private final DetachedOperations detached;
  private final java.util.Optional<IdleSessions> idleSessions;
  private final GrpcLimits limits;
  private final OperationLimits operationLimits;
  private final QueryTimeouts queryTimeouts;
  private final ProgressReports progressReports = new ProgressReports();
  /** The operations recorded for a server's tools, once one asked ({@link #recordQueries}). */
  private volatile java.util.Optional<QueryHistory> history = java.util.Optional.empty();

  /**
   * Spark's {@code spark.connect.session.manager.defaultSessionTimeout}: with it, a service closes the sessions idle
   * that long ({@link IdleSessions}); a server sets it (default {@value #DEFAULT_SESSION_TIMEOUT}), the in-process
   * service of the embedded engine does not.
   */
  public static final String SESSION_TIMEOUT_CONF = IdleSessions.TIMEOUT_CONF;
  public static final String DEFAULT_SESSION_TIMEOUT = "60m";

  public EmberConnectService(EmberEngine engine) {
    this(() -> engine, java.util.Map.of());
  }

  /** A service with the server confs among {@code conf} ({@code spark.connect.execute.manager.detachedTimeout}). */
  public EmberConnectService(EmberEngine engine, java.util.Map<String, String> conf) {
    this(() -> engine, conf);
  }

  /** A service whose engine is still starting; requests wait for it. */
  public EmberConnectService(java.util.function.Supplier<EmberEngine> engine) {
    this(engine, java.util.Map.of());
  }

  private EmberConnectService(java.util.function.Supplier<EmberEngine> engine, java.util.Map<String, String> conf) {
    this.sessions = new ConnectSessions(engine, conf);
    this.artifacts = new ArtifactStore(conf);
    this.localRelations = new LocalRelationDecoder(allocator, artifacts);
    this.errors = new ErrorEncoder(conf);
    this.detached = new DetachedOperations(DetachedOperations.timeout(conf));
    this.idleSessions = IdleSessions.of(sessions, conf, expired -> artifacts.release(expired.id()));
    this.limits = GrpcLimits.of(conf);
    this.operationLimits = OperationLimits.of(conf);
    this.queryTimeouts = new QueryTimeouts(conf);
    CompressedPlans compressedPlans = new CompressedPlans(limits.recursionLimit());
    this.analyzeHandler = new AnalyzeHandler(localRelations, compressedPlans);
    this.executeHandler = new ExecuteHandler(localRelations, compressedPlans);
  }

  /** The limits of the server's confs ({@code spark.connect.grpc.*}). */
  /**
   * Registers a function builder in the session of this id (Spark's {@code createOrReplaceTempFunction}): what an
   * application embedding the server may do that a Connect client cannot.
   */
  public void registerFunctionBuilder(String userId, String sessionId, String name,
      dev.ember.plan.usercode.FunctionBuilder builder) {
    sessions.get(new SessionKey(userId, sessionId)).engine().sqlFunctions().register(name, builder);
    KeptPlans.stateChanged();
  }

  public GrpcLimits limits() {
    return limits;
  }

  /**
   * Records the service's operations from now on (what a server's web UI shows): the running ones and the last
   * {@code kept} finished, with their plans and DuckDB statements, each profiled by DuckDB. Waits for the engine to
   * have started; called again, returns the same history.
   */
  public synchronized QueryHistory recordQueries(int kept) {
    if (history.isEmpty()) {
      QueryHistory recording = new QueryHistory(kept);
      sessions.engine().observeStatements(recording);
      history = java.util.Optional.of(recording);
    }
    return history.get();
  }

  /** The open sessions, the latest used first. */
  public List<SessionSummary> sessionSummaries() {
    return sessions.all().stream()
        .map(session -> new SessionSummary(session.key().sessionId(), session.key().userId(), session.startMillis(),
            session.lastAccessMillis(), List.copyOf(session.engine().runningOperations())))
        .sorted(java.util.Comparator.comparingLong(SessionSummary::lastActivityMillis).reversed())
        .toList();
  }

  /**
   * How many times the session {@code sessionId}'s {@code spark.sql} queries ran on a plan prepared before
   * ({@link KeptPlans}); 0 for no such session.
   */
  public long reusedPlans(String sessionId) {
    return sessions.all().stream().filter(session -> session.key().sessionId().equals(sessionId))
        .mapToLong(session -> session.keptPlans().reuses()).sum();
  }

  /** How far DuckDB is with a running operation, as a fraction (0 to 1), when DuckDB knows. */
  public java.util.Optional<Double> progress(String operationId) {
    return sessions.all().stream()
        .filter(session -> session.engine().runningOperations().contains(operationId))
        .flatMap(session -> session.engine().progress(operationId).stream())
        .filter(dev.ember.engine.QueryProgress::known)
        .map(progress -> Math.min(1.0, (double) progress.rowsProcessed() / progress.totalRows()))
        .findFirst();
  }

  /**
   * Interrupts a running operation of any session, as the session's own client would ({@code interruptOperation}):
   * the client sees Spark's {@code OPERATION_CANCELED}. Returns whether it was running and is now cancelled.
   */
  public boolean cancel(String operationId) {
    return sessions.all().stream()
        .filter(session -> session.engine().runningOperations().contains(operationId))
        .anyMatch(session -> session.engine().cancel(operationId));
  }

  /** The service as a server adds it, as Spark binds it: requests parsed under {@code spark.connect.grpc.marshallerRecursionLimit}. */
  public org.sparkproject.io.grpc.ServerServiceDefinition definition() {
    return limits.bind(SparkConnectServiceGrpc.bindService(this));
  }

  @Override
  public void config(ConfigRequest request, StreamObserver<ConfigResponse> out) {
    SessionKey key = SessionKey.of(request.getUserContext(), request.getSessionId());
    unary(out, key, () -> {
      var session = sessions.get(key, observedSession(request.hasClientObservedServerSideSessionId(), request.getClientObservedServerSideSessionId()));
      ConfigResponse.Builder response;
      try {
        response = ConfigHandler.handle(request, session.engine());
      } finally {
        if (ConfigHandler.changes(request.getOperation())) {
          KeptPlans.stateChanged();
        }
      }
      return response
          .setSessionId(request.getSessionId())
          .setServerSideSessionId(session.serverSideSessionId())
          .build();
    });
  }

  @Override
  public void analyzePlan(AnalyzePlanRequest request, StreamObserver<AnalyzePlanResponse> out) {
    SessionKey key = SessionKey.of(request.getUserContext(), request.getSessionId());
    unary(out, key, () -> {
      var session = sessions.get(key, observedSession(request.hasClientObservedServerSideSessionId(), request.getClientObservedServerSideSessionId()));
      AnalyzePlanResponse.Builder response;
      try {
        response = analyzeHandler.handle(request, session.engine());
      } finally {
        if (request.hasPersist() || request.hasUnpersist()) {
          KeptPlans.stateChanged();
        }
      }
      return response
          .setSessionId(request.getSessionId())
          .setServerSideSessionId(session.serverSideSessionId())
          .build();
    });
  }

  @Override
  public void executePlan(ExecutePlanRequest request, StreamObserver<ExecutePlanResponse> out) {
    ConnectSessions.ConnectSession session;
    try {
      session = sessions.get(SessionKey.of(request.getUserContext(), request.getSessionId()), observedSession(request.hasClientObservedServerSideSessionId(),
          request.getClientObservedServerSideSessionId()));
    } catch (RuntimeException invalidSession) {
      out.onError(errors.encode(invalidSession, java.util.Optional.empty()));
      return;
    }
    String operationId = request.hasOperationId() ? request.getOperationId() : UUID.randomUUID().toString();
    OperationLimits.Slot slot;
    try {
      slot = operationLimits.acquire(session.runningCalls());
    } catch (RuntimeException overLimit) {
      out.onError(errors.encode(overLimit, java.util.Optional.of(session)));
      return;
    }
    session.operationTags().put(operationId, request.getTagsList());
    // responses go out as they are produced and the client takes them; a failure after the schema
    // ends the stream with the error
    PacedSender sender = new PacedSender(out, () -> session.engine().isCancelled(operationId));
    detached.watch(org.sparkproject.io.grpc.Context.current(), session.engine(), operationId);
    QueryTimeouts.Watch timeout = queryTimeouts.watch(session.engine(), operationId);
    java.util.function.UnaryOperator<ExecutePlanResponse.Builder> identified = response -> response
        .setSessionId(request.getSessionId())
        .setServerSideSessionId(session.serverSideSessionId())
        .setOperationId(operationId)
        .setResponseId(UUID.randomUUID().toString());
    ProgressReports.Reporting progress = progressReports.start(session.engine(), operationId, sender, identified);
    java.util.Optional<QueryRecord> record = history.map(recording -> recording.start(new QueryRecord(operationId,
        session.key(), System.currentTimeMillis(), CallSites.description(request.getPlan()),
        CallSites.of(request.getPlan()), request.getTagsList())));
    java.util.function.Consumer<ExecutePlanResponse.Builder> send = response -> {
      if (response.hasArrowBatch()) {
        record.ifPresent(recorded -> recorded.sent(response.getArrowBatch().getRowCount()));
      }
      sender.send(identified.apply(response).build());
    };
    try (slot; timeout; progress) {
      // a session streaming a result is in use (never idle) until the last response
      executeHandler.handle(request, operationId, session.engine(), session.keptPlans(), response -> {
        session.touch();
        if (response.hasResultComplete()) {
          progress.finish(send);
          // the operation's place is free before its client sees its end (and may send the next one)
          slot.close();
        }
        send.accept(response);
      });
      if (!ExecuteHandler.isReattachable(request)) {
        progress.finish(send);
      }
    } catch (RuntimeException | Error failure) {
      Throwable reported = timeout.failure(failure);
      record.ifPresent(recorded -> recorded.failed(reported));
      out.onError(errors.encode(reported, java.util.Optional.of(session)));
      return;
    } finally {
      session.operationTags().remove(operationId);
      session.touch();
      record.ifPresent(recorded -> {
        if (recorded.status() == QueryRecord.Status.RUNNING) {
          recorded.succeeded();
        }
        history.get().end(recorded);
      });
    }
    out.onCompleted();
  }

  @Override
  public void reattachExecute(ReattachExecuteRequest request, StreamObserver<ExecutePlanResponse> out) {
    SessionKey key = SessionKey.of(request.getUserContext(), request.getSessionId());
    try {
      sessions.existing(key, observedSession(request.hasClientObservedServerSideSessionId(),
          request.getClientObservedServerSideSessionId()));
    } catch (RuntimeException noSession) {
      out.onError(errors.encode(noSession, java.util.Optional.empty()));
      return;
    }
    // Every stream is sent whole and ends with result_complete, so a reattach finds nothing left.
    out.onError(Status.NOT_FOUND.withDescription("INVALID_HANDLE.OPERATION_NOT_FOUND: operation "
        + request.getOperationId() + " has already completed").asRuntimeException());
  }

  @Override
  public void releaseExecute(ReleaseExecuteRequest request, StreamObserver<ReleaseExecuteResponse> out) {
    // as Spark: the session must exist (the client checks the server-side session id, not the server)
    SessionKey key = SessionKey.of(request.getUserContext(), request.getSessionId());
    unary(out, key, () -> ReleaseExecuteResponse.newBuilder()
        .setSessionId(request.getSessionId())
        .setServerSideSessionId(sessions.existing(key, java.util.Optional.empty()).serverSideSessionId())
        .setOperationId(request.getOperationId())
        .build());
  }

  @Override
  public void releaseSession(ReleaseSessionRequest request, StreamObserver<ReleaseSessionResponse> out) {
    SessionKey key = SessionKey.of(request.getUserContext(), request.getSessionId());
    unary(out, key, () -> {
      ReleaseSessionResponse.Builder response = ReleaseSessionResponse.newBuilder().setSessionId(request.getSessionId());
      sessions.release(key).ifPresent(released -> response.setServerSideSessionId(released.serverSideSessionId()));
      artifacts.release(key.id());
      return response.build();
    });
  }

  @Override
  public void cloneSession(org.apache.spark.connect.proto.CloneSessionRequest request,
      StreamObserver<org.apache.spark.connect.proto.CloneSessionResponse> out) {
    SessionKey key = SessionKey.of(request.getUserContext(), request.getSessionId());
    unary(out, key, () -> {
      var source = sessions.get(key, observedSession(request.hasClientObservedServerSideSessionId(), request.getClientObservedServerSideSessionId()));
      var copy = sessions.cloneSession(key,
          request.hasNewSessionId() ? java.util.Optional.of(request.getNewSessionId()) : java.util.Optional.empty());
      String newId = request.hasNewSessionId() ? request.getNewSessionId() : copy.engine().sessionId();
      return org.apache.spark.connect.proto.CloneSessionResponse.newBuilder()
          .setSessionId(request.getSessionId())
          .setServerSideSessionId(source.serverSideSessionId())
          .setNewSessionId(newId)
          .setNewServerSideSessionId(copy.serverSideSessionId())
          .build();
    });
  }

  @Override
  public void interrupt(InterruptRequest request, StreamObserver<InterruptResponse> out) {
    SessionKey key = SessionKey.of(request.getUserContext(), request.getSessionId());
    unary(out, key, () -> {
      var session = sessions.get(key, observedSession(request.hasClientObservedServerSideSessionId(), request.getClientObservedServerSideSessionId()));
      EngineSession engine = session.engine();
      InterruptResponse.Builder response = InterruptResponse.newBuilder()
          .setSessionId(request.getSessionId())
          .setServerSideSessionId(session.serverSideSessionId());
      List<String> targets = switch (request.getInterruptType()) {
        case INTERRUPT_TYPE_OPERATION_ID -> List.of(request.getOperationId());
        case INTERRUPT_TYPE_TAG -> engine.runningOperations().stream()
            .filter(id -> session.operationTags().getOrDefault(id, List.of()).contains(request.getOperationTag()))
            .toList();
        default -> List.copyOf(engine.runningOperations());
      };
      for (String operationId : targets) {
        if (engine.cancel(operationId)) {
          response.addInterruptedIds(operationId);
        }
      }
      return response.build();
    });
  }

  /** The session's user code loads from the classes and jars its client uploads, as on Spark's server. */
  private void useUploadedClasses(dev.ember.engine.EngineSession session) {
    if (!(session.userClassLoader() instanceof ArtifactClassLoader)) {
      session.setUserClassLoader(artifacts.classLoader(session.key(), session.userClassLoader()));
    }
  }

  @Override
  public StreamObserver<org.apache.spark.connect.proto.AddArtifactsRequest> addArtifacts(
      StreamObserver<org.apache.spark.connect.proto.AddArtifactsResponse> out) {
    ArtifactUpload upload = new ArtifactUpload(artifacts);
    InboundWindow window = InboundWindow.open(out);
    return new StreamObserver<>() {
      private SessionKey key;
      private boolean failed;

      @Override
      public void onNext(org.apache.spark.connect.proto.AddArtifactsRequest request) {
        if (failed) {
          return;
        }
        key = SessionKey.of(request.getUserContext(), request.getSessionId());
        try {
          upload.accept(request, key.id());
        } catch (RuntimeException overQuota) {
          failed = true;
          upload.abandon();
          out.onError(errors.encode(overQuota, sessions.find(key)));
          return;
        }
        window.consumed();
      }

      @Override
      public void onError(Throwable failure) {
        // the client abandoned the upload; what arrived whole stays stored
        upload.abandon();
      }

      @Override
      public void onCompleted() {
        if (failed) {
          return;
        }
        unary(out, key, () -> {
          if (key != null) {
            useUploadedClasses(sessions.get(key).engine());
          }
          org.apache.spark.connect.proto.AddArtifactsResponse[] response = {null};
          upload.complete(key == null ? "" : sessions.get(key).serverSideSessionId(),
              built -> response[0] = built);
          // uploaded classes and files may change what a query's functions and paths mean
          KeptPlans.stateChanged();
          return response[0];
        });
      }
    };
  }

  @Override
  public void artifactStatus(org.apache.spark.connect.proto.ArtifactStatusesRequest request,
      StreamObserver<org.apache.spark.connect.proto.ArtifactStatusesResponse> out) {
    SessionKey key = SessionKey.of(request.getUserContext(), request.getSessionId());
    unary(out, key, () -> {
      var response = org.apache.spark.connect.proto.ArtifactStatusesResponse.newBuilder()
          .setSessionId(request.getSessionId())
          .setServerSideSessionId(sessions.get(key, observedSession(request.hasClientObservedServerSideSessionId(), request.getClientObservedServerSideSessionId())).serverSideSessionId());
      for (String name : request.getNamesList()) {
        response.putStatuses(name, org.apache.spark.connect.proto.ArtifactStatusesResponse.ArtifactStatus.newBuilder()
            .setExists(artifacts.exists(key.id(), name)).build());
      }
      return response.build();
    });
  }

  @Override
  public void fetchErrorDetails(FetchErrorDetailsRequest request, StreamObserver<FetchErrorDetailsResponse> out) {
    // the errors of the caller's own session only, as Spark keeps them in its SessionHolder
    SessionKey key = SessionKey.of(request.getUserContext(), request.getSessionId());
    unary(out, key, () -> {
      var session = sessions.get(key, observedSession(request.hasClientObservedServerSideSessionId(),
          request.getClientObservedServerSideSessionId()));
      return errors.details(request.getErrorId(), key)
          .setSessionId(request.getSessionId())
          .setServerSideSessionId(session.serverSideSessionId())
          .build();
    });
  }

  /** Runs a unary call of the session {@code key}: a failure is reported as that session's confs ask. */
  private <T> void unary(StreamObserver<T> out, SessionKey key, Supplier<T> handler) {
    T response;
    try {
      response = handler.get();
    } catch (RuntimeException | Error failure) {
      out.onError(errors.encode(failure, sessions.find(key)));
      return;
    }
    out.onNext(response);
    out.onCompleted();
  }

  @Override
  public void close() {
    detached.close();
    queryTimeouts.close();
    progressReports.close();
    idleSessions.ifPresent(IdleSessions::close);
    allocator.close();
    artifacts.close();
  }

  /** Where uploaded artifacts are staged on disk (one directory per session under it). */
  public java.nio.file.Path artifactDirectory() {
    return artifacts.directory();
  }

  /** The server-side session id the client saw before, if it tells (a changed one means the server restarted). */
  private static java.util.Optional<String> observedSession(boolean observed, String serverSideSessionId) {
    return observed ? java.util.Optional.of(serverSideSessionId) : java.util.Optional.empty();
  }
}
