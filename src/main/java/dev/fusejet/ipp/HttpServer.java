package dev.fusejet.ipp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.URI;
import java.net.UnknownHostException;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.logging.Logger;
import org.eclipse.jetty.http.HttpCompliance;
import org.eclipse.jetty.server.DetectorConnectionFactory;
import org.eclipse.jetty.server.HttpConfiguration;
import org.eclipse.jetty.server.HttpConnectionFactory;
import org.eclipse.jetty.server.SecureRequestCustomizer;
import org.eclipse.jetty.server.Server;
import org.eclipse.jetty.server.ServerConnector;
import org.eclipse.jetty.server.SslConnectionFactory;
import org.eclipse.jetty.util.ssl.SslContextFactory;
import org.eclipse.jetty.util.thread.QueuedThreadPool;

/**
 * The HTTP/1.1 server the printer answers on: Jetty with keep-alive, chunked request bodies, {@code
 * Expect: 100-continue} and TCP_NODELAY, and TLS detected on the same port so {@code ipp://} and
 * {@code ipps://} share it (as ippeveprinter does).
 *
 * <p>A listen address given by name is listened on at every address the name resolves to, on the
 * same port. {@code localhost} is always both loopback addresses, 127.0.0.1 and ::1, as cupsd
 * listens for {@code Listen localhost:631}: libcups clients (ipptool, lp, macOS) connect to {@code
 * localhost} at ::1 first even where /etc/hosts names only 127.0.0.1, so a printer bound to
 * 127.0.0.1 alone makes each of their connections fail once before it succeeds.
 */
final class HttpServer implements AutoCloseable {
  private static final Logger LOG = Logger.getLogger(HttpServer.class.getName());

  /**
   * Worker threads: enough for 100 concurrent clients blocking in Get-Notifications or spooling.
   */
  static final int MAX_THREADS = 256;

  /** How long an idle keep-alive connection stays open (ms); CUPS' own default is 60 s. */
  static final long IDLE_TIMEOUT_MS = 60_000;

  /**
   * How long {@link #close} waits for requests in progress before it interrupts them (and again for
   * the worker threads to end): at most twice this in all.
   */
  static final Duration STOP_TIMEOUT = Duration.ofMillis(500);

  private final Server server;

  /** One connector per address listened on, all on the same port; the first one's is reported. */
  private final List<ServerConnector> connectors = new ArrayList<>();

  /**
   * @param host the address or name to listen on, or null for every interface (the wildcard
   *     address, IPv4 and IPv6)
   * @param port the TCP port, or 0 for one the system chooses
   * @throws UncheckedIOException naming the host when it does not resolve
   */
  HttpServer(String host, int port, Certificates.Store tls, IppHandler handler) {
    QueuedThreadPool pool = new QueuedThreadPool(MAX_THREADS, 8);
    pool.setName("ipp");
    server = new Server(pool);
    HttpConfiguration http = new HttpConfiguration();
    http.setSendServerVersion(false);
    http.setSendXPoweredBy(false);
    http.setHttpCompliance(HttpCompliance.RFC7230);
    SecureRequestCustomizer secure = new SecureRequestCustomizer(false);
    secure.setSniHostCheck(false);
    http.addCustomizer(secure);
    HttpConnectionFactory plain = new HttpConnectionFactory(http);
    SslContextFactory.Server ssl = new SslContextFactory.Server();
    ssl.setKeyStorePath(tls.file().toString());
    ssl.setKeyStorePassword(tls.password());
    ssl.setKeyStoreType("PKCS12");
    ssl.setSniRequired(false);
    SslConnectionFactory tlsFactory = new SslConnectionFactory(ssl, plain.getProtocol());
    DetectorConnectionFactory detector = new DetectorConnectionFactory(tlsFactory);
    for (String address : addresses(host)) {
      ServerConnector connector = new ServerConnector(server, detector, plain);
      connector.setHost(address);
      connector.setPort(port);
      connector.setIdleTimeout(IDLE_TIMEOUT_MS);
      connector.setAcceptedTcpNoDelay(true);
      connector.setReuseAddress(true);
      connectors.add(connector);
    }
    server.setHandler(handler);
    // graceful stop: the connector stops accepting at once, requests in progress get STOP_TIMEOUT,
    // then the worker threads (a Get-Notifications waiting, a document spooling) are interrupted
    server.setStopTimeout(STOP_TIMEOUT.toMillis());
    pool.setStopTimeout(STOP_TIMEOUT.toMillis());
  }

  /**
   * The addresses {@code host} stands for (null: the wildcard), each once, in the resolver's order.
   */
  static List<String> addresses(String host) {
    if (host == null) {
      return Collections.singletonList(null);
    }
    if (host.equalsIgnoreCase("localhost")) {
      return List.of("127.0.0.1", "::1");
    }
    try {
      LinkedHashSet<String> out = new LinkedHashSet<>();
      for (InetAddress a : InetAddress.getAllByName(host)) {
        out.add(a.getHostAddress());
      }
      return List.copyOf(out);
    } catch (UnknownHostException e) {
      throw new UncheckedIOException(
          "cannot listen on "
              + host
              + ": the name does not resolve (set 'listen' in the configuration file or --listen"
              + " to an address of this machine, or * for all)",
          e);
    }
  }

  /**
   * Binds the first address, then the others on the port it got (the same port, also when 0 was
   * asked for), and starts serving. An address after the first that cannot be bound (::1 on a
   * machine without IPv6) is left out with a warning; the first one failing fails the start.
   */
  void start() throws Exception {
    ServerConnector first = connectors.get(0);
    server.addConnector(first);
    first.open();
    for (ServerConnector c : connectors.subList(1, connectors.size())) {
      c.setPort(first.getLocalPort());
      try {
        c.open();
        server.addConnector(c);
      } catch (IOException e) {
        LOG.warning("not listening on " + c.getHost() + " port " + first.getLocalPort() + ": " + e);
      }
    }
    server.start();
  }

  /** The port listened on (the real one when 0 was asked for). */
  int port() {
    return connectors.get(0).getLocalPort();
  }

  URI base(String scheme, String host) {
    return URI.create(scheme + "://" + host + ":" + port());
  }

  @Override
  public void close() {
    try {
      server.stop();
    } catch (java.util.concurrent.TimeoutException e) {
      // the graceful wait of STOP_TIMEOUT ran out (a keep-alive connection or a request still
      // open): Jetty has stopped the connectors and the threads anyway, which is what was asked
    } catch (Exception e) {
      throw new IllegalStateException("cannot stop the HTTP server: " + e, e);
    }
  }
}
