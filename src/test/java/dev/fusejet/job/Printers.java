package dev.fusejet.job;

import dev.fusejet.config.Catalog;
import dev.fusejet.device.SimulatedDevice;
import dev.fusejet.raster.MediaSize;
import java.awt.image.BufferedImage;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import javax.imageio.ImageIO;

/** Test printers and documents: a simulated device on the built-in presets, small photos. */
final class Printers {
  private Printers() {}

  static final Catalog CATALOG = Catalog.builtIn();

  /** A device with source {@code main} holding {@code sheets} A6 sheets of glossy-ldpe-70. */
  static SimulatedDevice.Builder device(int sheets) {
    return SimulatedDevice.builder(
            CATALOG.inkSet(Catalog.DEFAULT_INK_SET), CATALOG.apparatus(Catalog.DEFAULT_APPARATUS))
        .source("main", CATALOG.medium(Catalog.DEFAULT_MEDIUM), MediaSize.of("a6"), sheets, 500);
  }

  /** A {@code w} x {@code h} px PNG at 100 dpi: colour ramps and a black bar. */
  static Path png(Path dir, String name, int w, int h) throws IOException {
    BufferedImage img = new BufferedImage(w, h, BufferedImage.TYPE_INT_RGB);
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int rgb = y < h / 10 ? 0 : (255 * x / w) << 16 | (255 * y / h) << 8 | 128;
        img.setRGB(x, y, rgb);
      }
    }
    Path f = dir.resolve(name);
    ImageIO.write(img, "png", f.toFile());
    return f;
  }

  static InputStream open(Path f) throws IOException {
    return Files.newInputStream(f);
  }
}
