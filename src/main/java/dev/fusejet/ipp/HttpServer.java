package dev.fusejet.ipp;

import java.net.URI;
import java.time.Duration;
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
 */
final class HttpServer implements AutoCloseable {

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
  private final ServerConnector connector;

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
    connector = new ServerConnector(server, detector, plain);
    connector.setHost(host);
    connector.setPort(port);
    connector.setIdleTimeout(IDLE_TIMEOUT_MS);
    connector.setAcceptedTcpNoDelay(true);
    connector.setReuseAddress(true);
    server.addConnector(connector);
    server.setHandler(handler);
    // graceful stop: the connector stops accepting at once, requests in progress get STOP_TIMEOUT,
    // then the worker threads (a Get-Notifications waiting, a document spooling) are interrupted
    server.setStopTimeout(STOP_TIMEOUT.toMillis());
    pool.setStopTimeout(STOP_TIMEOUT.toMillis());
  }

  void start() throws Exception {
    server.start();
  }

  /** The port listened on (the real one when 0 was asked for). */
  int port() {
    return connector.getLocalPort();
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
