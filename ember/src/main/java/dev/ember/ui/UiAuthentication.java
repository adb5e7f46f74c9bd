package dev.ember.ui;

import com.sun.net.httpserver.HttpExchange;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Optional;

/**
 * The UI's token, the server's Spark Connect token: a request must carry it as {@code Authorization: Bearer TOKEN},
 * as the cookie the UI sets, or once as {@code ?token=TOKEN} (the link the server prints), which sets the cookie.
 * Without a token (a loopback server started without one) every request is let in.
 */
final class UiAuthentication {
  static final String COOKIE = "ember_ui_token";

  private final Optional<String> token;

  UiAuthentication(Optional<String> token) {
    this.token = token;
  }

  boolean required() {
    return token.isPresent();
  }

  /** Whether the request carries the token in its header or cookie. */
  boolean admits(HttpExchange exchange) {
    if (token.isEmpty()) {
      return true;
    }
    String authorization = exchange.getRequestHeaders().getFirst("Authorization");
    if (authorization != null && authorization.startsWith("Bearer ") && matches(authorization.substring(7).trim())) {
      return true;
    }
    for (String header : exchange.getRequestHeaders().getOrDefault("Cookie", java.util.List.of())) {
      for (String cookie : header.split(";")) {
        String[] pair = cookie.trim().split("=", 2);
        if (pair.length == 2 && pair[0].equals(COOKIE)
            && matches(java.net.URLDecoder.decode(pair[1], StandardCharsets.UTF_8))) {
          return true;
        }
      }
    }
    return false;
  }

  /** The token of the request's {@code token} query parameter, if it is the right one. */
  boolean admitsQueryToken(HttpExchange exchange) {
    String query = exchange.getRequestURI().getRawQuery();
    if (token.isEmpty() || query == null) {
      return false;
    }
    for (String parameter : query.split("&")) {
      String[] pair = parameter.split("=", 2);
      if (pair.length == 2 && pair[0].equals("token")
          && matches(java.net.URLDecoder.decode(pair[1], StandardCharsets.UTF_8))) {
        return true;
      }
    }
    return false;
  }

  /** The cookie that admits the browser's later requests. */
  String cookie() {
    return COOKIE + "=" + java.net.URLEncoder.encode(token.orElseThrow(), StandardCharsets.UTF_8)
        + "; Path=/; HttpOnly; SameSite=Strict";
  }

  private boolean matches(String candidate) {
    return MessageDigest.isEqual(candidate.getBytes(StandardCharsets.UTF_8),
        token.orElseThrow().getBytes(StandardCharsets.UTF_8));
  }
}
