package dev.ember;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ember.connect.TokenAuthentication;
import java.util.Map;
import java.util.UUID;
import org.apache.spark.connect.proto.ConfigRequest;
import org.apache.spark.connect.proto.ConfigResponse;
import org.apache.spark.connect.proto.SparkConnectServiceGrpc;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.sparkproject.io.grpc.ManagedChannel;
import org.sparkproject.io.grpc.Metadata;
import org.sparkproject.io.grpc.Status;
import org.sparkproject.io.grpc.StatusRuntimeException;
import org.sparkproject.io.grpc.netty.NettyChannelBuilder;
import org.sparkproject.io.grpc.stub.MetadataUtils;

/** A server with a token answers only the calls that carry it, as Spark's PreSharedKeyAuthenticationInterceptor. */
class TokenAuthenticationTest {
  private static EmberServer server;
  private static ManagedChannel channel;

  @BeforeAll
  static void start() {
    server = EmberServer.start("127.0.0.1", 0, Map.of(TokenAuthentication.CONF, "s3cret"));
    channel = NettyChannelBuilder.forAddress("127.0.0.1", server.port()).usePlaintext().build();
  }

  @AfterAll
  static void stop() {
    channel.shutdownNow();
    server.close();
  }

  @Test
  void aCallWithTheTokenIsAnswered() {
    assertThat(config("Bearer s3cret").getPairsList()).extracting(pair -> pair.getKey())
        .containsExactly("spark.sql.ansi.enabled");
  }

  @Test
  void aCallWithoutATokenIsUnauthenticated() {
    assertThatThrownBy(() -> config(null)).isInstanceOfSatisfying(StatusRuntimeException.class, error -> {
      assertThat(error.getStatus().getCode()).isEqualTo(Status.Code.UNAUTHENTICATED);
      assertThat(error.getStatus().getDescription()).isEqualTo("No authentication token provided");
    });
  }

  @Test
  void aCallWithAnotherTokenIsUnauthenticated() {
    for (String header : new String[] {"Bearer wrong", "s3cret", "Bearer s3cret2", "bearer s3cret"}) {
      assertThatThrownBy(() -> config(header)).isInstanceOfSatisfying(StatusRuntimeException.class, error -> {
        assertThat(error.getStatus().getCode()).isEqualTo(Status.Code.UNAUTHENTICATED);
        assertThat(error.getStatus().getDescription()).isEqualTo("Invalid authentication token");
      });
    }
  }

  @Test
  void theTokenIsTheConfElseTheEnvironmentVariable() {
    assertThat(TokenAuthentication.token(Map.of(TokenAuthentication.CONF, "a"), Map.of(TokenAuthentication.ENV, "b")))
        .contains("a");
    assertThat(TokenAuthentication.token(Map.of(), Map.of(TokenAuthentication.ENV, "b"))).contains("b");
    assertThat(TokenAuthentication.token(Map.of(), Map.of())).isEmpty();
  }

  @Test
  void noSessionSeesTheToken() {
    ConfigRequest request = ConfigRequest.newBuilder().setSessionId(UUID.randomUUID().toString())
        .setOperation(ConfigRequest.Operation.newBuilder().setGetOption(
            ConfigRequest.GetOption.newBuilder().addKeys(TokenAuthentication.CONF)))
        .build();
    assertThat(stub("Bearer s3cret").config(request).getPairs(0).hasValue()).isFalse();
  }

  private static ConfigResponse config(String authorization) {
    ConfigRequest request = ConfigRequest.newBuilder().setSessionId(UUID.randomUUID().toString())
        .setOperation(ConfigRequest.Operation.newBuilder().setGet(
            ConfigRequest.Get.newBuilder().addKeys("spark.sql.ansi.enabled")))
        .build();
    return stub(authorization).config(request);
  }

  private static SparkConnectServiceGrpc.SparkConnectServiceBlockingStub stub(String authorization) {
    SparkConnectServiceGrpc.SparkConnectServiceBlockingStub stub = SparkConnectServiceGrpc.newBlockingStub(channel);
    if (authorization == null) {
      return stub;
    }
    Metadata headers = new Metadata();
    headers.put(Metadata.Key.of("Authorization", Metadata.ASCII_STRING_MARSHALLER), authorization);
    return stub.withInterceptors(MetadataUtils.newAttachHeadersInterceptor(headers));
  }
}
