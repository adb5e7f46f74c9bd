package dev.ember.engine.functions;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

class IdleInstancesTest {
  @Test
  void callsOnNewThreadsReuseTheInstancesOfCallsBefore() throws InterruptedException {
    AtomicInteger made = new AtomicInteger();
    IdleInstances<Object> instances = new IdleInstances<>(() -> {
      made.incrementAndGet();
      return new Object();
    });
    for (int chunk = 0; chunk < 100; chunk++) {
      Thread call = new Thread(() -> {
        Object instance = instances.acquire();
        instances.release(instance);
      });
      call.start();
      call.join();
    }
    // a ThreadLocal made one per call
    assertThat(made).hasValue(1);
  }

  @Test
  void callsAtOnceGetInstancesOfTheirOwn() {
    IdleInstances<Object> instances = new IdleInstances<>(Object::new);
    Object first = instances.acquire();
    Object second = instances.acquire();
    assertThat(second).isNotSameAs(first);
    instances.release(first);
    assertThat(instances.acquire()).isSameAs(first);
  }
}
