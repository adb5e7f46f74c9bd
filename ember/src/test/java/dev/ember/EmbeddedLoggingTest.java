package dev.ember;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.File;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/** A fresh JVM's first session prints nothing the application did not print itself. */
class EmbeddedLoggingTest {
  /** The application of the child JVM: one session, one query, one line of its own. */
  public static final class FirstSession {
    public static void main(String[] args) {
      System.out.println("rows: " + Ember.session().range(3).count());
      System.exit(0);
    }
  }

  @Test
  void theFirstSessionPrintsNothingOnItsOwn() throws Exception {
    List<String> command = new ArrayList<>(List.of(
        System.getProperty("java.home") + File.separator + "bin" + File.separator + "java",
        "--add-opens=java.base/java.nio=ALL-UNNAMED", "--add-opens=java.base/sun.util.calendar=ALL-UNNAMED",
        "-cp", System.getProperty("java.class.path"), FirstSession.class.getName()));
    Process process = new ProcessBuilder(command).start();
    assertThat(process.waitFor(120, TimeUnit.SECONDS)).isTrue();
    String out = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    String err = new String(process.getErrorStream().readAllBytes(), StandardCharsets.UTF_8);

    assertThat(out).isEqualTo("rows: 3" + System.lineSeparator());
    assertThat(err).isEmpty();
  }
}
