package dev.ember;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import dev.ember.cli.EmberCli;
import dev.ember.connect.TokenAuthentication;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.KeyStore;
import java.security.PrivateKey;
import java.security.cert.Certificate;
import java.util.Base64;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.apache.spark.connect.proto.ConfigRequest;
import org.apache.spark.connect.proto.SparkConnectServiceGrpc;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.sparkproject.io.grpc.ManagedChannel;
import org.sparkproject.io.grpc.Status;
import org.sparkproject.io.grpc.StatusRuntimeException;
import org.sparkproject.io.grpc.netty.NettyChannelBuilder;
import picocli.CommandLine;

/**
 * A server beyond loopback: refused without a token; TLS from a PEM certificate chain and key, which the official
 * client reaches with {@code ;use_ssl=true} (a self-signed certificate made here by the JDK's keytool).
 */
class ServerExposureTest {
  @TempDir
  Path directory;

  @Test
  void aNonLoopbackAddressWithoutATokenIsRefused() {
    assertThatThrownBy(() -> EmberServer.start("0.0.0.0", 0, Map.of()))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("Ember will not listen on 0.0.0.0 without a token")
        .hasMessageContaining("--token");
    assertThat(ServerExposure.isLoopback("localhost")).isTrue();
    assertThat(ServerExposure.isLoopback("127.0.0.1")).isTrue();
    assertThat(ServerExposure.isLoopback("::")).isFalse();
  }

  @Test
  void theServerCommandRefusesItWithTheMessage() {
    PrintStream err = System.err;
    ByteArrayOutputStream captured = new ByteArrayOutputStream();
    System.setErr(new PrintStream(captured, true, StandardCharsets.UTF_8));
    int exit;
    try {
      exit = new CommandLine(new EmberCli()).execute("server", "--host", "0.0.0.0", "--port", "0");
    } finally {
      System.setErr(err);
    }
    assertThat(exit).isEqualTo(2);
    assertThat(captured.toString(StandardCharsets.UTF_8))
        .startsWith("ember server: Ember will not listen on 0.0.0.0 without a token");
  }

  @Test
  void tlsNeedsBothFiles() {
    assertThatThrownBy(() -> EmberServer.start("127.0.0.1", 0, Map.of(ServerExposure.TLS_CERT_CHAIN, "cert.pem")))
        .isInstanceOf(IllegalArgumentException.class).hasMessageContaining("needs both a certificate chain");
  }

  @Test
  void theUrlToUseNamesTlsAndTheToken() {
    assertThat(ServerExposure.remoteUrl("127.0.0.1", 15002, false, false)).isEqualTo("sc://127.0.0.1:15002");
    assertThat(ServerExposure.remoteUrl("localhost", 15002, true, true))
        .isEqualTo("sc://localhost:15002/;use_ssl=true;token=<token>");
    assertThat(ServerExposure.remoteUrl("0.0.0.0", 15002, false, true)).doesNotContain("0.0.0.0")
        .endsWith(":15002/;token=<token>");
  }

  @Test
  void theOfficialClientQueriesOverTls() throws Exception {
    Path[] pem = selfSignedPem();
    Map<String, String> conf = Map.of(TokenAuthentication.CONF, "t0ken",
        ServerExposure.TLS_CERT_CHAIN, pem[0].toString(), ServerExposure.TLS_PRIVATE_KEY, pem[1].toString());
    String[] trust = {"javax.net.ssl.trustStore", "javax.net.ssl.trustStorePassword", "javax.net.ssl.trustStoreType"};
    String[] before = new String[trust.length];
    for (int i = 0; i < trust.length; i++) {
      before[i] = System.getProperty(trust[i]);
    }
    try (EmberServer server = EmberServer.start("localhost", 0, conf)) {
      assertThat(server.clientUrl()).isEqualTo("sc://localhost:" + server.port() + "/;use_ssl=true;token=<token>");
      // a plain channel reaches nothing
      ManagedChannel plain = NettyChannelBuilder.forAddress("localhost", server.port()).usePlaintext().build();
      try {
        assertThatThrownBy(() -> SparkConnectServiceGrpc.newBlockingStub(plain).config(ConfigRequest.newBuilder()
            .setSessionId(UUID.randomUUID().toString()).build()))
            .isInstanceOfSatisfying(StatusRuntimeException.class,
                error -> assertThat(error.getStatus().getCode()).isEqualTo(Status.Code.UNAVAILABLE));
      } finally {
        plain.shutdownNow();
      }
      // the client trusts the server's certificate through the JVM's trust store
      System.setProperty(trust[0], pem[2].toString());
      System.setProperty(trust[1], "changeit");
      System.setProperty(trust[2], "PKCS12");
      try (SparkSession spark = SparkSession.builder()
          .remote(server.clientUrl().replace("<token>", "t0ken")).create()) {
        assertThat(spark.range(5).selectExpr("sum(id) AS s").collectAsList().get(0).getLong(0)).isEqualTo(10L);
      }
    } finally {
      for (int i = 0; i < trust.length; i++) {
        if (before[i] == null) {
          System.clearProperty(trust[i]);
        } else {
          System.setProperty(trust[i], before[i]);
        }
      }
    }
  }

  /** A certificate for localhost and its key as PEM files, and a trust store holding the certificate. */
  private Path[] selfSignedPem() throws Exception {
    Path keyStore = directory.resolve("server.p12");
    Path trustStore = directory.resolve("trust.p12");
    Path certFile = directory.resolve("server.crt");
    String keytool = Path.of(System.getProperty("java.home"), "bin", "keytool").toString();
    run(keytool, "-genkeypair", "-alias", "ember", "-keyalg", "RSA", "-keysize", "2048", "-validity", "2",
        "-dname", "CN=localhost", "-ext", "SAN=dns:localhost,ip:127.0.0.1", "-storetype", "PKCS12",
        "-keystore", keyStore.toString(), "-storepass", "changeit", "-keypass", "changeit");
    run(keytool, "-exportcert", "-rfc", "-alias", "ember", "-keystore", keyStore.toString(), "-storepass", "changeit",
        "-file", certFile.toString());
    run(keytool, "-importcert", "-noprompt", "-alias", "ember", "-file", certFile.toString(), "-storetype", "PKCS12",
        "-keystore", trustStore.toString(), "-storepass", "changeit");
    KeyStore store = KeyStore.getInstance("PKCS12");
    try (var in = Files.newInputStream(keyStore)) {
      store.load(in, "changeit".toCharArray());
    }
    PrivateKey key = (PrivateKey) store.getKey("ember", "changeit".toCharArray());
    Certificate cert = store.getCertificate("ember");
    Path chain = directory.resolve("chain.pem");
    Path keyPem = directory.resolve("key.pem");
    Files.writeString(chain, pem("CERTIFICATE", cert.getEncoded()));
    Files.writeString(keyPem, pem("PRIVATE KEY", key.getEncoded()));
    return new Path[] {chain, keyPem, trustStore};
  }

  private static String pem(String type, byte[] der) {
    return "-----BEGIN " + type + "-----\n" + Base64.getMimeEncoder(64, "\n".getBytes(StandardCharsets.US_ASCII))
        .encodeToString(der) + "\n-----END " + type + "-----\n";
  }

  private static void run(String... command) throws IOException, InterruptedException {
    Process process = new ProcessBuilder(List.of(command)).redirectErrorStream(true).start();
    String output = new String(process.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(process.waitFor()).as(output).isZero();
  }
}
