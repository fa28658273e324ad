package dev.fusejet.raster.decode;

/** A page held in memory as packed pixels, row-major; any row order. */
public final class MemoryImage implements PageImage {
  private final int width;
  private final int height;
  private final int[] pixels;
  private final boolean cmyk;
  private final double xDpi;
  private final double yDpi;

  /** Wraps {@code pixels} (not copied). */
  public MemoryImage(int width, int height, int[] pixels, boolean cmyk, double xDpi, double yDpi) {
    this.width = width;
    this.height = height;
    this.pixels = pixels;
    this.cmyk = cmyk;
    this.xDpi = xDpi;
    this.yDpi = yDpi;
  }

  /**
   * Reads a whole page into memory, turned by {@code quarterTurns} clockwise quarter turns and
   * mirrored left-right first when {@code mirror}: the eight EXIF orientations and the layout's
   * rotation.
   */
  public static MemoryImage of(PageImage src, int quarterTurns, boolean mirror) {
    int w = src.width();
    int h = src.height();
    long size = (long) w * h;
    if (size > Integer.MAX_VALUE - 8) {
      throw new IllegalArgumentException("page of " + w + " x " + h + " px is too large to turn");
    }
    int[] in = new int[(int) size];
    int[] row = new int[w];
    for (int y = 0; y < h; y++) {
      src.row(y, row);
      System.arraycopy(row, 0, in, y * w, w);
    }
    return of(in, w, h, src.cmyk(), src.xDpi(), src.yDpi(), quarterTurns, mirror);
  }

  /** As {@link #of(PageImage, int, boolean)} on packed pixels (taken over when nothing changes). */
  static MemoryImage of(
      int[] in, int w, int h, boolean cmyk, double xDpi, double yDpi, int turns, boolean mirror) {
    int q = Math.floorMod(turns, 4);
    if (q == 0 && !mirror) {
      return new MemoryImage(w, h, in, cmyk, xDpi, yDpi);
    }
    if (mirror) {
      for (int y = 0; y < h; y++) {
        for (int a = y * w, b = a + w - 1; a < b; a++, b--) {
          int t = in[a];
          in[a] = in[b];
          in[b] = t;
        }
      }
    }
    if (q == 0) {
      return new MemoryImage(w, h, in, cmyk, xDpi, yDpi);
    }
    int ow = q == 2 ? w : h;
    int oh = q == 2 ? h : w;
    int[] out = new int[in.length];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int ox;
        int oy;
        if (q == 1) { // clockwise: (x, y) -> (h - 1 - y, x)
          ox = h - 1 - y;
          oy = x;
        } else if (q == 2) {
          ox = w - 1 - x;
          oy = h - 1 - y;
        } else {
          ox = y;
          oy = w - 1 - x;
        }
        out[oy * ow + ox] = in[y * w + x];
      }
    }
    boolean swap = q != 2;
    return new MemoryImage(ow, oh, out, cmyk, swap ? yDpi : xDpi, swap ? xDpi : yDpi);
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
    return xDpi;
  }

  @Override
  public double yDpi() {
    return yDpi;
  }

  @Override
  public boolean cmyk() {
    return cmyk;
  }

  @Override
  public void row(int y, int[] dst) {
    System.arraycopy(pixels, y * width, dst, 0, width);
  }

  @Override
  public boolean rowsInPlace() {
    return true;
  }

  @Override
  public void row(int y, int[] dst, int offset) {
    System.arraycopy(pixels, y * width, dst, offset, width);
  }

  /** The pixel array, row-major (not a copy). */
  public int[] pixels() {
    return pixels;
  }

  @Override
  public boolean randomAccess() {
    return true;
  }
}
