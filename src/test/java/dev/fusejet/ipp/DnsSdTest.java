package dev.fusejet.ipp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.concurrent.TimeUnit;
import org.junit.jupiter.api.Test;

/**
 * DNS-SD by browsing: {@link DnsSdProbe} advertises with jmDNS and a second responder browses for
 * {@code _ipp._tcp} and {@code _ipps._tcp} with their TXT keys. It runs in a private network
 * namespace ({@code unshare -n}, as root) whose loopback is made multicast-capable, so no packet
 * leaves the machine.
 */
class DnsSdTest {

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
