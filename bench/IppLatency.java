import java.io.BufferedInputStream;
import java.io.ByteArrayOutputStream;
import java.io.DataOutputStream;
import java.io.EOFException;
import java.io.IOException;
import java.io.InputStream;
import java.io.OutputStream;
import java.net.Socket;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.Arrays;
import java.util.List;

/**
 * A lean IPP client for bench/ipp-peer.sh: per-request latency of two printers over one keep-alive
 * connection each, measured the same way for both and interleaved (bursts of BURST requests to
 * each in turn, CYCLES times), so that a slow spell of the machine falls on both alike.
 *
 * <p>Why beside ipptool: ipptool spends about 0.3 ms of its own CPU on each request (it checks
 * every response against its test file), three to four times either server's share, and its
 * jitter hides the difference between the servers. This client writes each request as CUPS does
 * (the HTTP header with {@code Expect: 100-continue}, then the IPP message, two writes on a
 * TCP_NODELAY socket), reads past the interim {@code 100 Continue}, reads the response by its
 * Content-Length and checks the HTTP status, the IPP status and the request-id.
 *
 * <p>Usage: {@code java bench/IppLatency.java ROW BURST CYCLES PEER_PORT FUSEJET_PORT [WARM]}, ROW
 * one of gpa-all, gpa-small, get-jobs, or connect (the small GPA on a new connection each time, as
 * lp or a phone opens one per job: connection setup and teardown included); WARM requests to each
 * first, not measured (default 2000: enough when the servers have been warmed up already; a fresh
 * JVM needs some 20000 before C2 has compiled the request path). Prints one CSV line: row,
 * requests per server, then p50, p90 and mean (microseconds) of the peer and of fusejet, the ratios
 * fusejet / peer of p50 and of the mean, and the job-id count of each server's last response.
 */
public final class IppLatency {

  /** The nine standard job attributes both servers have (as in ipp-peer.sh's Get-Jobs rows). */
  static final List<String> JOB_ATTRIBUTES =
      List.of(
          "job-id",
          "job-uri",
          "job-name",
          "job-originating-user-name",
          "job-state",
          "job-state-reasons",
          "job-k-octets",
          "time-at-creation",
          "time-at-completed");

  /**
   * Whether each request carries {@code Expect: 100-continue}, as libcups (ipptool, CUPS, macOS)
   * sends it on every request with a body; {@code EXPECT=no} in the environment leaves it out.
   */
  static final boolean EXPECT = !"no".equals(System.getenv("EXPECT"));

  public static void main(String[] args) throws IOException {
    String row = args[0];
    int burst = Integer.parseInt(args[1]);
    int cycles = Integer.parseInt(args[2]);
    Connection peer = new Connection(Integer.parseInt(args[3]), row);
    Connection fusejet = new Connection(Integer.parseInt(args[4]), row);
    int warm = args.length > 5 ? Integer.parseInt(args[5]) : 2000;
    // warm-up, not measured: fusejet's JIT and both servers' caches settle
    for (int i = 0; i < warm; i++) {
      peer.once();
      fusejet.once();
    }
    long[] p = new long[burst * cycles];
    long[] f = new long[burst * cycles];
    for (int c = 0; c < cycles; c++) {
      for (int i = 0; i < burst; i++) {
        p[c * burst + i] = peer.once();
      }
      for (int i = 0; i < burst; i++) {
        f[c * burst + i] = fusejet.once();
      }
    }
    Arrays.sort(p);
    Arrays.sort(f);
    double pm = mean(p);
    double fm = mean(f);
    System.out.printf(
        "%s,%d,%.1f,%.1f,%.1f,%.1f,%.1f,%.1f,%.2f,%.2f,%d,%d%n",
        row,
        p.length,
        us(p[p.length / 2]),
        us(p[p.length * 9 / 10]),
        pm / 1e3,
        us(f[f.length / 2]),
        us(f[f.length * 9 / 10]),
        fm / 1e3,
        (double) f[f.length / 2] / p[p.length / 2],
        fm / pm,
        peer.lastJobIds,
        fusejet.lastJobIds);
  }

  static double us(long ns) {
    return ns / 1e3;
  }

  static double mean(long[] v) {
    double s = 0;
    for (long x : v) {
      s += x;
    }
    return s / v.length;
  }

  /**
   * One keep-alive connection to one printer, sending one kind of request; for the row {@code
   * connect}, a new connection for each request (the small Get-Printer-Attributes), closed after
   * its response, the connection's setup timed with the request.
   */
  static final class Connection {
    final int port;
    final String row;
    final boolean fresh;
    InputStream in;
    OutputStream out;
    Socket socket;
    int requestId = 1;
    int lastJobIds;

    Connection(int port, String row) throws IOException {
      this.port = port;
      this.fresh = row.equals("connect");
      this.row = fresh ? "gpa-small" : row;
      if (!fresh) {
        open();
      }
    }

    private void open() throws IOException {
      socket = new Socket("127.0.0.1", port);
      socket.setTcpNoDelay(true);
      in = new BufferedInputStream(socket.getInputStream());
      out = socket.getOutputStream();
    }

    /** Sends one request and reads its response: the latency (ns). */
    long once() throws IOException {
      int id = requestId++;
      byte[] body = request(row, id, "ipp://localhost:" + port + "/ipp/print");
      byte[] head =
          ("POST /ipp/print HTTP/1.1\r\nHost: localhost:"
                  + port
                  + "\r\nContent-Type: application/ipp\r\nContent-Length: "
                  + body.length
                  + (EXPECT ? "\r\nExpect: 100-continue" : "")
                  + "\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII);
      long t0 = System.nanoTime();
      if (fresh) {
        open();
      }
      out.write(head);
      out.write(body);
      out.flush();
      int length = -1;
      String status = line();
      while (status.startsWith("HTTP/1.1 100")) {
        // the interim response to Expect: 100-continue, then the final one
        for (String l = line(); !l.isEmpty(); l = line()) {}
        status = line();
      }
      for (String l = line(); !l.isEmpty(); l = line()) {
        if (l.regionMatches(true, 0, "content-length:", 0, 15)) {
          length = Integer.parseInt(l.substring(15).trim());
        }
      }
      if (!status.startsWith("HTTP/1.1 200") || length < 8) {
        throw new IOException("port " + port + ": " + status + ", content-length " + length);
      }
      byte[] r = in.readNBytes(length);
      long t1 = System.nanoTime();
      if (fresh) {
        socket.close();
      }
      ByteBuffer b = ByteBuffer.wrap(r);
      int ippStatus = b.getShort(2) & 0xffff;
      if (ippStatus != 0 || b.getInt(4) != id) {
        throw new IOException(
            "port " + port + ": IPP status 0x" + Integer.toHexString(ippStatus) + ", id " + b.getInt(4));
      }
      lastJobIds = count(b, "job-id");
      return t1 - t0;
    }

    private String line() throws IOException {
      StringBuilder sb = new StringBuilder();
      for (int c = in.read(); c != '\n'; c = in.read()) {
        if (c < 0) {
          throw new EOFException("port " + port + ": connection closed");
        }
        if (c != '\r') {
          sb.append((char) c);
        }
      }
      return sb.toString();
    }
  }

  /** How many attributes of the response are named {@code name}. */
  static int count(ByteBuffer b, String name) {
    byte[] n = name.getBytes(StandardCharsets.US_ASCII);
    int found = 0;
    int i = 8;
    while (i < b.limit()) {
      int tag = b.get(i++) & 0xff;
      if (tag == 0x03) {
        break;
      }
      if (tag < 0x10) {
        continue;
      }
      int nl = b.getShort(i) & 0xffff;
      if (nl == n.length && Arrays.equals(b.array(), i + 2, i + 2 + nl, n, 0, n.length)) {
        found++;
      }
      i += 2 + nl;
      int vl = b.getShort(i) & 0xffff;
      i += 2 + vl;
    }
    return found;
  }

  /** The IPP/2.0 request of a row. */
  static byte[] request(String row, int id, String uri) throws IOException {
    ByteArrayOutputStream bytes = new ByteArrayOutputStream();
    DataOutputStream d = new DataOutputStream(bytes);
    d.writeShort(0x0200);
    d.writeShort(row.equals("get-jobs") ? 0x000A : 0x000B);
    d.writeInt(id);
    d.writeByte(0x01);
    attribute(d, 0x47, "attributes-charset", "utf-8");
    attribute(d, 0x48, "attributes-natural-language", "en");
    attribute(d, 0x45, "printer-uri", uri);
    attribute(d, 0x42, "requesting-user-name", "bench");
    List<String> wanted;
    switch (row) {
      case "gpa-all" -> wanted = List.of("all");
      case "gpa-small" -> wanted = List.of("printer-state", "printer-state-reasons", "queued-job-count");
      case "get-jobs" -> {
        attribute(d, 0x44, "which-jobs", "all");
        d.writeByte(0x21);
        d.writeShort(5);
        d.write("limit".getBytes(StandardCharsets.US_ASCII));
        d.writeShort(4);
        d.writeInt(20);
        wanted = JOB_ATTRIBUTES;
      }
      default -> throw new IllegalArgumentException("row " + row + ": gpa-all, gpa-small, get-jobs");
    }
    for (int i = 0; i < wanted.size(); i++) {
      attribute(d, 0x44, i == 0 ? "requested-attributes" : "", wanted.get(i));
    }
    d.writeByte(0x03);
    return bytes.toByteArray();
  }

  static void attribute(DataOutputStream d, int tag, String name, String value) throws IOException {
    byte[] n = name.getBytes(StandardCharsets.UTF_8);
    byte[] v = value.getBytes(StandardCharsets.UTF_8);
    d.writeByte(tag);
    d.writeShort(n.length);
    d.write(n);
    d.writeShort(v.length);
    d.write(v);
  }
}
