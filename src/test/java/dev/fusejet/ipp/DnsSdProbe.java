package dev.fusejet.ipp;

import java.net.InetAddress;
import java.util.Collections;
import java.util.List;
import java.util.Map;
import javax.jmdns.JmDNS;
import javax.jmdns.ServiceInfo;

/**
 * Run by {@link DnsSdTest} in a private network namespace: advertises a printer with {@link DnsSd}
 * on 127.0.0.1 and browses for it with a second, independent jmDNS responder, printing one line per
 * service found with its TXT keys.
 */
final class DnsSdProbe {
  private DnsSdProbe() {}

  public static void main(String[] args) throws Exception {
    InetAddress lo = InetAddress.getByAddress(new byte[] {127, 0, 0, 1});
    Map<String, String> txt =
        DnsSd.txt(
            "fusejet simulated photo printer",
            "lab",
            "http://localhost:8631/",
            "urn:uuid:0d7ba6a8-2a85-4d0b-9b5e-6c86c1a1f00d",
            DocumentFormats.SUPPORTED,
            "V1.4,CP1,W8,SRGB24,DM1,IS1,RS720",
            true,
            false,
            List.of("photo", "document"),
            "<legal-A4");
    DnsSd advertiser = new DnsSd(List.of(lo), "fusejet-probe", 8631, txt);
    try (JmDNS browser = JmDNS.create(lo, "browser")) {
      for (String type : List.of("_ipp._tcp.local.", "_ipps._tcp.local.")) {
        for (ServiceInfo s : browser.list(type, 8000)) {
          StringBuilder b =
              new StringBuilder("found " + type + " " + s.getName() + " port " + s.getPort());
          for (String k : Collections.list(s.getPropertyNames())) {
            b.append(' ').append(k).append('=').append(s.getPropertyString(k));
          }
          System.out.println(b);
        }
      }
    } finally {
      advertiser.close();
    }
  }
}
