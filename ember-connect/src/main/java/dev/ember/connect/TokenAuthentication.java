package dev.ember.connect;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.util.Map;
import java.util.Optional;
import org.sparkproject.io.grpc.Metadata;
import org.sparkproject.io.grpc.ServerCall;
import org.sparkproject.io.grpc.ServerCallHandler;
import org.sparkproject.io.grpc.ServerInterceptor;
import org.sparkproject.io.grpc.Status;

/**
 * Spark Connect's pre-shared bearer token, as Spark 4.2's {@code PreSharedKeyAuthenticationInterceptor}: when the
 * server has a token ({@code spark.connect.authenticate.token}, else the environment variable
 * {@code SPARK_CONNECT_AUTHENTICATE_TOKEN}), every call must carry the header {@code Authorization: Bearer <token>};
 * a call without it, or with another value, is closed with {@code UNAUTHENTICATED} before the service sees it.
 */
public final class TokenAuthentication implements ServerInterceptor {
  public static final String CONF = "spark.connect.authenticate.token";
  public static final String ENV = "SPARK_CONNECT_AUTHENTICATE_TOKEN";
  private static final Metadata.Key<String> AUTHORIZATION =
      Metadata.Key.of("Authorization", Metadata.ASCII_STRING_MARSHALLER);

  private final byte[] expected;

  public TokenAuthentication(String token) {
    if (token == null || token.isEmpty()) {
      throw new IllegalArgumentException(CONF + " must not be empty");
    }
    this.expected = ("Bearer " + token).getBytes(StandardCharsets.UTF_8);
  }

  /** The server's token, as Spark reads it: the conf, else the environment variable; none when neither is set. */
  public static Optional<String> token(Map<String, String> conf, Map<String, String> environment) {
    String token = conf.get(CONF);
    if (token == null) {
      token = environment.get(ENV);
    }
    return Optional.ofNullable(token).filter(value -> !value.isEmpty());
  }

  @Override
  public <Q, R> ServerCall.Listener<Q> interceptCall(ServerCall<Q, R> call, Metadata headers,
      ServerCallHandler<Q, R> next) {
    String value = headers.get(AUTHORIZATION);
    if (value == null) {
      return refused(call, "No authentication token provided");
    }
    // a comparison whose time does not depend on where the values differ
    if (!MessageDigest.isEqual(expected, value.getBytes(StandardCharsets.UTF_8))) {
      return refused(call, "Invalid authentication token");
    }
    return next.startCall(call, headers);
  }

  private static <Q, R> ServerCall.Listener<Q> refused(ServerCall<Q, R> call, String description) {
    call.close(Status.UNAUTHENTICATED.withDescription(description), new Metadata());
    return new ServerCall.Listener<>() { };
  }
}
