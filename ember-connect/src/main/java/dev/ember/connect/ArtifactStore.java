package dev.ember.connect;

import dev.ember.plan.errors.SparkErrors;
import java.util.Map;
import java.util.concurrent.ConcurrentHashMap;
import java.util.zip.CRC32;

/**
 * Artifacts a client uploads with {@code AddArtifacts}, per session. Ember uses the {@code cache/}
 * ones: large {@code createDataFrame} data and its schema, referenced by SHA-256 from
 * {@code (chunked_)cached_local_relation}.
 */
final class ArtifactStore {
  private final Map<String, Map<String, byte[]>> bySession = new ConcurrentHashMap<>();

  void put(String sessionId, String name, byte[] data) {
    bySession.computeIfAbsent(sessionId, id -> new ConcurrentHashMap<>()).put(name, data);
  }

  /** A stored artifact of the session. */
  java.util.Optional<byte[]> get(String sessionId, String name) {
    return java.util.Optional.ofNullable(bySession.getOrDefault(sessionId, Map.of()).get(name));
  }

  /** The session's uploaded jars ({@code jars/...}) by name. */
  Map<String, byte[]> jars(String sessionId) {
    Map<String, byte[]> jars = new java.util.TreeMap<>();
    bySession.getOrDefault(sessionId, Map.of()).forEach((name, data) -> {
      if (name.startsWith("jars/")) {
        jars.put(name, data);
      }
    });
    return jars;
  }

  /** A class loader over the session's uploaded classes and jars, then {@code parent}'s. */
  ClassLoader classLoader(String sessionId, ClassLoader parent) {
    return new ArtifactClassLoader(parent, name -> get(sessionId, name), () -> jars(sessionId));
  }

  boolean exists(String sessionId, String name) {
    return bySession.getOrDefault(sessionId, Map.of()).containsKey(name);
  }

  /** A {@code cache/<hash>} blob of the session. */
  byte[] cached(String sessionId, String hash) {
    byte[] data = bySession.getOrDefault(sessionId, Map.of()).get("cache/" + hash);
    if (data == null) {
      throw SparkErrors.internal("The client referred to local data cache/" + hash
          + " that was never uploaded to this session.");
    }
    return data;
  }

  void release(String sessionId) {
    bySession.remove(sessionId);
  }

  static boolean crcMatches(byte[] data, long crc) {
    CRC32 checksum = new CRC32();
    checksum.update(data);
    return checksum.getValue() == crc;
  }
}
