package dev.fusejet.ipp;

import java.io.IOException;
import java.io.Reader;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.UnknownHostException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import java.util.Properties;
import java.util.Set;
import java.util.TreeSet;

/**
 * How {@code fusejet serve} runs: the embedded defaults, overridden by the configuration file
 * ({@code docs/configuration.md}), overridden by command-line options.
 *
 * @param port TCP port for ipp, ipps and the web pages (1-65535; 0 picks a free one)
 * @param listen address to listen on ({@code *} for all, {@code localhost} for loopback only)
 * @param hostName host name put in advertised URIs and the certificate
 * @param stateDir state directory: spool, journal, certificate, password
 * @param name printer name ({@code printer-name}, the DNS-SD instance name)
 * @param location {@code printer-location}
 * @param info {@code printer-info}
 * @param organization {@code printer-organization}
 * @param geoLocation {@code printer-geo-location} ({@code geo:} URI) or empty for unknown
 * @param dnsSd whether to advertise with DNS-SD
 * @param keyStore a PKCS#12 key store to use instead of the self-signed one, or null
 * @param keyStorePassword its password, or null
 * @param paced true to pace the simulated apparatus in real time, false to run it as fast as the
 *     computer allows
 */
public record ServeOptions(
    int port,
    String listen,
    String hostName,
    Path stateDir,
    String name,
    String location,
    String info,
    String organization,
    String geoLocation,
    boolean dnsSd,
    Path keyStore,
    String keyStorePassword,
    boolean paced) {

  /** The default port: 8631, as the issue and ippeveprinter's examples use (631 needs root). */
  public static final int DEFAULT_PORT = 8631;

  /** Keys the configuration file may set. */
  public static final Set<String> KEYS =
      Set.of(
          "port",
          "listen",
          "host-name",
          "state",
          "name",
          "location",
          "info",
          "organization",
          "geo-location",
          "dns-sd",
          "tls-keystore",
          "tls-keystore-password",
          "pace");

  /** Checks the values. */
  public ServeOptions {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port " + port + " is outside 0-65535");
    }
    if (name.isBlank() || name.length() > 63) {
      throw new IllegalArgumentException(
          "printer name '" + name + "' must have 1 to 63 characters (a DNS-SD instance name)");
    }
    if (!geoLocation.isEmpty() && !geoLocation.startsWith("geo:")) {
      throw new IllegalArgumentException(
          "geo-location '" + geoLocation + "' must be a geo: URI (RFC 5870), e.g. geo:46.5,6.6");
    }
  }

  /** The embedded defaults: port 8631, {@code ~/.local/share/fusejet}, DNS-SD on, paced. */
  public static ServeOptions defaults() {
    return new ServeOptions(
        DEFAULT_PORT,
        "*",
        localHostName(),
        Path.of(System.getProperty("user.home"), ".local", "share", "fusejet"),
        "fusejet",
        "",
        "fusejet pigment inkjet photo printer with heated fusing nip",
        "",
        "",
        true,
        null,
        null,
        true);
  }

  /**
   * These options with the keys of the configuration file {@code file} applied.
   *
   * @throws IllegalArgumentException naming the file, the key and the value when one is wrong
   */
  public ServeOptions withFile(Path file) {
    Properties p = new Properties();
    try (Reader r = Files.newBufferedReader(file, StandardCharsets.UTF_8)) {
      p.load(r);
    } catch (IOException e) {
      throw new UncheckedIOException("cannot read the configuration file " + file, e);
    }
    Set<String> unknown = new TreeSet<>(p.stringPropertyNames());
    unknown.removeAll(KEYS);
    if (!unknown.isEmpty()) {
      throw new IllegalArgumentException(
          file + ": unknown key(s) " + unknown + "; the keys are " + new TreeSet<>(KEYS));
    }
    ServeOptions o = this;
    for (String key : p.stringPropertyNames()) {
      String v = p.getProperty(key).strip();
      try {
        o = o.with(key, v, file.getParent() == null ? Path.of(".") : file.getParent());
      } catch (IllegalArgumentException e) {
        throw new IllegalArgumentException(
            file + ": " + key + " = " + v + ": " + e.getMessage(), e);
      }
    }
    return o;
  }

  private ServeOptions with(String key, String v, Path base) {
    return switch (key) {
      case "port" -> withPort(parsePort(v));
      case "listen" ->
          new ServeOptions(
              port,
              v,
              hostName,
              stateDir,
              name,
              location,
              info,
              organization,
              geoLocation,
              dnsSd,
              keyStore,
              keyStorePassword,
              paced);
      case "host-name" ->
          new ServeOptions(
              port,
              listen,
              v,
              stateDir,
              name,
              location,
              info,
              organization,
              geoLocation,
              dnsSd,
              keyStore,
              keyStorePassword,
              paced);
      case "state" -> withStateDir(base.resolve(v));
      case "name" ->
          new ServeOptions(
              port,
              listen,
              hostName,
              stateDir,
              v,
              location,
              info,
              organization,
              geoLocation,
              dnsSd,
              keyStore,
              keyStorePassword,
              paced);
      case "location" ->
          new ServeOptions(
              port,
              listen,
              hostName,
              stateDir,
              name,
              v,
              info,
              organization,
              geoLocation,
              dnsSd,
              keyStore,
              keyStorePassword,
              paced);
      case "info" ->
          new ServeOptions(
              port,
              listen,
              hostName,
              stateDir,
              name,
              location,
              v,
              organization,
              geoLocation,
              dnsSd,
              keyStore,
              keyStorePassword,
              paced);
      case "organization" ->
          new ServeOptions(
              port,
              listen,
              hostName,
              stateDir,
              name,
              location,
              info,
              v,
              geoLocation,
              dnsSd,
              keyStore,
              keyStorePassword,
              paced);
      case "geo-location" ->
          new ServeOptions(
              port,
              listen,
              hostName,
              stateDir,
              name,
              location,
              info,
              organization,
              v,
              dnsSd,
              keyStore,
              keyStorePassword,
              paced);
      case "dns-sd" -> withDnsSd(parseSwitch(v));
      case "tls-keystore" ->
          new ServeOptions(
              port,
              listen,
              hostName,
              stateDir,
              name,
              location,
              info,
              organization,
              geoLocation,
              dnsSd,
              base.resolve(v),
              keyStorePassword,
              paced);
      case "tls-keystore-password" ->
          new ServeOptions(
              port,
              listen,
              hostName,
              stateDir,
              name,
              location,
              info,
              organization,
              geoLocation,
              dnsSd,
              keyStore,
              v,
              paced);
      case "pace" -> withPaced(parsePace(v));
      default -> throw new IllegalArgumentException("unknown key");
    };
  }

  public ServeOptions withPort(int p) {
    return new ServeOptions(
        p,
        listen,
        hostName,
        stateDir,
        name,
        location,
        info,
        organization,
        geoLocation,
        dnsSd,
        keyStore,
        keyStorePassword,
        paced);
  }

  public ServeOptions withListen(String l) {
    return new ServeOptions(
        port,
        l,
        hostName,
        stateDir,
        name,
        location,
        info,
        organization,
        geoLocation,
        dnsSd,
        keyStore,
        keyStorePassword,
        paced);
  }

  public ServeOptions withHostName(String h) {
    return new ServeOptions(
        port,
        listen,
        h,
        stateDir,
        name,
        location,
        info,
        organization,
        geoLocation,
        dnsSd,
        keyStore,
        keyStorePassword,
        paced);
  }

  public ServeOptions withStateDir(Path d) {
    return new ServeOptions(
        port,
        listen,
        hostName,
        d,
        name,
        location,
        info,
        organization,
        geoLocation,
        dnsSd,
        keyStore,
        keyStorePassword,
        paced);
  }

  public ServeOptions withName(String n) {
    return new ServeOptions(
        port,
        listen,
        hostName,
        stateDir,
        n,
        location,
        info,
        organization,
        geoLocation,
        dnsSd,
        keyStore,
        keyStorePassword,
        paced);
  }

  public ServeOptions withDnsSd(boolean on) {
    return new ServeOptions(
        port,
        listen,
        hostName,
        stateDir,
        name,
        location,
        info,
        organization,
        geoLocation,
        on,
        keyStore,
        keyStorePassword,
        paced);
  }

  public ServeOptions withPaced(boolean p) {
    return new ServeOptions(
        port,
        listen,
        hostName,
        stateDir,
        name,
        location,
        info,
        organization,
        geoLocation,
        dnsSd,
        keyStore,
        keyStorePassword,
        p);
  }

  static int parsePort(String v) {
    try {
      return Integer.parseInt(v);
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("not a port number (1-65535)", e);
    }
  }

  static boolean parseSwitch(String v) {
    return switch (v.toLowerCase(Locale.ROOT)) {
      case "on", "true", "yes" -> true;
      case "off", "false", "no" -> false;
      default -> throw new IllegalArgumentException("must be on or off");
    };
  }

  static boolean parsePace(String v) {
    return switch (v.toLowerCase(Locale.ROOT)) {
      case "real", "real-time" -> true;
      case "fast" -> false;
      default -> throw new IllegalArgumentException("must be real or fast");
    };
  }

  private static String localHostName() {
    try {
      String h = InetAddress.getLocalHost().getHostName();
      return h.isBlank() ? "localhost" : h;
    } catch (UnknownHostException e) {
      return "localhost";
    }
  }
}
