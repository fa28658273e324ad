package dev.fusejet.raster.decode;

import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;

/**
 * Runs a peer tool (Ghostscript, ImageMagick) that makes test documents and reference decodings. CI
 * installs them (.ci/run); where one is missing the test is skipped, saying which.
 */
final class Peer {
  private Peer() {}

  static boolean available(String tool) {
    if (tool.startsWith("/")) {
      return Files.isExecutable(Path.of(tool));
    }
    for (String dir : System.getenv().getOrDefault("PATH", "").split(":", -1)) {
      if (!dir.isEmpty() && Files.isExecutable(Path.of(dir, tool))) {
        return true;
      }
    }
    return false;
  }

  /** Runs {@code cmd} in {@code dir}; fails the test on a non-zero exit. */
  static void run(Path dir, String... cmd) throws IOException, InterruptedException {
    assumeTrue(available(cmd[0]), cmd[0] + " is not installed (.ci/run installs it)");
    Process p = new ProcessBuilder(cmd).directory(dir.toFile()).redirectErrorStream(true).start();
    String out;
    try (InputStream in = p.getInputStream()) {
      out = new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
    if (!p.waitFor(120, TimeUnit.SECONDS) || p.exitValue() != 0) {
      throw new IllegalStateException(String.join(" ", cmd) + " failed:\n" + out);
    }
  }

  /** Ghostscript with a fixed page of w x h points at {@code res} dpi. */
  static void gs(Path dir, String ps, double wPt, double hPt, String res, String... args)
      throws IOException, InterruptedException {
    List<String> c =
        new ArrayList<>(
            List.of(
                "gs",
                "-q",
                "-dSAFER",
                "-dBATCH",
                "-dNOPAUSE",
                "-r" + res,
                "-dDEVICEWIDTHPOINTS=" + wPt,
                "-dDEVICEHEIGHTPOINTS=" + hPt,
                "-dFIXEDMEDIA"));
    c.addAll(List.of(args));
    c.add(ps);
    run(dir, c.toArray(new String[0]));
  }

  /** A binary netpbm / PAM file's pixels as packed ints (grey and RGB as 0xRRGGBB, CMYK as is). */
  static int[] pnm(Path file, int[] size) throws IOException {
    byte[] b = Files.readAllBytes(file);
    int[] pos = {2};
    String magic = new String(b, 0, 2, StandardCharsets.US_ASCII);
    int w;
    int h;
    int depth;
    int max = 1;
    if (magic.equals("P7")) {
      w = 0;
      h = 0;
      depth = 0;
      while (true) {
        String line = line(b, pos);
        if (line.startsWith("WIDTH")) {
          w = Integer.parseInt(line.substring(6).trim());
        } else if (line.startsWith("HEIGHT")) {
          h = Integer.parseInt(line.substring(7).trim());
        } else if (line.startsWith("DEPTH")) {
          depth = Integer.parseInt(line.substring(6).trim());
        } else if (line.startsWith("ENDHDR")) {
          break;
        }
      }
    } else {
      w = token(b, pos);
      h = token(b, pos);
      if (!magic.equals("P4")) {
        max = token(b, pos);
      }
      pos[0]++;
      depth = magic.equals("P6") ? 3 : 1;
    }
    size[0] = w;
    size[1] = h;
    int[] px = new int[w * h];
    int p = pos[0];
    for (int y = 0; y < h; y++) {
      for (int x = 0; x < w; x++) {
        int v;
        if (magic.equals("P4")) {
          int bit = (b[p + y * ((w + 7) / 8) + x / 8] >> (7 - x % 8)) & 1;
          v = bit == 1 ? 0 : 0xffffff;
        } else if (depth == 1) {
          int g = b[p + y * w + x] & 0xff;
          v = g << 16 | g << 8 | g;
        } else if (depth == 3) {
          int i = p + 3 * (y * w + x);
          v = (b[i] & 0xff) << 16 | (b[i + 1] & 0xff) << 8 | (b[i + 2] & 0xff);
        } else {
          int i = p + 4 * (y * w + x);
          v =
              (b[i] & 0xff) << 24
                  | (b[i + 1] & 0xff) << 16
                  | (b[i + 2] & 0xff) << 8
                  | (b[i + 3] & 0xff);
        }
        px[y * w + x] = v;
      }
    }
    if (max != 255 && max != 1) {
      throw new IOException("test reader handles maxval 255 only");
    }
    return px;
  }

  private static String line(byte[] b, int[] pos) {
    int s = pos[0];
    while (b[pos[0]] != '\n') {
      pos[0]++;
    }
    pos[0]++;
    return new String(b, s, pos[0] - s - 1, StandardCharsets.US_ASCII).trim();
  }

  private static int token(byte[] b, int[] pos) {
    while (Character.isWhitespace(b[pos[0]]) || b[pos[0]] == '#') {
      if (b[pos[0]] == '#') {
        while (b[pos[0]] != '\n') {
          pos[0]++;
        }
      }
      pos[0]++;
    }
    int v = 0;
    while (Character.isDigit(b[pos[0]])) {
      v = v * 10 + (b[pos[0]++] - '0');
    }
    return v;
  }

  /** All rows of a page. */
  static int[] read(PageImage page) {
    int[] all = new int[page.width() * page.height()];
    int[] row = new int[page.width()];
    for (int y = 0; y < page.height(); y++) {
      page.row(y, row);
      System.arraycopy(row, 0, all, y * page.width(), page.width());
    }
    return all;
  }
}
