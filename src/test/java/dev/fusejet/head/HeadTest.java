package dev.fusejet.head;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;
import static org.assertj.core.api.Assertions.within;

import dev.fusejet.config.Catalog;
import dev.fusejet.halftone.Halftoners;
import dev.fusejet.halftone.ToneLevels;
import dev.fusejet.ink.InkSet;
import dev.fusejet.media.Medium;
import dev.fusejet.raster.Band;
import dev.fusejet.raster.BandConsumer;
import dev.fusejet.raster.MediaSize;
import dev.fusejet.raster.PageInfo;
import dev.fusejet.raster.PrintScaling;
import dev.fusejet.raster.RasterOptions;
import dev.fusejet.raster.RasterPipeline;
import dev.fusejet.raster.colour.ColourMode;
import dev.fusejet.raster.colour.Separation;
import dev.fusejet.raster.decode.MemoryImage;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.SplittableRandom;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Pass planning, the head-data format and the simulated head. */
class HeadTest {

  @TempDir Path dir;

  static final InkSet INKS = Catalog.builtIn().inkSet("pigment-cmyk");
  static final Medium MEDIUM = Catalog.builtIn().medium("glossy-ldpe-70");
  static final double INCH = 0.0254;

  @ParameterizedTest(name = "{0} rows, {1} nozzles, pitch {2}, shingle {3}")
  @CsvSource({
    "100, 180, 4, 1",
    "1000, 180, 4, 2",
    "997, 180, 4, 4",
    "333, 64, 2, 2",
    "50, 180, 1, 4"
  })
  void everyPixelIsPrintedExactlyOnceAndEveryRowByShingleNozzles(
      int height, int nozzles, int pitch, int shingle) {
    PassPlan plan = PassPlan.plan(height, nozzles, pitch, shingle, true);
    assertThat(PassPlan.gcd(plan.advance(), pitch)).isEqualTo(1);
    int[][] hits = new int[height][shingle];
    java.util.List<java.util.Set<Integer>> nozzlesOfRow = new java.util.ArrayList<>();
    for (int y = 0; y < height; y++) {
      nozzlesOfRow.add(new java.util.HashSet<>());
    }
    for (int pass = plan.firstPass(); pass <= plan.lastPass(); pass++) {
      for (int j = 0; j < plan.nozzles(); j++) {
        int y = plan.row(pass, j);
        if (y >= 0 && y < height) {
          hits[y][plan.phase(j)]++;
          nozzlesOfRow.get(y).add(j);
        }
      }
    }
    for (int y = 0; y < height; y++) {
      for (int ph = 0; ph < shingle; ph++) {
        assertThat(hits[y][ph]).as("row %d phase %d", y, ph).isEqualTo(1);
      }
      assertThat(nozzlesOfRow.get(y)).hasSize(shingle);
    }
  }

  @Test
  void packBitsRoundTrips() throws IOException {
    SplittableRandom r = new SplittableRandom(3);
    for (int t = 0; t < 200; t++) {
      byte[] row = new byte[1 + r.nextInt(700)];
      for (int i = 0; i < row.length; i++) {
        row[i] = r.nextInt(4) == 0 ? (byte) r.nextInt(256) : (byte) (i / 50);
      }
      ByteArrayOutputStream out = new ByteArrayOutputStream();
      PackBits.encode(row, 0, row.length, out);
      byte[] back = new byte[row.length];
      new ReadAhead(new ByteArrayInputStream(out.toByteArray()), 1 + t % 13)
          .unpackBits(back, 0, row.length);
      assertThat(back).isEqualTo(row);
    }
  }

  /**
   * The masked encoder (eight bytes at a time) gives the code of the bytewise encoder on the masked
   * bytes, for runs, literals of every length up to and past 128, pairs at every offset within an
   * eight-byte word, and rows ending mid-word; and it decodes to the masked row.
   */
  @Test
  void maskedPackBitsIsTheBytewiseCodeOfTheMaskedRow() throws IOException {
    SplittableRandom r = new SplittableRandom(5);
    for (int t = 0; t < 3000; t++) {
      int n = 1 + r.nextInt(t < 1000 ? 40 : 700);
      byte[] row = new byte[n + 9];
      int kind = t % 3;
      for (int i = 0; i < row.length; i++) {
        row[i] =
            kind == 0
                ? (byte) r.nextInt(256)
                : kind == 1 ? (byte) (r.nextInt(6) == 0 ? r.nextInt(4) : i) : (byte) (i / 7);
      }
      int off = r.nextInt(9);
      int mask = new int[] {0xff, 0xcc, 0x33, 0xc0, 0x30, 0x0c, 0x03}[t % 7];
      byte[] masked = new byte[n];
      for (int i = 0; i < n; i++) {
        masked[i] = (byte) (row[off + i] & mask);
      }
      PackBits.Buffer expected = new PackBits.Buffer();
      PackBits.encode(masked, 0, n, expected);
      PackBits.Buffer actual = new PackBits.Buffer();
      PackBits.encode(row, off, n, mask, actual);
      assertThat(java.util.Arrays.copyOf(actual.bytes, actual.size))
          .as("row %d, %d bytes, mask %x", t, n, mask)
          .isEqualTo(java.util.Arrays.copyOf(expected.bytes, expected.size));
      byte[] back = new byte[n];
      new ReadAhead(new ByteArrayInputStream(actual.bytes, 0, actual.size), 1 + t % 13)
          .unpackBits(back, 0, n);
      assertThat(back).isEqualTo(masked);
    }
  }

  /** Keeps a copy of every band, to compare with what the head printed. */
  static final class Keep implements BandConsumer {
    byte[][] planes;
    long[][] drops = new long[4][4];

    @Override
    public void startPage(PageInfo p) {
      planes = new byte[p.inks().size()][p.stride() * p.height()];
    }

    @Override
    public void band(Band b) {
      for (int i = 0; i < planes.length; i++) {
        System.arraycopy(b.plane(i), 0, planes[i], b.y0() * b.stride(), b.rows() * b.stride());
        for (int y = b.y0(); y < b.y0() + b.rows(); y++) {
          for (int x = 0; x < b.page().width(); x++) {
            drops[i][b.level(i, x, y)]++;
          }
        }
      }
    }

    @Override
    public void endPage(PageInfo p) {}
  }

  static BandConsumer both(BandConsumer a, BandConsumer b) {
    return new BandConsumer() {
      @Override
      public void startPage(PageInfo p) {
        a.startPage(p);
        b.startPage(p);
      }

      @Override
      public void band(Band band) {
        a.band(band);
        b.band(band);
      }

      @Override
      public void endPage(PageInfo p) {
        a.endPage(p);
        b.endPage(p);
      }
    };
  }

  static MemoryImage picture(int w, int h) {
    int[] px = new int[w * h];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        px[y * w + x] = (255 * x / w) << 16 | (255 * y / h) << 8 | ((x * 7 + y * 3) & 0xff);
      }
    }
    return new MemoryImage(w, h, px, false, 100, 100);
  }

  static RasterPipeline pipeline(String halftone, RasterOptions o) {
    HeadModel head = HeadModel.of(INKS);
    return new RasterPipeline(
        Separation.build(INKS, MEDIUM, o.xDpi(), o.yDpi(), ColourMode.COLOUR),
        Halftoners.byName(halftone),
        ToneLevels.ofDropVolumes(head.smallDrop(), head.mediumDrop(), head.largeDrop()),
        o);
  }

  @ParameterizedTest(name = "shingle {0}, bidirectional {1}")
  @CsvSource({"1, true", "2, true", "4, false"})
  void theSimulatedHeadPrintsExactlyTheHalftonedPage(int shingle, boolean bidi) throws IOException {
    RasterOptions o =
        RasterOptions.defaults()
            .withSize(MediaSize.of("a6"))
            .withResolution(360, 360)
            .withBands(7, 1);
    HeadModel head = HeadModel.of(INKS);
    ByteArrayOutputStream data = new ByteArrayOutputStream();
    HeadDataWriter writer = new HeadDataWriter(head, shingle, bidi, p -> data);
    Keep keep = new Keep();
    try (RasterPipeline p = pipeline("fs", o)) {
      p.renderPage("picture", 1, 1, 1, picture(400, 560), both(keep, writer));
    }
    SimulatedHead sim = new SimulatedHead();
    PageReport r = sim.fire(new ByteArrayInputStream(data.toByteArray()), "mem", dir, "p", true);
    for (int i = 0; i < 4; i++) {
      assertThat(sim.planes()[i]).as("ink %d", i).isEqualTo(keep.planes[i]);
      for (int l = 1; l < 4; l++) {
        assertThat(r.drops().get(i)[l]).isEqualTo(keep.drops[i][l]);
      }
    }
    assertThat(r.passes()).isEqualTo(writer.passesWritten());
    // conservation: the map holds every drop's volume
    double fromDrops = 0;
    for (int i = 0; i < 4; i++) {
      for (int l = 1; l < 4; l++) {
        fromDrops += r.drops().get(i)[l] * head.dropVolume(l);
      }
    }
    assertThat(r.totalVolume()).isCloseTo(fromDrops, within(fromDrops * 1e-9));
    double fromMap = 0;
    InkVolumeMap m = r.map();
    for (int row = 0; row < m.rows(); row++) {
      for (int col = 0; col < m.columns(); col++) {
        double w = Math.min(m.cellWidth(), r.width() / r.xDpi() * INCH - col * m.cellWidth());
        double h = Math.min(m.cellHeight(), r.height() / r.yDpi() * INCH - row * m.cellHeight());
        fromMap += m.at(col, row) * w * h;
      }
    }
    assertThat(fromMap).isCloseTo(fromDrops, within(fromDrops * 1e-6));
    // a second method: fired straight from the PackBits code (no previews, no planes kept), the
    // same drops and the same map to rounding
    PageReport coded =
        new SimulatedHead()
            .fire(new ByteArrayInputStream(data.toByteArray()), "mem", null, "", false);
    for (int i = 0; i < 4; i++) {
      assertThat(coded.drops().get(i)).as("ink %d", i).isEqualTo(r.drops().get(i));
    }
    assertThat(coded.passes()).isEqualTo(r.passes());
    for (int row = 0; row < m.rows(); row++) {
      for (int col = 0; col < m.columns(); col++) {
        assertThat(coded.map().at(col, row))
            .isCloseTo(m.at(col, row), within(1e-12 * (1 + m.max())));
      }
    }
    // the previews: a preview pixel covers pf x pfy page pixels and is as dark as the share of
    // large drops that would fill it, so its darkness (1 - grey / 255) summed over the preview,
    // times pf pfy large-drop volumes, is the ink fired; the 8-bit grey rounds each pixel by at
    // most half a step, the only allowance (measured in the printed line)
    for (int i = 0; i < 4; i++) {
      String ink = r.inks().get(i);
      java.awt.image.BufferedImage img =
          javax.imageio.ImageIO.read(dir.resolve("p-" + ink + ".png").toFile());
      int pf = (r.width() + img.getWidth() - 1) / img.getWidth();
      int pfy = (r.height() + img.getHeight() - 1) / img.getHeight();
      assertThat((r.width() + pf - 1) / pf).isEqualTo(img.getWidth());
      assertThat((r.height() + pfy - 1) / pfy).isEqualTo(img.getHeight());
      double full = pf * pfy * head.dropVolume(3);
      double darkness = 0;
      int inked = 0;
      for (int y = 0; y < img.getHeight(); y++) {
        for (int x = 0; x < img.getWidth(); x++) {
          int grey = img.getRaster().getSample(x, y, 0);
          darkness += (255 - grey) / 255.0;
          inked += grey < 255 ? 1 : 0;
        }
      }
      double fired = 0;
      for (int l = 1; l < 4; l++) {
        fired += r.drops().get(i)[l] * head.dropVolume(l);
      }
      double previewed = darkness * full;
      System.out.printf(
          "preview %s: %.4g pL from the preview's darkness, %.4g pL fired (%.3f %%)%n",
          ink, previewed * 1e15, fired * 1e15, 100 * (previewed / fired - 1));
      assertThat(fired).isGreaterThan(0);
      assertThat(previewed).isCloseTo(fired, within(inked * 0.5 / 255 * full));
    }
  }

  @Test
  void flatTintLoadMatchesTheSeparation() throws IOException {
    // a flat mid grey over the whole borderless sheet: ink load = sum of amounts x full load
    RasterOptions o =
        RasterOptions.defaults()
            .withSize(MediaSize.of("a6"))
            .withBorderless(true)
            .withScaling(PrintScaling.FILL)
            .withResolution(720, 720)
            .withBands(32, 2);
    int grey = 0x808080;
    int[] px = new int[64 * 64];
    java.util.Arrays.fill(px, grey);
    Separation sep = Separation.build(INKS, MEDIUM, 720, 720, ColourMode.COLOUR);
    double amount = 0;
    for (double a : sep.amounts(grey)) {
      amount += a;
    }
    double expected = amount * Separation.fullLoad(INKS, 720, 720);
    ByteArrayOutputStream data = new ByteArrayOutputStream();
    try (RasterPipeline p = pipeline("blue-noise", o)) {
      p.renderPage(
          "grey",
          1,
          1,
          1,
          new MemoryImage(64, 64, px, false, 0, 0),
          new HeadDataWriter(HeadModel.of(INKS), 2, true, i -> data));
    }
    PageReport r =
        new SimulatedHead()
            .fire(new ByteArrayInputStream(data.toByteArray()), "mem", null, "", false);
    System.out.printf(
        "flat grey: ink load mean %.3f mL/m² (separation says %.3f), max cell %.3f mL/m²%n",
        r.map().mean() * 1e6, expected * 1e6, r.map().max() * 1e6);
    assertThat(r.map().mean()).isCloseTo(expected, within(expected * 0.01));
    assertThat(r.map().max()).isLessThan(expected * 1.1);
    assertThat(r.map().max()).isLessThan(MEDIUM.receiving().poreCapacity());
  }

  @Test
  void damagedHeadDataIsRejected() throws IOException {
    RasterOptions o =
        RasterOptions.defaults().withSize(MediaSize.of("a6")).withResolution(180, 180);
    ByteArrayOutputStream data = new ByteArrayOutputStream();
    try (RasterPipeline p = pipeline("blue-noise", o)) {
      p.renderPage(
          "picture",
          1,
          1,
          1,
          picture(100, 140),
          new HeadDataWriter(HeadModel.of(INKS), 2, true, i -> data));
    }
    byte[] good = data.toByteArray();
    byte[] bad = good.clone();
    bad[0] = 'X';
    assertThatThrownBy(
            () ->
                new SimulatedHead()
                    .fire(new ByteArrayInputStream(bad), "bad.fjhd", null, "", false))
        .hasMessageContaining("bad.fjhd")
        .hasMessageContaining("FJHD");
    byte[] cut = java.util.Arrays.copyOf(good, good.length - 5);
    assertThatThrownBy(
            () ->
                new SimulatedHead()
                    .fire(new ByteArrayInputStream(cut), "cut.fjhd", null, "", false))
        .isInstanceOf(IOException.class);
    assertThat(Files.exists(dir)).isTrue();
  }

  @Test
  void headModelChecksItsResolution() {
    HeadModel h = HeadModel.of(INKS);
    assertThat(h.pitchRows(720)).isEqualTo(4);
    assertThat(h.pitchRows(1440)).isEqualTo(8);
    assertThatThrownBy(() -> h.pitchRows(300)).hasMessageContaining("300");
    assertThat(h.dropVolume(3)).isEqualTo(7e-15);
  }
}
