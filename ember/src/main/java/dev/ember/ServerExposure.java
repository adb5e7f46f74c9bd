package dev.ember;

import java.io.File;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.util.Map;
import java.util.Optional;
import org.sparkproject.io.grpc.netty.GrpcSslContexts;
import org.sparkproject.io.netty.handler.ssl.SslContext;

/**
 * What a server exposes beyond its own machine: an address other than loopback needs a token (anyone who reaches
 * the port could otherwise run queries and read files as the server's user), and TLS, from a certificate chain and
 * its private key in PEM files ({@code spark.ember.server.tls.certChain}, {@code spark.ember.server.tls.privateKey}),
 * encrypts the calls, as clients connecting with {@code sc://host:port/;use_ssl=true} expect.
 */
final class ServerExposure {
  static final String TLS_CERT_CHAIN = "spark.ember.server.tls.certChain";
  static final String TLS_PRIVATE_KEY = "spark.ember.server.tls.privateKey";

  private ServerExposure() {
  }

  /** Refuses to listen on an address other than loopback without a token. */
  static void checkListening(String host, boolean hasToken) {
    if (hasToken || isLoopback(host)) {
      return;
    }
    throw new IllegalArgumentException("Ember will not listen on " + host + " without a token: it is not a loopback "
        + "address, so any host that reaches the port could run queries and read files as this server's user. Give "
        + "a token (--token, the environment variable SPARK_CONNECT_AUTHENTICATE_TOKEN, or "
        + "spark.connect.authenticate.token) and TLS (--tls-cert and --tls-key), or listen on 127.0.0.1.");
  }

  static boolean isLoopback(String host) {
    try {
      for (InetAddress address : InetAddress.getAllByName(host)) {
        if (!address.isLoopbackAddress()) {
          return false;
        }
      }
      return true;
    } catch (UnknownHostException unknown) {
      return false;
    }
  }

  /** The server's TLS context when both PEM files are given; one without the other is refused. */
  static Optional<SslContext> tls(Map<String, String> conf) {
    String chain = conf.get(TLS_CERT_CHAIN);
    String key = conf.get(TLS_PRIVATE_KEY);
    if (chain == null && key == null) {
      return Optional.empty();
    }
    if (chain == null || key == null) {
      throw new IllegalArgumentException("TLS needs both a certificate chain (" + TLS_CERT_CHAIN + ", --tls-cert) "
          + "and its private key (" + TLS_PRIVATE_KEY + ", --tls-key), PEM files");
    }
    File chainFile = readable(chain, TLS_CERT_CHAIN);
    File keyFile = readable(key, TLS_PRIVATE_KEY);
    try {
      return Optional.of(GrpcSslContexts.forServer(chainFile, keyFile).build());
    } catch (javax.net.ssl.SSLException | IllegalArgumentException invalid) {
      throw new IllegalArgumentException("Cannot use " + chainFile + " and " + keyFile + " for TLS (a PEM certificate "
          + "chain and its PKCS#8 PEM private key): " + invalid.getMessage(), invalid);
    }
  }

  private static File readable(String path, String conf) {
    File file = new File(path);
    if (!file.canRead()) {
      throw new IllegalArgumentException("Cannot read " + file.getAbsolutePath() + " (" + conf + ")");
    }
    return file;
  }

  /** The URL clients use to reach a server listening on {@code host}. */
  static String remoteUrl(String host, int port, boolean tls, boolean token) {
    String shown = host;
    try {
      InetAddress address = InetAddress.getByName(host);
      if (address.isAnyLocalAddress()) {
        shown = InetAddress.getLocalHost().getCanonicalHostName();
      }
    } catch (UnknownHostException unknown) {
      // the host as given
    }
    if (shown.contains(":") && !shown.startsWith("[")) {
      shown = "[" + shown + "]";
    }
    StringBuilder url = new StringBuilder("sc://").append(shown).append(':').append(port);
    if (tls || token) {
      url.append('/');
      if (tls) {
        url.append(";use_ssl=true");
      }
      if (token) {
        url.append(";token=<token>");
      }
    }
    return url.toString();
  }
}
