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
