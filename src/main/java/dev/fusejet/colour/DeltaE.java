package dev.fusejet.colour;

/**
 * Colour differences. CIEDE2000 as in CIE 142-2001 and ISO/CIE 11664-6, implemented after G.
 * Sharma, W. Wu, E. N. Dalal, "The CIEDE2000 color-difference formula: implementation notes,
 * supplementary test data, and mathematical observations", Color Res. Appl. 30 (2005) 21-30, with
 * k_L = k_C = k_H = 1.
 */
public final class DeltaE {
  private DeltaE() {}

  private static final double POW25_7 = Math.pow(25, 7);

  /** CIE 1976 ΔE*ab: Euclidean distance in CIELAB. */
  public static double e76(Lab p, Lab q) {
    return Math.sqrt(
        (p.l() - q.l()) * (p.l() - q.l())
            + (p.a() - q.a()) * (p.a() - q.a())
            + (p.b() - q.b()) * (p.b() - q.b()));
  }

  /** CIEDE2000 ΔE00 between two CIELAB colours (symmetric). */
  public static double e2000(Lab p, Lab q) {
    double c1 = Math.hypot(p.a(), p.b());
    double c2 = Math.hypot(q.a(), q.b());
    double cBar7 = Math.pow((c1 + c2) / 2, 7);
    double g = 0.5 * (1 - Math.sqrt(cBar7 / (cBar7 + POW25_7)));
    double a1 = (1 + g) * p.a();
    double a2 = (1 + g) * q.a();
    double c1p = Math.hypot(a1, p.b());
    double c2p = Math.hypot(a2, q.b());
    double h1 = hue(a1, p.b());
    double h2 = hue(a2, q.b());
    double dL = q.l() - p.l();
    double dC = c2p - c1p;
    double dh;
    if (c1p * c2p == 0) {
      dh = 0;
    } else {
      dh = h2 - h1;
      if (dh > 180) {
        dh -= 360;
      } else if (dh < -180) {
        dh += 360;
      }
    }
    double dH = 2 * Math.sqrt(c1p * c2p) * Math.sin(Math.toRadians(dh / 2));
    double lBar = (p.l() + q.l()) / 2;
    double cBarP = (c1p + c2p) / 2;
    double hBar;
    if (c1p * c2p == 0) {
      hBar = h1 + h2;
    } else if (Math.abs(h1 - h2) <= 180) {
      hBar = (h1 + h2) / 2;
    } else if (h1 + h2 < 360) {
      hBar = (h1 + h2 + 360) / 2;
    } else {
      hBar = (h1 + h2 - 360) / 2;
    }
    double t =
        1
            - 0.17 * Math.cos(Math.toRadians(hBar - 30))
            + 0.24 * Math.cos(Math.toRadians(2 * hBar))
            + 0.32 * Math.cos(Math.toRadians(3 * hBar + 6))
            - 0.20 * Math.cos(Math.toRadians(4 * hBar - 63));
    double dTheta = 30 * Math.exp(-Math.pow((hBar - 275) / 25, 2));
    double cBarP7 = Math.pow(cBarP, 7);
    double rc = 2 * Math.sqrt(cBarP7 / (cBarP7 + POW25_7));
    double l50 = (lBar - 50) * (lBar - 50);
    double sl = 1 + 0.015 * l50 / Math.sqrt(20 + l50);
    double sc = 1 + 0.045 * cBarP;
    double sh = 1 + 0.015 * cBarP * t;
    double rt = -Math.sin(Math.toRadians(2 * dTheta)) * rc;
    double x = dL / sl;
    double y = dC / sc;
    double z = dH / sh;
    return Math.sqrt(x * x + y * y + z * z + rt * y * z);
  }

  private static double hue(double a, double b) {
    if (a == 0 && b == 0) {
      return 0;
    }
    double h = Math.toDegrees(Math.atan2(b, a));
    return h < 0 ? h + 360 : h;
  }
}
