package dev.fusejet.ipp;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.net.InetAddress;
import java.net.InetSocketAddress;
import java.net.ServerSocket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Where the printer listens. {@code localhost} is both loopback addresses: CUPS' own client library
 * (ipptool here) connects to {@code localhost} at ::1 before 127.0.0.1, whatever /etc/hosts says,
 * so each family is checked by ipptool forced onto it ({@code -6}, {@code -4}) and by its default
 * order, on the one port the printer reports.
 */
class ListenAddressTest {

  @TempDir Path dir;

  /** ::1 (RFC 4291 section 2.5.3). */
  private static final byte[] IPV6_LOOPBACK = {0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 0, 1};

  /** True when this machine can bind ::1 (a container may have IPv6 off). */
  private static boolean ipv6Loopback() {
    try (ServerSocket s = new ServerSocket()) {
      s.bind(new InetSocketAddress(InetAddress.getByAddress(IPV6_LOOPBACK), 0));
      return true;
    } catch (IOException e) {
      return false;
    }
  }

  private static void writeGpa(Path file) throws IOException {
    Files.writeString(
        file,
        """
        {
         NAME "Get-Printer-Attributes"
         OPERATION Get-Printer-Attributes
         GROUP operation-attributes-tag
         ATTR charset attributes-charset utf-8
         ATTR naturalLanguage attributes-natural-language en
         ATTR uri printer-uri $uri
         ATTR keyword requested-attributes printer-state
         STATUS successful-ok
         EXPECT printer-state
        }
        """,
        StandardCharsets.UTF_8);
  }

  @Test
  void localhostIsListenedOnAtBothLoopbackAddressesOnOnePort() throws Exception {
    assumeTrue(IppTool.available(), "ipptool (cups-ipp-utils) is not installed");
    assumeTrue(ipv6Loopback(), "this machine cannot bind ::1 (IPv6 off)");
    writeGpa(dir.resolve("gpa.test"));
    try (TestPrinter printer =
        TestPrinter.start(dir.resolve("state"), TestPrinter.options().withListen("localhost"))) {
      String uri = printer.uri("ipp");
      for (String family : new String[] {"-6", "-4"}) {
        IppTool.Result r = IppTool.run(dir, family, "-t", uri, "gpa.test");
        assertThat(r.failed()).as(family + " " + r).isEmpty();
        assertThat(r.passed()).as(family + " " + r).hasSize(1);
      }
      // and in libcups' own order, ::1 first
      IppTool.Result r = IppTool.run(dir, "-t", uri, "gpa.test");
      assertThat(r.passed()).as(r.toString()).hasSize(1);
    }
  }

  @Test
  void anAddressIsListenedOnAloneAndTheOtherFamilyIsRefused() throws Exception {
    assumeTrue(IppTool.available(), "ipptool (cups-ipp-utils) is not installed");
    writeGpa(dir.resolve("gpa.test"));
    try (TestPrinter printer =
        TestPrinter.start(dir.resolve("state"), TestPrinter.options().withListen("127.0.0.1"))) {
      String uri = printer.uri("ipp");
      assertThat(IppTool.run(dir, "-4", "-t", uri, "gpa.test").passed()).hasSize(1);
      IppTool.Result v6 = IppTool.run(dir, "-6", "-t", uri, "gpa.test");
      assertThat(v6.passed()).as(v6.toString()).isEmpty();
      assertThat(v6.exit()).as(v6.toString()).isNotZero();
    }
  }

  @Test
  void theAddressesAListenValueStandsFor() throws Exception {
    assertThat(HttpServer.addresses(null)).containsExactly((String) null);
    assertThat(HttpServer.addresses("LocalHost")).containsExactly("127.0.0.1", "::1");
    assertThat(HttpServer.addresses("127.0.0.1")).containsExactly("127.0.0.1");
    // a literal is itself, whatever the machine's interfaces
    assertThat(HttpServer.addresses("::1")).containsExactly("0:0:0:0:0:0:0:1");
  }

  @Test
  void aNameThatDoesNotResolveSaysWhereToFixIt() {
    assertThatThrownBy(() -> HttpServer.addresses("no-such-host.invalid"))
        .isInstanceOf(UncheckedIOException.class)
        .hasMessageContaining("no-such-host.invalid")
        .hasMessageContaining("--listen")
        .hasMessageContaining("'listen' in the configuration file");
  }
}
