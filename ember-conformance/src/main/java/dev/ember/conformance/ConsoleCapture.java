package dev.ember.conformance;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;

/** Captures what Spark code prints, through System.out or Scala's Console (where show() prints). */
public final class ConsoleCapture {
  private ConsoleCapture() {
  }

  public static String capture(Runnable job) {
    ByteArrayOutputStream buffer = new ByteArrayOutputStream();
    PrintStream stream = new PrintStream(buffer, true, StandardCharsets.UTF_8);
    PrintStream original = System.out;
    System.setOut(stream);
    try {
      scala.Console.withOut(stream, () -> {
        job.run();
        return null;
      });
    } finally {
      System.setOut(original);
    }
    return buffer.toString(StandardCharsets.UTF_8);
  }
}
