package dev.fusejet.ipp;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import javax.jmdns.JmDNS;
import javax.jmdns.ServiceInfo;

/**
 * DNS-SD (multicast DNS) advertising with jmDNS: {@code _ipp._tcp} and {@code _ipps._tcp}, each
 * with the {@code _print} subtype and the TXT keys of the Bonjour Printing Specification 1.2.1
 * (section 9) and IPP Everywhere (PWG 5100.14 section 4.2).
 */
final class DnsSd implements AutoCloseable {

  /** The two service types registered. */
  static final List<String> TYPES = List.of("_ipp._tcp.local.", "_ipps._tcp.local.");

  /** The subtype every IPP Everywhere printer registers. */
  static final String SUBTYPE = "_print";

  private final List<JmDNS> responders = new ArrayList<>();

  /**
   * Registers the printer on each of {@code addresses}.
   *
   * @param name the service instance name (the printer's name)
   * @param port the port ipp and ipps share
   * @param txt the TXT record
   */
  DnsSd(List<InetAddress> addresses, String name, int port, Map<String, String> txt) {
    try {
      for (InetAddress a : addresses) {
        JmDNS j = JmDNS.create(a, name.replaceAll("[^A-Za-z0-9-]", "-"));
        responders.add(j);
        for (String type : TYPES) {
          Map<String, String> record = new LinkedHashMap<>(txt);
          if (type.startsWith("_ipps")) {
            record.put("TLS", "1.2");
          }
          j.registerService(ServiceInfo.create(type, name, SUBTYPE, port, 0, 0, record));
        }
      }
    } catch (IOException e) {
      close();
      throw new UncheckedIOException("cannot advertise with DNS-SD: " + e.getMessage(), e);
    }
  }

  /** The TXT record for the printer (without the TLS key, which only the ipps record has). */
  static Map<String, String> txt(
      String makeAndModel,
      String location,
      String adminUrl,
      String uuid,
      List<String> formats,
      String urf,
      boolean color,
      boolean duplex,
      List<String> kinds,
      String paperMax) {
    Map<String, String> t = new LinkedHashMap<>();
    t.put("txtvers", "1");
    t.put("qtotal", "1");
    t.put("rp", IppHandler.PRINTER_PATH.substring(1));
    t.put("ty", makeAndModel);
    t.put("adminurl", adminUrl);
    t.put("note", location);
    t.put("priority", "0");
    t.put("product", "(" + makeAndModel + ")");
    t.put(
        "pdl",
        String.join(
            ",", formats.stream().filter(f -> !f.equals(DocumentFormats.OCTET_STREAM)).toList()));
    t.put("UUID", uuid.replace("urn:uuid:", ""));
    t.put("URF", urf);
    t.put("Color", color ? "T" : "F");
    t.put("Duplex", duplex ? "T" : "F");
    t.put("kind", String.join(",", kinds));
    t.put("PaperMax", paperMax);
    return t;
  }

  @Override
  public void close() {
    for (JmDNS j : responders) {
      try {
        j.unregisterAllServices();
        j.close();
      } catch (IOException e) {
        // shutting down: a responder that cannot say goodbye expires with its TTL
      }
    }
    responders.clear();
  }
}
