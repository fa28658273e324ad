package dev.fusejet.raster.decode;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.Paint;
import java.awt.RenderingHints;
import java.awt.color.ICC_Profile;
import java.awt.image.BufferedImage;
import java.awt.image.ColorConvertOp;
import java.awt.image.DataBufferInt;
import java.io.IOException;
import java.nio.file.Path;
import java.util.List;
import org.apache.pdfbox.Loader;
import org.apache.pdfbox.contentstream.operator.Operator;
import org.apache.pdfbox.cos.COSBase;
import org.apache.pdfbox.pdmodel.MissingResourceException;
import org.apache.pdfbox.pdmodel.PDDocument;
import org.apache.pdfbox.pdmodel.PDPage;
import org.apache.pdfbox.pdmodel.common.PDRectangle;
import org.apache.pdfbox.pdmodel.graphics.color.PDColor;
import org.apache.pdfbox.pdmodel.graphics.color.PDColorSpace;
import org.apache.pdfbox.pdmodel.graphics.image.PDImage;
import org.apache.pdfbox.rendering.PDFRenderer;
import org.apache.pdfbox.rendering.PageDrawer;
import org.apache.pdfbox.rendering.PageDrawerParameters;

/**
 * A PDF file, rendered page by page with PDFBox. A page's natural size is its crop box in points
 * (72 per inch, turned by its /Rotate); {@link PageImage#rendered} draws it at the device scale in
 * bands of {@value #BAND} rows, so a page at 1440 x 720 dpi is never held whole.
 *
 * <p>PDFBox is lenient: it rebuilds a truncated file's cross-reference table and draws a page whose
 * image is gone as if the image had never been there. Here a file whose last 1 KiB holds no {@code
 * %%EOF} (ISO 32000-1, 7.5.5: the last line of the file) is refused as truncated, and a page that
 * uses a resource the file does not hold (an image, a font) is refused rather than printed with a
 * hole in it.
 */
final class PdfDocument implements Document {

  /** Rows rendered at a time. */
  static final int BAND = 128;

  private final String name;
  private final PDDocument pdf;
  private final StrictRenderer renderer;
  private final long maxPixels;
  private int next;

  PdfDocument(Path file, long maxPixels) {
    this.name = file.getFileName().toString();
    this.maxPixels = maxPixels;
    try {
      if (!endsWithEof(file)) {
        throw new DocumentException(
            name, "the PDF has no %%EOF in its last 1 KiB (truncated file)");
      }
      this.pdf = Loader.loadPDF(file.toFile());
    } catch (IOException e) {
      throw new DocumentException(name, "cannot open PDF: " + e.getMessage(), e);
    }
    this.renderer = new StrictRenderer(pdf);
    this.intent = outputIntent(pdf);
  }

  /**
   * The document's output intent as a Default colour space: its name (DefaultGray, DefaultRGB or
   * DefaultCMYK, by the profile's number of components) and {@code [/ICCBased profile]}, or null
   * when the document has no output intent with a destination profile.
   */
  private final Object[] intent;

  /**
   * The first output intent's destination profile (ISO 32000-1, 14.11.5; PDF/X and PDF/A put the
   * printing condition there) as the Default colour space of its component count, or null.
   */
  static Object[] outputIntent(PDDocument pdf) {
    for (org.apache.pdfbox.pdmodel.graphics.color.PDOutputIntent oi :
        pdf.getDocumentCatalog().getOutputIntents()) {
      org.apache.pdfbox.cos.COSStream profile = oi.getDestOutputIntent();
      if (profile == null) {
        continue;
      }
      int n = profile.getInt(org.apache.pdfbox.cos.COSName.N, -1);
      if (n < 0) {
        try (java.io.InputStream in = profile.createInputStream()) {
          n = java.awt.color.ICC_Profile.getInstance(in).getNumComponents();
        } catch (IOException | IllegalArgumentException e) {
          continue; // an unreadable profile: the device spaces stay as PDFBox takes them
        }
      }
      org.apache.pdfbox.cos.COSName name =
          switch (n) {
            case 1 -> org.apache.pdfbox.cos.COSName.DEFAULT_GRAY;
            case 3 -> org.apache.pdfbox.cos.COSName.DEFAULT_RGB;
            case 4 -> org.apache.pdfbox.cos.COSName.DEFAULT_CMYK;
            default -> null;
          };
      if (name == null) {
        continue;
      }
      if (n == 3) {
        try (java.io.InputStream in = profile.createInputStream()) {
          if (ImageDocument.isSrgb(java.awt.color.ICC_Profile.getInstance(in))) {
            return null; // PDF/A's usual sRGB intent: DeviceRGB is taken as sRGB anyway
          }
        } catch (IOException | IllegalArgumentException e) {
          continue;
        }
      }
      if (profile.getItem(org.apache.pdfbox.cos.COSName.N) == null) {
        profile.setInt(org.apache.pdfbox.cos.COSName.N, n);
      }
      org.apache.pdfbox.cos.COSArray space = new org.apache.pdfbox.cos.COSArray();
      space.add(org.apache.pdfbox.cos.COSName.ICCBASED);
      space.add(profile);
      return new Object[] {name, space};
    }
    return null;
  }

  /**
   * Makes the output intent the Default colour space of its kind (ISO 32000-1, 8.6.5.6) of the
   * page's resources and of every resource dictionary its content reaches (form XObjects, tiling
   * patterns, annotation appearances, nested to any depth), unless that dictionary defines its own:
   * PDFBox then converts that device space's colours through the output intent's profile instead of
   * its built-in assumption (sRGB, or for DeviceCMYK a CGATS TR 001 profile). A form with resources
   * of its own is drawn with those alone (8.10.1), so the page's entry does not reach it; the
   * output intent describes the whole document's device colour, so each gets it.
   */
  private void applyOutputIntent(PDPage page) {
    if (intent == null) {
      return;
    }
    org.apache.pdfbox.pdmodel.PDResources res = page.getResources();
    if (res == null) {
      res = new org.apache.pdfbox.pdmodel.PDResources();
      page.setResources(res);
    }
    java.util.Set<org.apache.pdfbox.cos.COSBase> seen =
        java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    applyOutputIntent(res, seen);
    try {
      for (org.apache.pdfbox.pdmodel.interactive.annotation.PDAnnotation a :
          page.getAnnotations()) {
        org.apache.pdfbox.pdmodel.interactive.annotation.PDAppearanceStream ap =
            a.getNormalAppearanceStream();
        if (ap != null && ap.getResources() != null) {
          applyOutputIntent(ap.getResources(), seen);
        }
      }
    } catch (IOException e) {
      // unreadable annotations: PDFBox will not draw them either
    }
  }

  /** {@link #applyOutputIntent(PDPage)} for one resource dictionary and what it holds. */
  private void applyOutputIntent(
      org.apache.pdfbox.pdmodel.PDResources res,
      java.util.Set<org.apache.pdfbox.cos.COSBase> seen) {
    if (!seen.add(res.getCOSObject())) {
      return; // shared or cyclic: done already
    }
    org.apache.pdfbox.cos.COSName name = (org.apache.pdfbox.cos.COSName) intent[0];
    if (!res.hasColorSpace(name)) {
      org.apache.pdfbox.cos.COSDictionary spaces =
          res.getCOSObject().getCOSDictionary(org.apache.pdfbox.cos.COSName.COLORSPACE);
      if (spaces == null) {
        spaces = new org.apache.pdfbox.cos.COSDictionary();
        res.getCOSObject().setItem(org.apache.pdfbox.cos.COSName.COLORSPACE, spaces);
      }
      spaces.setItem(name, (org.apache.pdfbox.cos.COSArray) intent[1]);
    }
    for (org.apache.pdfbox.cos.COSName x : res.getXObjectNames()) {
      try {
        if (res.getXObject(x) instanceof org.apache.pdfbox.pdmodel.graphics.form.PDFormXObject f
            && f.getResources() != null) {
          applyOutputIntent(f.getResources(), seen);
        }
      } catch (IOException e) {
        // a missing or broken XObject: the strict renderer refuses the page when it draws it
      }
    }
    for (org.apache.pdfbox.cos.COSName p : res.getPatternNames()) {
      try {
        if (res.getPattern(p)
                instanceof org.apache.pdfbox.pdmodel.graphics.pattern.PDTilingPattern t
            && t.getResources() != null) {
          applyOutputIntent(t.getResources(), seen);
        }
      } catch (IOException e) {
        // a broken pattern: PDFBox leaves it out as before
      }
    }
  }

  /** Bytes searched for {@code %%EOF} at the end of the file (readers look in the last 1024). */
  static final int EOF_WINDOW = 1024;

  /** True when {@code %%EOF} occurs within the last {@value #EOF_WINDOW} bytes of the file. */
  static boolean endsWithEof(Path file) throws IOException {
    try (java.nio.channels.SeekableByteChannel ch = java.nio.file.Files.newByteChannel(file)) {
      long size = ch.size();
      int n = (int) Math.min(size, EOF_WINDOW);
      java.nio.ByteBuffer tail = java.nio.ByteBuffer.allocate(n);
      ch.position(size - n);
      while (tail.hasRemaining() && ch.read(tail) >= 0) {
        // read the tail fully
      }
      return new String(tail.array(), java.nio.charset.StandardCharsets.ISO_8859_1)
          .contains("%%EOF");
    }
  }

  /**
   * A renderer whose pages fail on a missing resource instead of leaving it out, and which draws a
   * page in its {@link WideRgb} encoding when it has one ({@link #wide}, set before each page).
   */
  private static final class StrictRenderer extends PDFRenderer {
    /** The encoding of the page about to be drawn, or null for sRGB. */
    WideRgb wide;

    StrictRenderer(PDDocument pdf) {
      super(pdf);
    }

    @Override
    protected PageDrawer createPageDrawer(PageDrawerParameters parameters) throws IOException {
      WideRgb w = wide;
      return new PageDrawer(parameters) {
        @Override
        protected void operatorException(Operator operator, List<COSBase> operands, IOException e)
            throws IOException {
          if (e instanceof MissingResourceException) {
            throw e;
          }
          super.operatorException(operator, operands, e);
        }

        /**
         * Fills, strokes and text in the page's encoding: its own space's values as they are, other
         * wide ICC RGB spaces through their profile, the rest from PDFBox's sRGB; patterns as
         * PDFBox paints them (tiling patterns draw through this drawer; a page with a shading is
         * not drawn wide).
         */
        @Override
        protected Paint getPaint(PDColor color) throws IOException {
          Paint p = super.getPaint(color);
          if (w == null || !(p instanceof Color c)) {
            return p;
          }
          PDColorSpace cs = color.getColorSpace();
          ColorConvertOp other = w.fromOther(cs); // null for its own space and for the rest
          float[] v;
          if (w.isOwn(cs)) {
            v = color.getComponents();
          } else if (other != null) {
            v = WideRgb.convert(other, color.getComponents());
          } else {
            v = w.fromSrgb(c.getRGBColorComponents(null));
          }
          return new Color(clamp(v[0]), clamp(v[1]), clamp(v[2]), c.getAlpha() / 255f);
        }

        @Override
        public void drawImage(PDImage image) throws IOException {
          super.drawImage(w == null || image.isStencil() ? image : new WideImage(image, w));
        }
      };
    }

    private static float clamp(float v) {
      return Math.max(0, Math.min(1, v));
    }
  }

  @Override
  public String name() {
    return name;
  }

  @Override
  public String mediaType() {
    return "application/pdf";
  }

  @Override
  public PageImage nextPage() {
    if (next >= pdf.getNumberOfPages()) {
      return null;
    }
    int index = next++;
    PDPage page = pdf.getPage(index);
    applyOutputIntent(page);
    PDRectangle box = page.getCropBox();
    boolean turned = page.getRotation() % 180 != 0;
    double w = turned ? box.getHeight() : box.getWidth();
    double h = turned ? box.getWidth() : box.getHeight();
    return new Page(index, w, h, 1, 1, WideRgb.of(page));
  }

  /**
   * A page at 72 dpi; {@link #rendered} gives it at device scale. Drawn in sRGB, or in its {@link
   * WideRgb} encoding when it has one, which is then its {@link #profile()}.
   */
  private final class Page implements PageImage {
    private final int index;
    private final WideRgb wide;
    private final double widthPt;
    private final double heightPt;
    private final double sx;
    private final double sy;
    private final int width;
    private final int height;
    private BufferedImage band;
    private int bandY = -1;

    Page(int index, double widthPt, double heightPt, double sx, double sy, WideRgb wide) {
      this.index = index;
      this.wide = wide;
      this.widthPt = widthPt;
      this.heightPt = heightPt;
      this.sx = sx;
      this.sy = sy;
      this.width = (int) Math.round(widthPt * sx);
      this.height = (int) Math.round(heightPt * sy);
      if (width <= 0 || height <= 0 || (long) width * height > maxPixels) {
        throw new DocumentException(
            name,
            "page "
                + (index + 1)
                + " at "
                + width
                + " x "
                + height
                + " px is empty or exceeds the limit of "
                + maxPixels
                + " px");
      }
    }

    @Override
    public int width() {
      return width;
    }

    @Override
    public int height() {
      return height;
    }

    @Override
    public double xDpi() {
      return 72 * sx;
    }

    @Override
    public double yDpi() {
      return 72 * sy;
    }

    @Override
    public boolean cmyk() {
      return false;
    }

    @Override
    public boolean scalable() {
      return true;
    }

    @Override
    public PageImage rendered(double scaleX, double scaleY) {
      return new Page(index, widthPt, heightPt, scaleX, scaleY, wide);
    }

    @Override
    public ICC_Profile profile() {
      return wide == null ? null : wide.profile();
    }

    @Override
    public PageImage inSrgb() {
      return wide == null ? this : new Page(index, widthPt, heightPt, sx, sy, null);
    }

    @Override
    public void row(int y, int[] dst) {
      if (band == null || y < bandY || y >= bandY + BAND) {
        render(y);
      }
      int[] px = ((DataBufferInt) band.getRaster().getDataBuffer()).getData();
      int o = (y - bandY) * width;
      for (int x = 0; x < width; x++) {
        dst[x] = px[o + x] & 0xffffff; // the raster may carry bits above the colour
      }
    }

    private void render(int y0) {
      if (band == null) {
        band = new BufferedImage(width, BAND, BufferedImage.TYPE_INT_RGB);
      }
      Graphics2D g = band.createGraphics();
      try {
        // PDFBox clears the page with the graphics' background, which is black by default
        g.setBackground(Color.WHITE);
        g.setColor(Color.WHITE);
        g.fillRect(0, 0, width, BAND);
        g.setRenderingHint(RenderingHints.KEY_ANTIALIASING, RenderingHints.VALUE_ANTIALIAS_ON);
        g.translate(0, -y0);
        renderer.wide = wide;
        renderer.renderPageToGraphics(index, g, (float) sx, (float) sy);
      } catch (IOException | RuntimeException e) {
        throw new DocumentException(
            name, "cannot render page " + (index + 1) + ": " + e.getMessage(), e);
      } finally {
        g.dispose();
      }
      bandY = y0;
    }
  }

  @Override
  public void close() {
    try {
      pdf.close();
    } catch (IOException e) {
      // closing a file we only read: nothing is lost
    }
  }
}
