package dev.ember.connect;

import java.util.List;
import java.util.NoSuchElementException;
import org.apache.spark.sql.streaming.GroupState;

/**
 * The state of one group in a batch {@code mapGroupsWithState}/{@code flatMapGroupsWithState}, as Spark's
 * GroupStateImpl in a batch query: it starts empty (or with the group's initial state), the function may set or
 * remove it, and there are no timeouts (a batch query has no watermark and times nothing out).
 */
final class BatchGroupState<S> implements GroupState<S> {
  private S value;
  private boolean defined;

  BatchGroupState() {
  }

  /** The state of a group whose initial states are {@code initial}: at most one, as Spark requires. */
  static <S> BatchGroupState<S> initial(List<S> initial) {
    if (initial.size() > 1) {
      throw new IllegalArgumentException("The initial state provided contained multiple rows(state) with the same"
          + " key. Make sure to de-duplicate the initial state before passing it.");
    }
    BatchGroupState<S> state = new BatchGroupState<>();
    if (!initial.isEmpty()) {
      state.value = initial.get(0);
      state.defined = true;
    }
    return state;
  }

  @Override
  public boolean exists() {
    return defined;
  }

  @Override
  public S get() {
    if (!defined) {
      throw new NoSuchElementException("State is either not defined or has already been removed");
    }
    return value;
  }

  @Override
  public scala.Option<S> getOption() {
    return defined ? scala.Option.apply(value) : scala.Option.empty();
  }

  @Override
  public void update(S newValue) {
    if (newValue == null) {
      throw new IllegalArgumentException("'null' is not a valid state value");
    }
    value = newValue;
    defined = true;
  }

  @Override
  public void remove() {
    value = null;
    defined = false;
  }

  @Override
  public boolean hasTimedOut() {
    return false;
  }

  @Override
  public void setTimeoutDuration(long durationMs) {
    throw noTimeout();
  }

  @Override
  public void setTimeoutDuration(String duration) {
    throw noTimeout();
  }

  @Override
  public void setTimeoutTimestamp(long timestampMs) {
    throw noTimeout();
  }

  @Override
  public void setTimeoutTimestamp(long timestampMs, String additionalDuration) {
    throw noTimeout();
  }

  @Override
  public void setTimeoutTimestamp(java.sql.Date timestamp) {
    throw noTimeout();
  }

  @Override
  public void setTimeoutTimestamp(java.sql.Date timestamp, String additionalDuration) {
    throw noTimeout();
  }

  @Override
  public long getCurrentWatermarkMs() {
    throw new UnsupportedOperationException(
        "Cannot get event time watermark timestamp without setting watermark before [map|flatMap]GroupsWithState");
  }

  @Override
  public long getCurrentProcessingTimeMs() {
    return System.currentTimeMillis();
  }

  private static UnsupportedOperationException noTimeout() {
    return new UnsupportedOperationException(
        "Cannot set timeout duration without enabling processing time timeout in [map|flatMap]GroupsWithState");
  }
}
