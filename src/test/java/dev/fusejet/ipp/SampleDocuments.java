package dev.fusejet.ipp;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.nio.file.Path;
import javax.imageio.ImageIO;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.PDPageContentStream;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.font.PDType1Font;
import org.apache.pdfbox.pdmodel.font.Standard14Fonts;

/**
 * The sample documents CUPS' conformance files name ({@code color.jpg}, {@code gray.jpg}, {@code
 * document-a4.pdf}, {@code document-letter.pdf}), made here with ImageIO and PDFBox rather than
 * downloaded. They are small (a 4x6 in photo at 50 dpi), so each job rips in a fraction of a
 * second.
 */
final class SampleDocuments {
  private SampleDocuments() {}

  /** Writes all four into {@code dir}. */
  static void write(Path dir) throws IOException {
    ImageIO.write(photo(200, 300, false), "jpg", dir.resolve("color.jpg").toFile());
    ImageIO.write(photo(200, 300, true), "jpg", dir.resolve("gray.jpg").toFile());
    pdf(dir.resolve("document-a4.pdf"), PDRectangle.A4, "A4 test document");
    pdf(dir.resolve("document-letter.pdf"), PDRectangle.LETTER, "US Letter test document");
    // the PostScript tests are skipped (no PostScript support) but ipptool opens their files
    postscript(dir.resolve("document-a4.ps"), 595, 842, "A4 test document");
    postscript(dir.resolve("document-letter.ps"), 612, 792, "US Letter test document");
  }

  private static void postscript(Path file, int w, int h, String title) throws IOException {
    java.nio.file.Files.writeString(
        file,
        "%!PS-Adobe-3.0\n%%BoundingBox: 0 0 "
            + w
            + " "
            + h
            + "\n%%Pages: 1\n%%EndComments\n"
            + "<< /PageSize ["
            + w
            + " "
            + h
            + "] >> setpagedevice\n"
            + "/Helvetica-Bold findfont 24 scalefont setfont 72 "
            + (h - 100)
            + " moveto ("
            + title
            + ") show showpage\n%%EOF\n");
  }

  /** A photo-like image: colour ramps, a grey step wedge and a dark bar. */
  static BufferedImage photo(int w, int h, boolean gray) {
    BufferedImage img =
        new BufferedImage(w, h, gray ? BufferedImage.TYPE_BYTE_GRAY : BufferedImage.TYPE_INT_RGB);
    Graphics2D g = img.createGraphics();
    try {
      for (int y = 0; y < h; y++) {
        for (int x = 0; x < w; x++) {
          g.setColor(new Color(255 * x / w, 255 * y / h, 255 - 255 * x / w));
          g.fillRect(x, y, 1, 1);
        }
      }
      for (int i = 0; i < 8; i++) {
        g.setColor(new Color(i * 36, i * 36, i * 36));
        g.fillRect(i * w / 8, h - h / 6, w / 8, h / 6);
      }
      g.setColor(Color.BLACK);
      g.fillRect(0, 0, w, h / 20);
    } finally {
      g.dispose();
    }
    return img;
  }

  private static void pdf(Path file, PDRectangle size, String title) throws IOException {
    try (PDDocument doc = new PDDocument()) {
      PDPage page = new PDPage(size);
      doc.addPage(page);
      try (PDPageContentStream c = new PDPageContentStream(doc, page)) {
        c.setNonStrokingColor(0.1f, 0.4f, 0.8f);
        c.addRect(72, size.getHeight() - 300, size.getWidth() - 144, 150);
        c.fill();
        c.beginText();
        c.setFont(new PDType1Font(Standard14Fonts.FontName.HELVETICA_BOLD), 24);
        c.setNonStrokingColor(0f, 0f, 0f);
        c.newLineAtOffset(72, size.getHeight() - 100);
        c.showText(title);
        c.endText();
      }
      doc.save(file.toFile());
    }
  }
}
