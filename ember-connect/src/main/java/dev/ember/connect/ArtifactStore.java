package dev.ember.connect;

import dev.ember.engine.ConfNumbers;
import dev.ember.plan.errors.SparkErrors;
import java.io.IOException;
import java.io.OutputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Comparator;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicLong;
import java.util.stream.Stream;
import java.util.zip.CRC32;
import org.sparkproject.io.grpc.Status;

/**
 * Artifacts a client uploads with {@code AddArtifacts}, per session, staged on disk (a directory of the process's
 * temporary directory, one directory per session, files named by the store, never by the client): {@code cache/}
 * blobs (large {@code createDataFrame} data and its schema, referenced by SHA-256 from
 * {@code (chunked_)cached_local_relation}), {@code classes/} and {@code jars/} (user code). A server's
 * {@code spark.ember.server.artifactQuota} caps the bytes one session holds (none by default); an upload past it fails
 * with gRPC's {@code RESOURCE_EXHAUSTED} and leaves nothing of itself.
 */
final class ArtifactStore implements AutoCloseable {
  static final String QUOTA_CONF = "spark.ember.server.artifactQuota";

  /** A stored artifact's file and size. */
  private record Stored(Path file, long size) {
  }

  /** A session's artifacts: its directory, its files by artifact name, the bytes they (and its uploads) hold. */
  private static final class SessionArtifacts {
    private final Path directory;
    private final Map<String, Stored> byName = new ConcurrentHashMap<>();
    private final AtomicLong bytes = new AtomicLong();
    private final AtomicLong nextFile = new AtomicLong();

    private SessionArtifacts(Path directory) {
      this.directory = directory;
    }
  }

  private final long quota;
  private final Map<String, SessionArtifacts> bySession = new ConcurrentHashMap<>();
  private final AtomicLong nextSession = new AtomicLong();
  private volatile Path root;

  ArtifactStore(Map<String, String> serverConf) {
    String value = serverConf.get(QUOTA_CONF);
    this.quota = value == null ? 0 : ConfNumbers.bytes(QUOTA_CONF, value);
  }

  /** Where artifacts are staged (created on the first upload). */
  Path directory() {
    Path current = root;
    if (current == null) {
      synchronized (this) {
        if (root == null) {
          try {
            Path created = Files.createTempDirectory("ember-artifacts-");
            // an embedded service may never be closed: its uploads go with the JVM
            Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(created), "ember-artifacts-cleanup"));
            root = created;
          } catch (IOException e) {
            throw new UncheckedIOException("cannot create a directory for uploaded artifacts", e);
          }
        }
        current = root;
      }
    }
    return current;
  }

  private SessionArtifacts session(String sessionId) {
    return bySession.computeIfAbsent(sessionId, id -> {
      try {
        return new SessionArtifacts(Files.createDirectory(directory().resolve("s" + nextSession.incrementAndGet())));
      } catch (IOException e) {
        throw new UncheckedIOException("cannot create a directory for uploaded artifacts", e);
      }
    });
  }

  /** One artifact being written: counted against the quota as it arrives, stored only when committed. */
  final class Staging implements AutoCloseable {
    private final SessionArtifacts session;
    private final String name;
    private final Path file;
    private final OutputStream out;
    private long size;
    private boolean finished;

    private Staging(SessionArtifacts session, String name) throws IOException {
      this.session = session;
      this.name = name;
      this.file = session.directory.resolve("a" + session.nextFile.incrementAndGet());
      this.out = Files.newOutputStream(file);
    }

    void write(byte[] data) {
      long held = session.bytes.addAndGet(data.length);
      size += data.length;
      if (quota > 0 && held > quota) {
        close();
        throw Status.RESOURCE_EXHAUSTED.withDescription("The artifacts this session uploaded would hold more than "
            + quota + " bytes (" + QUOTA_CONF + "): " + name + " was not stored.").asRuntimeException();
      }
      try {
        out.write(data);
      } catch (IOException e) {
        close();
        throw new UncheckedIOException("cannot stage the artifact " + name, e);
      }
    }

    /** Stores the artifact under its name, in place of one of that name. */
    void commit() {
      try {
        out.close();
      } catch (IOException e) {
        close();
        throw new UncheckedIOException("cannot stage the artifact " + name, e);
      }
      finished = true;
      Stored previous = session.byName.put(name, new Stored(file, size));
      if (previous != null) {
        forget(session, previous);
      }
    }

    /** Drops what was written unless it was committed. */
    @Override
    public void close() {
      if (finished) {
        return;
      }
      finished = true;
      try {
        out.close();
      } catch (IOException ignored) {
        // deleted below either way
      }
      forget(session, new Stored(file, size));
    }
  }

  private static void forget(SessionArtifacts session, Stored stored) {
    session.bytes.addAndGet(-stored.size());
    try {
      Files.deleteIfExists(stored.file());
    } catch (IOException ignored) {
      // the session's directory goes when it is released
    }
  }

  /** Starts writing an artifact of the session. */
  Staging stage(String sessionId, String name) {
    try {
      return new Staging(session(sessionId), name);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot stage the artifact " + name, e);
    }
  }

  void put(String sessionId, String name, byte[] data) {
    try (Staging staging = stage(sessionId, name)) {
      staging.write(data);
      staging.commit();
    }
  }

  /** A stored artifact of the session. */
  java.util.Optional<byte[]> get(String sessionId, String name) {
    SessionArtifacts session = bySession.get(sessionId);
    Stored stored = session == null ? null : session.byName.get(name);
    if (stored == null) {
      return java.util.Optional.empty();
    }
    try {
      return java.util.Optional.of(Files.readAllBytes(stored.file()));
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the artifact " + name, e);
    }
  }

  /** The session's uploaded jars ({@code jars/...}) by name. */
  Map<String, byte[]> jars(String sessionId) {
    Map<String, byte[]> jars = new java.util.TreeMap<>();
    SessionArtifacts session = bySession.get(sessionId);
    if (session != null) {
      for (String name : session.byName.keySet()) {
        if (name.startsWith("jars/")) {
          get(sessionId, name).ifPresent(data -> jars.put(name, data));
        }
      }
    }
    return jars;
  }

  /** A class loader over the session's uploaded classes and jars, then {@code parent}'s. */
  ClassLoader classLoader(String sessionId, ClassLoader parent) {
    return new ArtifactClassLoader(parent, name -> get(sessionId, name), () -> jars(sessionId));
  }

  boolean exists(String sessionId, String name) {
    SessionArtifacts session = bySession.get(sessionId);
    return session != null && session.byName.containsKey(name);
  }

  /** The bytes the session's artifacts hold. */
  long bytes(String sessionId) {
    SessionArtifacts session = bySession.get(sessionId);
    return session == null ? 0 : session.bytes.get();
  }

  /** A {@code cache/<hash>} blob of the session. */
  byte[] cached(String sessionId, String hash) {
    return get(sessionId, "cache/" + hash).orElseThrow(() -> SparkErrors.internal("The client referred to local data "
        + "cache/" + hash + " that was never uploaded to this session."));
  }

  /** Forgets the session's artifacts and deletes their files. */
  void release(String sessionId) {
    SessionArtifacts session = bySession.remove(sessionId);
    if (session != null) {
      delete(session.directory);
    }
  }

  @Override
  public void close() {
    bySession.clear();
    if (root != null) {
      delete(root);
    }
  }

  private static void delete(Path directory) {
    try (Stream<Path> files = Files.walk(directory)) {
      files.sorted(Comparator.reverseOrder()).forEach(path -> path.toFile().delete());
    } catch (IOException ignored) {
      // gone already
    }
  }

  static boolean crcMatches(byte[] data, long crc) {
    CRC32 checksum = new CRC32();
    checksum.update(data);
    return checksum.getValue() == crc;
  }
}
