package dev.ember;

import java.net.URISyntaxException;
import org.apache.logging.log4j.LogManager;
import org.apache.logging.log4j.core.LoggerContext;
import org.apache.logging.log4j.core.config.DefaultConfiguration;

/**
 * An embedded library prints nothing its application did not ask for. The Spark Connect client, on
 * its first log call, finds log4j unconfigured, installs Spark's INFO-level defaults and announces
 * "Using Spark's default log4j profile" on stderr; Ember installs a quiet configuration (warnings and
 * errors) first, only when the application has configured none — any configuration of its own wins.
 */
final class EmbeddedLogging {
  private static final String CONFIGURATION = "/dev/ember/log4j2-embedded.properties";
  private static boolean checked;

  private EmbeddedLogging() {
  }

  static synchronized void quietUnlessConfigured() {
    if (checked) {
      return;
    }
    checked = true;
    if (log4jCoreIsTheBackend()) {
      installUnlessConfigured();
    }
  }

  /** Touches log4j-core's classes: called only where they are present. */
  private static void installUnlessConfigured() {
    if (LogManager.getContext(false) instanceof LoggerContext context
        && context.getConfiguration() instanceof DefaultConfiguration) {
      try {
        context.setConfigLocation(EmbeddedLogging.class.getResource(CONFIGURATION).toURI());
      } catch (URISyntaxException e) {
        throw new IllegalStateException("Ember's logging configuration " + CONFIGURATION + " has no valid URI", e);
      }
    }
  }

  /** An application may route logging elsewhere (e.g. log4j-to-slf4j) and leave log4j-core out. */
  private static boolean log4jCoreIsTheBackend() {
    try {
      Class.forName("org.apache.logging.log4j.core.LoggerContext", false, EmbeddedLogging.class.getClassLoader());
      return true;
    } catch (ClassNotFoundException absent) {
      return false;
    }
  }
}
