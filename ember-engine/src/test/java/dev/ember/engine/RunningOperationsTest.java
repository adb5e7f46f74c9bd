package dev.ember.engine;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.CountDownLatch;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

class RunningOperationsTest {
  /** Spark's interrupt reports each operation once: one that is still stopping is not interrupted again. */
  @Test
  void anOperationIsCancelledOnce() throws Exception {
    RunningOperations operations = new RunningOperations(new UserFunctionCalls());
    CountDownLatch started = new CountDownLatch(1);
    CountDownLatch release = new CountDownLatch(1);
    Thread worker = new Thread(() -> operations.runUserCode("op", () -> {
      started.countDown();
      // user code that does not stop at an interrupt, as a slow UDF may not
      while (release.getCount() > 0) {
        Thread.onSpinWait();
      }
      return null;
    }));
    worker.start();
    assertThat(started.await(10, TimeUnit.SECONDS)).isTrue();
    assertThat(operations.cancel("op")).isTrue();
    assertThat(operations.cancel("op")).isFalse();
    assertThat(operations.cancel("unknown")).isFalse();
    release.countDown();
    worker.join(10_000);
    assertThat(operations.ids()).isEmpty();
  }
}
