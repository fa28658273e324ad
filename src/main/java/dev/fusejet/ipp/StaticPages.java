package dev.fusejet.ipp;

import java.awt.BasicStroke;
import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.RenderingHints;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.ByteBuffer;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.function.Supplier;
import javax.imageio.ImageIO;
import org.eclipse.jetty.http.HttpHeader;
import org.eclipse.jetty.http.HttpStatus;
import org.eclipse.jetty.server.Request;
import org.eclipse.jetty.server.Response;
import org.eclipse.jetty.util.Callback;

/**
 * What the printer serves over plain GET: its icons ({@code printer-icons}, PNG at the sizes PWG
 * 5100.13 names) and a short status page ({@code printer-more-info}).
 */
final class StaticPages {

  /** Icon edge lengths (px): PWG 5100.13 section 6.4.3 asks for 48, 128 and 512. */
  static final List<Integer> ICON_SIZES = List.of(48, 128, 512);

  private final Map<String, byte[]> icons = new TreeMap<>();
  private final Supplier<String> statusPage;

  StaticPages(Supplier<String> statusPage) {
    this.statusPage = statusPage;
    for (int size : ICON_SIZES) {
      icons.put(iconPath(size), drawIcon(size));
    }
  }

  /** The path of the icon of {@code size} pixels. */
  static String iconPath(int size) {
    return "/icons/printer-" + size + ".png";
  }

  boolean serve(String path, Request request, Response response, Callback callback) {
    byte[] icon = icons.get(path);
    if (icon != null) {
      send(response, callback, "image/png", icon, request);
      return true;
    }
    if (path.equals("/") || path.equals(IppHandler.PRINTER_PATH)) {
      send(
          response,
          callback,
          "text/html; charset=utf-8",
          statusPage.get().getBytes(StandardCharsets.UTF_8),
          request);
      return true;
    }
    Response.writeError(request, response, callback, HttpStatus.NOT_FOUND_404);
    return true;
  }

  private static void send(
      Response response, Callback callback, String type, byte[] body, Request request) {
    response.setStatus(HttpStatus.OK_200);
    response.getHeaders().put(HttpHeader.CONTENT_TYPE, type);
    response.getHeaders().put(HttpHeader.CONTENT_LENGTH, body.length);
    boolean head = "HEAD".equals(request.getMethod());
    response.write(true, head ? ByteBuffer.allocate(0) : ByteBuffer.wrap(body), callback);
  }

  /** A printer drawn at {@code size} px: body, paper tray, a photo sheet coming out. */
  private static byte[] drawIcon(int size) {
    BufferedImage img = new BufferedImage(size, size, BufferedImage.TYPE_INT_ARGB);
    Graphics2D g = img.createGraphics();
    try {
      g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
      double u = size / 16.0;
      g.setColor(new Color(0xF5F5F0));
      g.fillRect((int) (4 * u), (int) (1 * u), (int) (8 * u), (int) (6 * u));
      g.setColor(new Color(0x37474F));
      g.fillRoundRect(
          (int) (1 * u),
          (int) (5 * u),
          (int) (14 * u),
          (int) (7 * u),
          (int) (2 * u),
          (int) (2 * u));
      g.setColor(new Color(0xF5F5F0));
      g.fillRect((int) (3.5 * u), (int) (10 * u), (int) (9 * u), (int) (5 * u));
      g.setColor(new Color(0x0288D1));
      g.fillRect((int) (4.5 * u), (int) (11 * u), (int) (3.5 * u), (int) (3 * u));
      g.setColor(new Color(0xE64A19));
      g.fillRect((int) (8 * u), (int) (11 * u), (int) (3.5 * u), (int) (3 * u));
      g.setColor(new Color(0xFFB300));
      g.fillOval((int) (12 * u), (int) (6.5 * u), (int) (1.5 * u), (int) (1.5 * u));
      g.setStroke(new BasicStroke((float) Math.max(1, u / 3)));
      g.setColor(new Color(0x263238));
      g.drawRect((int) (3.5 * u), (int) (10 * u), (int) (9 * u), (int) (5 * u));
    } finally {
      g.dispose();
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    try {
      ImageIO.write(img, "png", out);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return out.toByteArray();
  }
}
