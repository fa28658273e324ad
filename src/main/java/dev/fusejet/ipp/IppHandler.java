package dev.fusejet.ipp;

import com.hp.jipp.encoding.Attribute;
import com.hp.jipp.encoding.IppInputStream;
import com.hp.jipp.encoding.IppPacket;
import com.hp.jipp.model.Status;
import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.net.URI;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.Base64;
import java.util.HexFormat;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.Executor;
import java.util.concurrent.RejectedExecutionException;
import java.util.logging.Level;
import java.util.logging.Logger;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.io.Content;
import org.eclipse.jetty.server.Handler;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;
import org.eclipse.jetty.util.Promise;
import org.eclipse.jetty.util.thread.Invocable;

/**
 * The HTTP side of the printer: POSTs of {@code application/ipp} to {@code /ipp/print} are parsed
 * with jipp, checked against RFC 8011, authenticated when the operation needs the administrator,
 * and handed to the {@link IppOperations}; GETs serve the icons and a status page.
 *
 * <p>Threads: Jetty calls this handler on the thread that read the request's headers (a
 * non-blocking handler). A body of known length up to {@link #IN_MEMORY_BODY} is read without
 * blocking, as it arrives; then the operations that {@link IppOperations#answersAtOnce answer at
 * once} (the attribute reads, Validate-Job) are answered on that same thread, with no hand-off to
 * another: that is most of what a client asks, and it is what makes a request's latency that of the
 * work itself (see docs/benchmarks.md). Everything that may wait (spooling a document, a
 * Get-Notifications that waits, checking a password, a page, a longer or chunked body) goes to
 * Jetty's worker threads and may block there.
 */
final class IppHandler extends Handler.Abstract.NonBlocking {
  private static final Logger LOG = Logger.getLogger(IppHandler.class.getName());

  /** The printer's resource path, as ippeveprinter and PAPPL use it. */
  static final String PRINTER_PATH = "/ipp/print";

  /** The realm named in Basic authentication challenges. */
  static final String REALM = "fusejet";

  /**
   * The longest request body (bytes) read into memory before it is parsed: an IPP message without a
   * document is a few hundred bytes; longer or chunked bodies are read as they arrive.
   */
  static final int IN_MEMORY_BODY = 64 * 1024;

  private final IppOperations operations;
  private final Passwords passwords;
  private final StaticPages pages;

  /** Authorization header values already checked (SHA-256 of the value, hex): PBKDF2 is slow. */
  private final Map<String, String> provenCredentials = new ConcurrentHashMap<>();

  IppHandler(IppOperations operations, Passwords passwords, StaticPages pages) {
    this.operations = operations;
    this.passwords = passwords;
    this.pages = pages;
  }

  @Override
  public boolean handle(Request request, Response response, Callback callback) {
    String path = Request.getPathInContext(request);
    String method = request.getMethod();
    Executor workers = request.getComponents().getExecutor();
    if ("GET".equals(method) || "HEAD".equals(method)) {
      dispatch(workers, callback, () -> servePage(path, request, response, callback));
      return true;
    }
    if (!"POST".equals(method)) {
      Response.writeError(request, response, callback, HttpStatus.METHOD_NOT_ALLOWED_405);
      return true;
    }
    if (!path.equals(PRINTER_PATH) && !path.startsWith(PRINTER_PATH + "/")) {
      Response.writeError(request, response, callback, HttpStatus.NOT_FOUND_404);
      return true;
    }
    String type = request.getHeaders().get(HttpHeader.CONTENT_TYPE);
    if (type == null || !type.toLowerCase(Locale.ROOT).startsWith("application/ipp")) {
      Response.writeError(
          request,
          response,
          callback,
          HttpStatus.UNSUPPORTED_MEDIA_TYPE_415,
          "IPP requests are POSTs of application/ipp");
      return true;
    }
    long length = request.getLength();
    if (length < 0 || length > IN_MEMORY_BODY) {
      // a document follows, or its length is not known (chunked): read it as it comes, blocking
      dispatch(
          workers,
          callback,
          () -> answer(request, response, callback, Content.Source.asInputStream(request), null));
      return true;
    }
    Content.Source.asByteArrayAsync(
        request,
        IN_MEMORY_BODY,
        Promise.Invocable.from(
            Invocable.InvocationType.NON_BLOCKING,
            body -> answer(request, response, callback, new ByteArrayInputStream(body), workers),
            callback::failed));
    return true;
  }

  /** Runs {@code task} on a worker thread; fails the exchange when the pool refuses (stopping). */
  private static void dispatch(Executor workers, Callback callback, Runnable task) {
    try {
      workers.execute(task);
    } catch (RejectedExecutionException e) {
      callback.failed(e);
    }
  }

  private void servePage(String path, Request request, Response response, Callback callback) {
    try {
      pages.serve(path, request, response, callback);
    } catch (RuntimeException e) {
      callback.failed(e);
    }
  }

  /**
   * Parses, checks and answers one IPP request. With {@code workers} null the caller may block (a
   * worker thread); otherwise it is the thread that read the body, which answers only what answers
   * from memory at once and hands everything else to {@code workers}.
   */
  private void answer(
      Request request, Response response, Callback callback, InputStream body, Executor workers) {
    IppInputStream in = new IppInputStream(body);
    IppPacket packet;
    try {
      packet = in.readPacket();
    } catch (IOException | RuntimeException e) {
      writeIpp(
          response,
          callback,
          Replies.error(
              0x0101,
              1,
              new IppException(
                  Status.clientErrorBadRequest, "malformed IPP message: " + e.getMessage())));
      return;
    }
    int op = packet.getCode();
    boolean atOnce =
        operations.answersAtOnce(op)
            && !operations.adminOnly(op)
            && request.getHeaders().get(HttpHeader.AUTHORIZATION) == null;
    if (workers != null && !atOnce) {
      dispatch(workers, callback, () -> respond(request, response, callback, packet, in));
    } else {
      respond(request, response, callback, packet, in);
    }
  }

  private void respond(
      Request request, Response response, Callback callback, IppPacket packet, IppInputStream in) {
    int version = packet.getVersionNumber();
    int requestId = packet.getRequestId();
    try {
      RequestChecks.check(packet);
      int op = packet.getCode();
      if (!operations.supported().contains(op)) {
        throw new IppException(
            Status.serverErrorOperationNotSupported,
            String.format(Locale.ROOT, "operation 0x%04x is not supported", op));
      }
      Optional<String> user = authenticatedUser(request);
      boolean secure = request.isSecure();
      if (operations.adminOnly(op)) {
        if (!secure) {
          throw new IppException(
              Status.clientErrorNotAuthorized,
              "this operation needs the administrator: use ipps:// (TLS) with HTTP Basic"
                  + " authentication");
        }
        if (passwords.user().isEmpty()) {
          throw new IppException(
              Status.clientErrorNotAuthorized,
              "no administrator password is set: run 'fusejet passwd' on the printer");
        }
        if (user.isEmpty()) {
          response.setStatus(HttpStatus.UNAUTHORIZED_401);
          response
              .getHeaders()
              .put(HttpHeader.WWW_AUTHENTICATE, "Basic realm=\"" + REALM + "\", charset=\"UTF-8\"");
          response.write(true, ByteBuffer.allocate(0), callback);
          return;
        }
      }
      Exchange ex =
          new Exchange(
              packet,
              in,
              user.orElse(null),
              secure,
              Request.getServerName(request),
              Request.getServerPort(request));
      checkTarget(ex, op);
      writeIpp(response, callback, operations.handle(ex));
    } catch (IppException e) {
      writeIpp(response, callback, Replies.error(version, requestId, e));
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      writeIpp(
          response,
          callback,
          Replies.error(
              version,
              requestId,
              new IppException(Status.serverErrorInternalError, "the server is stopping")));
    } catch (RuntimeException e) {
      LOG.log(Level.WARNING, "IPP request failed", e);
      writeIpp(
          response,
          callback,
          Replies.error(
              version,
              requestId,
              new IppException(Status.serverErrorInternalError, "internal error: " + e)));
    }
  }

  /** RFC 8011 section 4.1.5: the target is {@code printer-uri} (+ job-id) or {@code job-uri}. */
  private void checkTarget(Exchange ex, int op) {
    Optional<Attribute<?>> printerUri = ex.op("printer-uri");
    Optional<Attribute<?>> jobUri = ex.op("job-uri");
    if (printerUri.isEmpty() && (jobUri.isEmpty() || !operations.targetsJob(op))) {
      throw new IppException(
          Status.clientErrorBadRequest,
          operations.targetsJob(op)
              ? "the request has neither printer-uri nor job-uri"
              : "the request has no printer-uri operation attribute");
    }
    Attribute<?> target = printerUri.isPresent() ? printerUri.get() : jobUri.get();
    if (ex.operation().indexOf(target) != 2) {
      throw new IppException(
          Status.clientErrorBadRequest,
          target.getName() + " must be the third operation attribute (RFC 8011 section 4.1.5)");
    }
    if (target.size() != 1 || !Attr.isOf(target.get(0), com.hp.jipp.encoding.Tag.uri)) {
      throw new IppException(
          Status.clientErrorBadRequest, target.getName() + " must be one uri value");
    }
    String path;
    try {
      path = URI.create(Attr.string(target.get(0))).getPath();
    } catch (IllegalArgumentException e) {
      throw new IppException(
          Status.clientErrorBadRequest, target.getName() + " is not a URI: " + e.getMessage());
    }
    boolean ok =
        printerUri.isPresent()
            ? PRINTER_PATH.equals(path) || (PRINTER_PATH + "/").equals(path)
            : path != null && path.matches(PRINTER_PATH + "/[0-9]+");
    if (!ok) {
      // a job-uri naming the printer itself is the common slip: say what a job's URI looks like
      boolean printerNotJob =
          printerUri.isEmpty() && (PRINTER_PATH.equals(path) || (PRINTER_PATH + "/").equals(path));
      throw new IppException(
          Status.clientErrorNotFound,
          target.getName()
              + " "
              + Attr.string(target.get(0))
              + (printerNotJob
                  ? " is the printer's URI, not a job's (a job's is " + PRINTER_PATH + "/JOB-ID)"
                  : " names no printer here (the printer is " + PRINTER_PATH + ")"));
    }
  }

  private Optional<String> authenticatedUser(Request request) {
    String auth = request.getHeaders().get(HttpHeader.AUTHORIZATION);
    if (auth == null || !request.isSecure() || !auth.regionMatches(true, 0, "Basic ", 0, 6)) {
      return Optional.empty();
    }
    String key = sha256(auth);
    String known = provenCredentials.get(key);
    if (known != null) {
      return Optional.of(known);
    }
    String decoded;
    try {
      decoded =
          new String(Base64.getDecoder().decode(auth.substring(6).strip()), StandardCharsets.UTF_8);
    } catch (IllegalArgumentException e) {
      return Optional.empty();
    }
    int colon = decoded.indexOf(':');
    if (colon < 0) {
      return Optional.empty();
    }
    String user = decoded.substring(0, colon);
    if (passwords.check(user, decoded.substring(colon + 1).toCharArray())) {
      provenCredentials.put(key, user);
      return Optional.of(user);
    }
    return Optional.empty();
  }

  /** Forgets checked credentials (after the password changes). */
  void forgetCredentials() {
    provenCredentials.clear();
  }

  private static String sha256(String s) {
    try {
      return HexFormat.of()
          .formatHex(
              MessageDigest.getInstance("SHA-256").digest(s.getBytes(StandardCharsets.UTF_8)));
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException(e);
    }
  }

  private static void writeIpp(Response response, Callback callback, IppPacket packet) {
    writeIpp(response, callback, Encoding.packet(packet));
  }

  private static void writeIpp(Response response, Callback callback, byte[] message) {
    response.setStatus(HttpStatus.OK_200);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, "application/ipp");
    response.getHeaders().put(HttpHeader.CONTENT_LENGTH, message.length);
    response.write(true, ByteBuffer.wrap(message), callback);
  }
}
