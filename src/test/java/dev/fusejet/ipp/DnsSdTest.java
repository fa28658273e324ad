package dev.fusejet.ipp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.BufferedReader;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * DNS-SD by browsing. The system's Avahi (a peer: avahi-daemon and avahi-browse, as CUPS and GNOME
 * find printers) browses for a freshly started {@code fusejet serve} by the {@code _print} subtype
 * and by both service types, and resolves its TXT record. And {@link DnsSdProbe} advertises with
 * jmDNS and a second responder browses for {@code _ipp._tcp} and {@code _ipps._tcp} with their TXT
 * keys. It runs in a private network namespace ({@code unshare -n}, as root) whose loopback is made
 * multicast-capable, so no packet leaves the machine.
 */
class DnsSdTest {

  private static final String UUID = "urn:uuid:6f1e3d2c-77aa-4c1b-8d55-0a9e2c4b7f10";

  @Test
  void avahiFindsTheServedPrinterByItsSubtypeAndBothTypes(@TempDir Path dir) throws Exception {
    assumeTrue(
        "root".equals(System.getProperty("user.name"))
            && List.of(
                    "/usr/bin/unshare",
                    "/usr/sbin/ip",
                    "/usr/sbin/avahi-daemon",
                    "/usr/bin/avahi-browse",
                    "/usr/bin/dbus-daemon",
                    "/usr/bin/stdbuf")
                .stream()
                .allMatch(f -> Files.isExecutable(Path.of(f))),
        "needs root, unshare, ip, avahi-daemon, avahi-utils and dbus-daemon");
    // The printer's identity, as a past run would have left it: the TXT record must carry it.
    Files.createDirectories(dir.resolve("state"));
    Files.writeString(
        dir.resolve("state/printer.properties"),
        "printer-uuid=" + UUID + "\nprinter-location=Bench 3\n",
        StandardCharsets.UTF_8);
    Path script = dir.resolve("avahi-browse.sh");
    try (var in = DnsSdTest.class.getResourceAsStream("avahi-browse.sh")) {
      Files.write(script, in.readAllBytes());
    }
    Process p =
        new ProcessBuilder(
                "unshare",
                "-n",
                "-m",
                "-p",
                "-f",
                "--kill-child",
                "sh",
                script.toString(),
                dir.toString(),
                Path.of(System.getProperty("java.home"), "bin", "java").toString(),
                System.getProperty("java.class.path"))
            .redirectErrorStream(true)
            .start();
    Map<String, String> resolved = new LinkedHashMap<>();
    StringBuilder all = new StringBuilder();
    CompletableFuture<Void> browse =
        CompletableFuture.runAsync(
            () -> {
              try (BufferedReader r =
                  new BufferedReader(
                      new InputStreamReader(p.getInputStream(), StandardCharsets.UTF_8))) {
                for (String line; resolved.size() < 3 && (line = r.readLine()) != null; ) {
                  all.append(line).append('\n');
                  String[] f = line.split(" ", 2);
                  if (f.length == 2 && f[1].startsWith("=;")) {
                    resolved.putIfAbsent(f[0], f[1]);
                  }
                }
              } catch (java.io.IOException e) {
                throw new java.io.UncheckedIOException(e);
              }
            });
    try {
      browse.get(60, TimeUnit.SECONDS);
    } catch (java.util.concurrent.TimeoutException e) {
      // reported below with what was seen
    } finally {
      p.destroyForcibly().waitFor(10, TimeUnit.SECONDS);
    }
    String seen = all + "\nserver: " + read(dir.resolve("serve.log"));
    assertThat(resolved)
        .as(seen)
        .containsOnlyKeys("_print._sub._ipp._tcp", "_ipp._tcp", "_ipps._tcp");
    // =;interface;protocol;name;type;domain;host;address;port;"txt" ...
    for (Map.Entry<String, String> e : resolved.entrySet()) {
      String[] f = e.getValue().split(";", 10);
      assertThat(f[3]).as(e.getValue()).isEqualTo("fusejet");
      assertThat(f[7] + ":" + f[8]).as(e.getValue()).isEqualTo("127.0.0.1:8631");
      assertThat(f[9])
          .as(e.getValue())
          .contains(
              "\"txtvers=1\"",
              "\"rp=ipp/print\"",
              "\"UUID=6f1e3d2c-77aa-4c1b-8d55-0a9e2c4b7f10\"",
              "\"note=Bench 3\"",
              "\"pdl=application/pdf,image/jpeg,image/png,image/pwg-raster,image/urf\"",
              "\"Color=T\"",
              "\"Duplex=F\"",
              "\"kind=photo,document\"",
              "\"PaperMax=<legal-A4\"",
              "\"ty=fusejet simulated photo printer\"")
          .containsPattern("\"URF=V1\\.4,[^\"]*RS[0-9-]*720")
          .containsPattern("\"adminurl=http://[^\"]+:8631/\"");
      if (e.getKey().equals("_ipps._tcp")) {
        assertThat(f[9]).as(e.getValue()).contains("\"TLS=1.2\"");
      } else {
        assertThat(f[9]).as(e.getValue()).doesNotContain("TLS=");
      }
    }
  }

  private static String read(Path p) throws java.io.IOException {
    return Files.exists(p) ? Files.readString(p, StandardCharsets.UTF_8) : "(no log)";
  }

  @Test
  void theServicesAreFoundWithTheirTxtKeys() throws Exception {
    assumeTrue(
        "root".equals(System.getProperty("user.name"))
            && Files.isExecutable(Path.of("/usr/bin/unshare"))
            && (Files.isExecutable(Path.of("/usr/sbin/ip"))
                || Files.isExecutable(Path.of("/usr/bin/ip"))),
        "needs root, unshare and ip for a private network namespace");
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    String cp = System.getProperty("java.class.path");
    Process p =
        new ProcessBuilder(
                "unshare",
                "-n",
                "sh",
                "-c",
                "ip link set lo up && ip link set lo multicast on && ip route add 224.0.0.0/4 dev lo"
                    + " && exec \"$0\" -cp \"$1\" dev.fusejet.ipp.DnsSdProbe",
                java,
                cp)
            .redirectErrorStream(true)
            .start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(60, TimeUnit.SECONDS)).isTrue();
    assertThat(out)
        .as(out)
        .containsPattern(
            "found _ipp\\._tcp\\.local\\. fusejet-probe port 8631 .*pdl=application/pdf,image/jpeg,image/png,image/pwg-raster,image/urf")
        .containsPattern("found _ipps\\._tcp\\.local\\. fusejet-probe port 8631 .*TLS=1\\.2")
        .contains(
            "rp=ipp/print",
            "UUID=0d7ba6a8-2a85-4d0b-9b5e-6c86c1a1f00d",
            "URF=V1.4",
            "Color=T",
            "kind=photo,document",
            "txtvers=1",
            "adminurl=http://localhost:8631/");
  }
}
