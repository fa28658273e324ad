package dev.fusejet.ipp;

import dev.fusejet.job.JobService;
import dev.fusejet.job.PrinterStatus;
import dev.fusejet.media.Medium;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.Inet4Address;
import java.net.InetAddress;
import java.net.NetworkInterface;
import java.net.SocketException;
import java.net.URI;
import java.nio.file.Files;
import java.time.Clock;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Map;

/**
 * {@code fusejet serve}: the printer application running. Starts the HTTP server (ipp, ipps and the
 * status page on one port), makes the self-signed certificate on first start, advertises the
 * printer with DNS-SD when asked, and serves every IPP request from the given job service. {@link
 * #close} stops accepting, ends DNS-SD and the HTTP server within {@link #STOP_BOUND}; the job
 * service (and with it every job) belongs to the caller.
 */
public final class PrinterApplication implements AutoCloseable {

  private final ServeOptions options;
  private final Printer printer;
  private final HttpServer http;
  private final DnsSd dnsSd;
  private final Certificates.Store tls;

  private PrinterApplication(
      ServeOptions options, Printer printer, HttpServer http, DnsSd dnsSd, Certificates.Store tls) {
    this.options = options;
    this.printer = printer;
    this.http = http;
    this.dnsSd = dnsSd;
    this.tls = tls;
  }

  /**
   * Starts the printer on {@code jobs}.
   *
   * @param catalogue the media the printer knows (each one a media-type keyword)
   * @throws UncheckedIOException when the state directory or the port cannot be used
   */
  public static PrinterApplication start(
      ServeOptions options, JobService jobs, List<Medium> catalogue) {
    try {
      Files.createDirectories(options.stateDir());
    } catch (IOException e) {
      throw new UncheckedIOException("cannot create the state directory " + options.stateDir(), e);
    }
    Certificates.Store tls =
        options.keyStore() != null
            ? new Certificates.Store(options.keyStore(), options.keyStorePassword())
            : Certificates.ensure(options.stateDir().resolve("tls"), options.hostName());
    Printer printer = new Printer(jobs, options, catalogue, Clock.systemUTC());
    Passwords passwords = new Passwords(options.stateDir());
    StaticPages pages = new StaticPages(() -> StatusPage.html(printer));
    IppHandler handler = new IppHandler(printer, passwords, pages);
    String listen = options.listen().equals("*") ? null : options.listen();
    HttpServer http;
    try {
      http = new HttpServer(listen, options.port(), tls, handler);
    } catch (RuntimeException e) {
      printer.close();
      throw e;
    }
    try {
      http.start();
    } catch (Exception e) {
      printer.close();
      http.close();
      throw new UncheckedIOException(
          "cannot listen on port "
              + options.port()
              + " ("
              + e.getMessage()
              + "): choose another with --port or 'port' in the configuration file",
          e instanceof IOException io ? io : new IOException(e));
    }
    DnsSd dnsSd = null;
    if (options.dnsSd()) {
      try {
        dnsSd =
            new DnsSd(addresses(options), options.name(), http.port(), txt(printer, options, http));
      } catch (UncheckedIOException e) {
        http.close();
        printer.close();
        throw e;
      }
    }
    return new PrinterApplication(options, printer, http, dnsSd, tls);
  }

  private static Map<String, String> txt(Printer printer, ServeOptions o, HttpServer http) {
    Capabilities caps = printer.capabilities();
    String admin = "http://" + o.hostName() + ":" + http.port() + "/";
    String paperMax = paperMax(caps);
    return DnsSd.txt(
        caps.device.makeAndModel(),
        printer.settings().get("printer-location"),
        admin,
        printer.settings().get("printer-uuid"),
        DocumentFormats.SUPPORTED,
        String.join(",", PrinterDescription.urf(caps)),
        caps.colour(),
        caps.duplex(),
        caps.kinds(),
        paperMax);
  }

  /** The Bonjour PaperMax key for the largest sheet: <legal-A4, legal-A4, tabloid-A3, ... */
  private static String paperMax(Capabilities caps) {
    double longest = 0;
    for (var s : caps.device.sizes()) {
      longest = Math.max(longest, Math.max(s.width(), s.height()));
    }
    if (longest <= 0.3556) {
      return longest <= 0.297 ? "<legal-A4" : "legal-A4";
    }
    return longest <= 0.432 ? "tabloid-A3" : "isoC-A2";
  }

  /**
   * Where to advertise: the IPv4 addresses among those listened on (literals, so parsed rather than
   * looked up; all of them if none is IPv4), or, listening everywhere, the IPv4 addresses of every
   * interface that is up and multicasts.
   */
  private static List<InetAddress> addresses(ServeOptions o) {
    try {
      if (!o.listen().equals("*")) {
        List<InetAddress> all = new ArrayList<>();
        for (String a : HttpServer.addresses(o.listen())) {
          all.add(InetAddress.getByName(a));
        }
        List<InetAddress> v4 = all.stream().filter(a -> a instanceof Inet4Address).toList();
        return v4.isEmpty() ? all : v4;
      }
      List<InetAddress> out = new ArrayList<>();
      for (NetworkInterface n : Collections.list(NetworkInterface.getNetworkInterfaces())) {
        if (n.isUp() && n.supportsMulticast() && !n.isLoopback()) {
          for (InetAddress a : Collections.list(n.getInetAddresses())) {
            if (a instanceof Inet4Address) {
              out.add(a);
            }
          }
        }
      }
      return out;
    } catch (SocketException | java.net.UnknownHostException e) {
      throw new UncheckedIOException("cannot list network interfaces for DNS-SD", e);
    }
  }

  /** The port listened on. */
  public int port() {
    return http.port();
  }

  /** The printer's URIs: ipp, ipps and the web page, with the configured host name. */
  public List<URI> uris() {
    String host = options.hostName();
    return List.of(
        URI.create("ipp://" + host + ":" + port() + IppHandler.PRINTER_PATH),
        URI.create("ipps://" + host + ":" + port() + IppHandler.PRINTER_PATH),
        URI.create("http://" + host + ":" + port() + "/"));
  }

  /** The printer's state now (for the command line's status line). */
  public PrinterStatus status() {
    return printer.status();
  }

  /** The SHA-256 fingerprint of the TLS certificate, as hex pairs. */
  public String certificateFingerprint() {
    try {
      byte[] d =
          java.security.MessageDigest.getInstance("SHA-256")
              .digest(Certificates.certificate(tls).getEncoded());
      return java.util.HexFormat.ofDelimiter(":").withUpperCase().formatHex(d);
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  /** How long {@link #close} waits for DNS-SD's goodbye packets (ms). */
  static final long DNS_SD_GOODBYE_MS = 1000;

  /**
   * Stops the printer within {@link #STOP_BOUND}: DNS-SD says goodbye (on a thread of its own,
   * waited for at most {@link #DNS_SD_GOODBYE_MS}) while HTTP stops accepting at once and gives the
   * requests in progress {@link HttpServer#STOP_TIMEOUT} before it interrupts them.
   */
  @Override
  public void close() {
    Thread goodbye = null;
    if (dnsSd != null) {
      goodbye = new Thread(dnsSd::close, "fusejet-dns-sd-goodbye");
      goodbye.setDaemon(true);
      goodbye.start();
    }
    http.close();
    printer.close();
    if (goodbye != null) {
      try {
        goodbye.join(DNS_SD_GOODBYE_MS);
      } catch (InterruptedException e) {
        Thread.currentThread().interrupt();
      }
    }
  }

  /** The longest {@link #close} takes: the HTTP server's two stop timeouts, then DNS-SD's wait. */
  public static final java.time.Duration STOP_BOUND =
      java.time.Duration.ofMillis(2 * HttpServer.STOP_TIMEOUT.toMillis() + DNS_SD_GOODBYE_MS);
}
