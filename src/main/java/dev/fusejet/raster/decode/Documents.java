package dev.fusejet.raster.decode;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;

/**
 * Opens a document by its content (not its name): JPEG, PNG, PWG raster, URF, PDF, or binary
 * PGM/PPM.
 */
public final class Documents {
  private Documents() {}

  /**
   * Largest page accepted (px): 1 Gpx, A3+ at 2880 x 1440 dpi with room to spare. Larger input is
   * refused with a message rather than exhausting memory.
   */
  public static final long MAX_PIXELS = 1L << 30;

  /** Opens {@code file} with the default size limit. */
  public static Document open(Path file) {
    return open(file, MAX_PIXELS);
  }

  /**
   * Opens {@code file}.
   *
   * @param maxPixels largest page (px) accepted
   * @throws DocumentException when the file is missing, empty or of an unknown format
   */
  public static Document open(Path file, long maxPixels) {
    String name = file.getFileName().toString();
    byte[] head;
    try (InputStream in = Files.newInputStream(file)) {
      head = in.readNBytes(16);
    } catch (NoSuchFileException e) {
      throw new DocumentException(name, "no such file: " + file);
    } catch (IOException e) {
      throw new DocumentException(name, "cannot read: " + e.getMessage(), e);
    }
    if (head.length == 0) {
      throw new DocumentException(name, "file is empty");
    }
    try {
      if (ImageDocument.isJpeg(head)) {
        return new ImageDocument(file, "image/jpeg", maxPixels);
      }
      if (ImageDocument.isPng(head)) {
        return new ImageDocument(file, "image/png", maxPixels);
      }
      if (startsWith(head, "RaS2")) {
        return new PwgDocument(stream(file), name, maxPixels);
      }
      if (startsWith(head, "UNIRAST")) {
        return new UrfDocument(stream(file), name, maxPixels);
      }
      if (head.length > 2 && head[0] == 'P' && (head[1] == '5' || head[1] == '6')) {
        return new PnmDocument(stream(file), name, maxPixels);
      }
      if (startsWith(head, "%PDF")) {
        return new PdfDocument(file, maxPixels);
      }
    } catch (IOException e) {
      throw new DocumentException(name, "cannot read: " + e.getMessage(), e);
    }
    throw new DocumentException(
        name, "unknown format (not JPEG, PNG, PWG raster, Apple raster/URF, PDF or PGM/PPM)");
  }

  private static InputStream stream(Path file) throws IOException {
    return new BufferedInputStream(Files.newInputStream(file), 1 << 16);
  }

  private static boolean startsWith(byte[] head, String magic) {
    if (head.length < magic.length()) {
      return false;
    }
    for (int i = 0; i < magic.length(); i++) {
      if (head[i] != magic.charAt(i)) {
        return false;
      }
    }
    return true;
  }
}
