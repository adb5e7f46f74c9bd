package dev.ember.engine.streaming;

import dev.ember.plan.errors.EmberException;
import dev.ember.plan.errors.ErrorKind;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.UUID;
import java.util.concurrent.ConcurrentHashMap;

/**
 * A session's streaming queries, as Spark's {@code StreamingQueryManager} keeps them: started here (a name may be
 * used by one active query at a time), found by id (ended ones too), all stopped when the session closes.
 */
public final class StreamingQueries {
  private final Map<UUID, MicroBatchQuery> queries = new ConcurrentHashMap<>();

  /** Starts a query of {@code source}, each batch run by {@code runner}. */
  public synchronized MicroBatchQuery start(Optional<String> name, MicroBatchSource source, long intervalMillis,
      MicroBatchQuery.BatchRunner runner) {
    if (name.isPresent() && active().stream().anyMatch(query -> query.name().equals(name))) {
      source.close();
      throw dev.ember.plan.errors.EmberException.withoutErrorClass(ErrorKind.JAVA_ILLEGAL_ARGUMENT,
          "Cannot start query with name " + name.get() + " as a query with that name is already active in this "
              + "SparkSession");
    }
    MicroBatchQuery query = new MicroBatchQuery(name, source, intervalMillis, runner);
    queries.put(query.id(), query);
    query.begin();
    return query;
  }

  public Optional<MicroBatchQuery> get(UUID id) {
    return Optional.ofNullable(queries.get(id));
  }

  public List<MicroBatchQuery> active() {
    return queries.values().stream().filter(MicroBatchQuery::isActive).toList();
  }

  /** Stops every query (the session closes). */
  public void stopAll() {
    for (MicroBatchQuery query : queries.values()) {
      try {
        query.stop();
      } catch (EmberException ignored) {
        // the session closes in any case
      }
    }
  }
}
