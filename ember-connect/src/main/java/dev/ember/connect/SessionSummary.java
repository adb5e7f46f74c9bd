package dev.ember.connect;

import java.util.List;

/** A session as a server's tools list it: its ids, its user, when it started and was last used, what runs in it. */
public record SessionSummary(String sessionId, String userId, long startMillis, long lastActivityMillis,
    List<String> runningOperations) {
}
