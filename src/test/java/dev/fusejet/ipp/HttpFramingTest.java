package dev.fusejet.ipp;

import static org.assertj.core.api.Assertions.assertThat;

import com.hp.jipp.encoding.IppInputStream;
import com.hp.jipp.encoding.IppOutputStream;
import com.hp.jipp.encoding.IppPacket;
import com.hp.jipp.encoding.Tag;
import com.hp.jipp.model.Operation;
import com.hp.jipp.model.Status;
import java.io.BufferedInputStream;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.Locale;
import java.util.Map;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * How an IPP request may arrive over HTTP/1.1 (RFC 9112) and still be answered: the header and the
 * IPP message in separate writes, the message itself in pieces, after {@code Expect: 100-continue},
 * chunked, two requests pipelined in one write, and a body that is no IPP message. The handler
 * reads bodies of known length without blocking and answers attribute reads on the thread that read
 * them; these are the framings a client (CUPS sends the header and the message apart) puts on that
 * path.
 */
class HttpFramingTest {
  private static final String CHUNKED_HEAD =
      String.join(
          "\r\n",
          "POST /ipp/print HTTP/1.1",
          "Host: localhost",
          "Content-Type: application/ipp",
          "Transfer-Encoding: chunked",
          "",
          "");

  @TempDir static Path state;
  static TestPrinter printer;

  @BeforeAll
  static void start() {
    printer = TestPrinter.start(state);
  }

  @AfterAll
  static void stop() {
    printer.close();
  }

  @Test
  void theHeaderAndTheMessageInPiecesAreAnsweredAsOne() throws IOException {
    try (Socket s = socket()) {
      byte[] body = gpa(41);
      OutputStream out = s.getOutputStream();
      out.write(head(body.length, "").getBytes(StandardCharsets.US_ASCII));
      out.flush();
      // the message in three writes, the first ending inside the header; after each of the first
      // two, a whole request on another connection answered: by then the printer has had the
      // piece and found the message incomplete (no sleeping, the answer is the sign)
      int a = 7;
      int b = body.length - 5;
      out.write(Arrays.copyOfRange(body, 0, a));
      out.flush();
      roundTrip();
      out.write(Arrays.copyOfRange(body, a, b));
      out.flush();
      roundTrip();
      out.write(Arrays.copyOfRange(body, b, body.length));
      out.flush();
      assertAnswered(read(s), 41);
    }
  }

  /** One Get-Printer-Attributes on a connection of its own, answered. */
  private static void roundTrip() throws IOException {
    try (Socket s = socket()) {
      byte[] body = gpa(40);
      s.getOutputStream().write(head(body.length, "").getBytes(StandardCharsets.US_ASCII));
      s.getOutputStream().write(body);
      s.getOutputStream().flush();
      assertAnswered(read(s), 40);
    }
  }

  @Test
  void expectContinueGetsTheInterimResponseBeforeTheMessageIsSent() throws IOException {
    try (Socket s = socket()) {
      byte[] body = gpa(42);
      OutputStream out = s.getOutputStream();
      out.write(head(body.length, "Expect: 100-continue\r\n").getBytes(StandardCharsets.US_ASCII));
      out.flush();
      InputStream in = new BufferedInputStream(s.getInputStream());
      assertThat(line(in)).startsWith("HTTP/1.1 100");
      assertThat(line(in)).isEmpty();
      out.write(body);
      out.flush();
      assertAnswered(response(in), 42);
    }
  }

  @Test
  void aChunkedMessageIsAnswered() throws IOException {
    try (Socket s = socket()) {
      byte[] body = gpa(43);
      ByteArrayOutputStream req = new ByteArrayOutputStream();
      req.writeBytes(CHUNKED_HEAD.getBytes(StandardCharsets.US_ASCII));
      int half = body.length / 2;
      chunk(req, Arrays.copyOfRange(body, 0, half));
      chunk(req, Arrays.copyOfRange(body, half, body.length));
      req.writeBytes("0\r\n\r\n".getBytes(StandardCharsets.US_ASCII));
      s.getOutputStream().write(req.toByteArray());
      s.getOutputStream().flush();
      assertAnswered(read(s), 43);
    }
  }

  @Test
  void twoPipelinedRequestsAreAnsweredInOrder() throws IOException {
    try (Socket s = socket()) {
      ByteArrayOutputStream req = new ByteArrayOutputStream();
      for (int id : new int[] {44, 45}) {
        byte[] body = gpa(id);
        req.writeBytes(head(body.length, "").getBytes(StandardCharsets.US_ASCII));
        req.writeBytes(body);
      }
      s.getOutputStream().write(req.toByteArray());
      s.getOutputStream().flush();
      InputStream in = new BufferedInputStream(s.getInputStream());
      assertAnswered(response(in), 44);
      assertAnswered(response(in), 45);
    }
  }

  @Test
  void aBodyThatIsNoIppMessageIsABadRequest() throws IOException {
    try (Socket s = socket()) {
      byte[] body = "not an IPP message".getBytes(StandardCharsets.US_ASCII);
      s.getOutputStream().write(head(body.length, "").getBytes(StandardCharsets.US_ASCII));
      s.getOutputStream().write(body);
      s.getOutputStream().flush();
      IppPacket p = read(s);
      assertThat(p.getCode()).isEqualTo(Status.clientErrorBadRequest.getCode());
    }
  }

  private static Socket socket() throws IOException {
    Socket s = new Socket(java.net.InetAddress.getLoopbackAddress(), printer.app.port());
    s.setTcpNoDelay(true);
    s.setSoTimeout(30_000);
    return s;
  }

  private static String head(int length, String more) {
    return "POST /ipp/print HTTP/1.1\r\nHost: localhost\r\nContent-Type: application/ipp\r\n"
        + "Content-Length: "
        + length
        + "\r\n"
        + more
        + "\r\n";
  }

  private static void chunk(ByteArrayOutputStream out, byte[] data) {
    out.writeBytes((Integer.toHexString(data.length) + "\r\n").getBytes(StandardCharsets.US_ASCII));
    out.writeBytes(data);
    out.writeBytes("\r\n".getBytes(StandardCharsets.US_ASCII));
  }

  /** Get-Printer-Attributes of the state, with request-id {@code id}. */
  private static byte[] gpa(int id) throws IOException {
    IppPacket.Builder b =
        new IppPacket.Builder(Operation.getPrinterAttributes.getCode(), 0x0200, id);
    b.getOperationAttributes().put(Attr.charset("attributes-charset", "utf-8"));
    b.getOperationAttributes().put(Attr.language("attributes-natural-language", "en"));
    b.getOperationAttributes().put(Attr.uri("printer-uri", printer.uri("ipp")));
    b.getOperationAttributes()
        .put(
            Attr.keywords(
                "requested-attributes", java.util.List.of("printer-state", "queued-job-count")));
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    new IppOutputStream(out).write(b.build());
    return out.toByteArray();
  }

  private static void assertAnswered(IppPacket p, int id) {
    assertThat(p.getCode()).isEqualTo(Status.successfulOk.getCode());
    assertThat(p.getRequestId()).isEqualTo(id);
    assertThat(p.get(Tag.printerAttributes)).isNotNull();
    assertThat(p.get(Tag.printerAttributes).get("printer-state")).isNotNull();
  }

  private static IppPacket read(Socket s) throws IOException {
    return response(new BufferedInputStream(s.getInputStream()));
  }

  /** One HTTP response with a Content-Length, its body parsed as IPP. */
  private static IppPacket response(InputStream in) throws IOException {
    String status = line(in);
    assertThat(status).startsWith("HTTP/1.1 200");
    Map<String, String> headers = new LinkedHashMap<>();
    for (String l = line(in); !l.isEmpty(); l = line(in)) {
      int colon = l.indexOf(':');
      headers.put(
          l.substring(0, colon).trim().toLowerCase(Locale.ROOT), l.substring(colon + 1).trim());
    }
    assertThat(headers).containsEntry("content-type", "application/ipp");
    byte[] body = in.readNBytes(Integer.parseInt(headers.get("content-length")));
    return new IppInputStream(new ByteArrayInputStream(body)).readPacket();
  }

  private static String line(InputStream in) throws IOException {
    StringBuilder sb = new StringBuilder();
    for (int c = in.read(); c != '\n'; c = in.read()) {
      if (c < 0) {
        throw new EOFException("the printer closed the connection after: " + sb);
      }
      if (c != '\r') {
        sb.append((char) c);
      }
    }
    return sb.toString();
  }
}
