package dev.fusejet.ipp;

import com.hp.jipp.encoding.IppInputStream;
import com.hp.jipp.encoding.IppOutputStream;
import com.hp.jipp.encoding.IppPacket;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.security.SecureRandom;
import java.security.cert.X509Certificate;
import java.util.Base64;
import javax.net.ssl.SSLContext;
import javax.net.ssl.TrustManager;
import javax.net.ssl.X509TrustManager;

/**
 * A small IPP client over the JDK's HTTP client, for the tests that need what ipptool cannot say
 * (authentication headers, raw status codes). It trusts any certificate: the printer's is
 * self-signed.
 */
final class IppClient {

  /** HTTP status and the IPP response (null when the body was not IPP). */
  record Reply(int http, IppPacket ipp, String wwwAuthenticate) {}

  private final HttpClient http;

  IppClient() {
    try {
      SSLContext ssl = SSLContext.getInstance("TLS");
      ssl.init(null, new TrustManager[] {new TrustAll()}, new SecureRandom());
      http = HttpClient.newBuilder().sslContext(ssl).version(HttpClient.Version.HTTP_1_1).build();
    } catch (java.security.GeneralSecurityException e) {
      throw new IllegalStateException(e);
    }
  }

  Reply send(String uri, IppPacket request, byte[] document, String user, String password)
      throws IOException, InterruptedException {
    ByteArrayOutputStream body = new ByteArrayOutputStream();
    new IppOutputStream(body).write(request);
    if (document != null) {
      body.write(document);
    }
    String httpUri = uri.replaceFirst("^ipps:", "https:").replaceFirst("^ipp:", "http:");
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create(httpUri))
            .header("Content-Type", "application/ipp")
            .POST(HttpRequest.BodyPublishers.ofByteArray(body.toByteArray()));
    if (user != null) {
      b.header(
          "Authorization",
          "Basic "
              + Base64.getEncoder()
                  .encodeToString((user + ":" + password).getBytes(StandardCharsets.UTF_8)));
    }
    HttpResponse<byte[]> r = http.send(b.build(), HttpResponse.BodyHandlers.ofByteArray());
    IppPacket ipp = null;
    if (r.statusCode() == 200) {
      ipp = new IppInputStream(new java.io.ByteArrayInputStream(r.body())).readPacket();
    }
    return new Reply(r.statusCode(), ipp, r.headers().firstValue("WWW-Authenticate").orElse(null));
  }

  /** A request with the charset, language and printer-uri set, then {@code more}. */
  static IppPacket request(
      int operation, String printerUri, com.hp.jipp.encoding.Attribute<?>... more) {
    IppPacket.Builder b = new IppPacket.Builder(operation, 0x0200, 7);
    b.getOperationAttributes().put(Attr.charset("attributes-charset", "utf-8"));
    b.getOperationAttributes().put(Attr.language("attributes-natural-language", "en"));
    b.getOperationAttributes().put(Attr.uri("printer-uri", printerUri));
    for (com.hp.jipp.encoding.Attribute<?> a : more) {
      b.getOperationAttributes().put(a);
    }
    return b.build();
  }

  private static final class TrustAll implements X509TrustManager {
    @Override
    public void checkClientTrusted(X509Certificate[] chain, String authType) {}

    @Override
    public void checkServerTrusted(X509Certificate[] chain, String authType) {}

    @Override
    public X509Certificate[] getAcceptedIssuers() {
      return new X509Certificate[0];
    }
  }
}
