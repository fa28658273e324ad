package dev.fusejet.raster.colour;

import java.awt.image.DataBuffer;
import java.awt.image.DataBufferByte;
import java.awt.image.Raster;
import java.awt.image.WritableRaster;
import java.util.Objects;

/**
 * Document CMYK to the printer's device CMYK in one CMM pass: the source CMYK profile (a CMYK
 * JPEG's embedded one, or the default printing condition) → PCS → the printer profile's B2A of the
 * intent, through the JDK's CMM ({@link Rendering.Transform}, LittleCMS). Nothing is clipped on the
 * way but what the printer cannot print, which the printer profile's own gamut mapping handles (an
 * RGB space between would clip what lies outside it first). The result is device CMYK, linearised
 * and ink-limited by {@link Separation#separateCmyk} as any device CMYK input is.
 *
 * <p>Runs once per image pixel, at the image's resolution: 8-bit ink in, 8-bit device values out
 * (the page's own encoding), so the JDK hands LittleCMS the byte buffers as they are.
 */
public final class CmykLink {
  private final Rendering rendering;

  /**
   * A link through {@code rendering}, whose source profile is CMYK.
   *
   * @throws IllegalArgumentException when it is not
   */
  public CmykLink(Rendering rendering) {
    this.rendering = Objects.requireNonNull(rendering, "rendering");
    if (!rendering.cmykSource()) {
      throw new IllegalArgumentException("the source profile is not CMYK");
    }
  }

  /** The profiles and intent. */
  public Rendering rendering() {
    return rendering;
  }

  /** A pass over one page: the CMM's transform made once for it; one thread at a time. */
  public Pass pass() {
    return new Pass(rendering.transform());
  }

  /** One page's conversion, strip by strip, reusing its transform and buffers. */
  public static final class Pass {
    private final Rendering.Transform transform;
    private WritableRaster in;
    private WritableRaster out;

    private Pass(Rendering.Transform transform) {
      this.transform = transform;
    }

    /**
     * Converts {@code n} pixels of document ink ({@code 0xCCMMYYKK}, 255 = full ink) at {@code
     * from} into the printer's device CMYK, in place.
     */
    public void convert(int[] px, int from, int n) {
      if (n == 0) {
        return;
      }
      if (in == null || in.getWidth() != n) {
        in = Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, n, 1, 4, null);
        out = Raster.createInterleavedRaster(DataBuffer.TYPE_BYTE, n, 1, 4, null);
      }
      byte[] src = ((DataBufferByte) in.getDataBuffer()).getData();
      for (int i = 0, j = 0; i < n; i++, j += 4) {
        int v = px[from + i];
        src[j] = (byte) (v >>> 24);
        src[j + 1] = (byte) (v >>> 16);
        src[j + 2] = (byte) (v >>> 8);
        src[j + 3] = (byte) v;
      }
      transform.apply(in, out);
      byte[] dst = ((DataBufferByte) out.getDataBuffer()).getData();
      for (int i = 0, j = 0; i < n; i++, j += 4) {
        px[from + i] =
            (dst[j] & 0xff) << 24
                | (dst[j + 1] & 0xff) << 16
                | (dst[j + 2] & 0xff) << 8
                | (dst[j + 3] & 0xff);
      }
    }
  }
}
