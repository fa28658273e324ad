package dev.fusejet.nip;

import dev.fusejet.apparatus.Apparatus;
import dev.fusejet.apparatus.Belt;
import dev.fusejet.apparatus.HeatRoller;
import dev.fusejet.apparatus.PressureRoller;
import java.util.Locale;

/**
 * Nip width and pressure of an {@link Apparatus}, by precedence: (1) the measured nip width
 * overrides every model; (2) a belt nip uses the belt's wrap length with uniform pressure; (3) for
 * two rollers, the smaller of the Hertz half-width and the thin-layer half-width (physics reference
 * 2.2, "recommended first estimate"), because Hertz over-predicts for covers thinner than the
 * contact and the thin-layer asymptote over-predicts for thick covers.
 *
 * <p>Poisson ratios [E]: solid silicone rubber 0.49 (nearly incompressible), sponge rubber
 * (material name containing "sponge") 0.30. A cover with ν below 0.45 is treated as compressible
 * (Winkler), otherwise as incompressible and bonded with no slip.
 */
public final class NipMechanics {

  /** Poisson ratio of solid silicone rubber (1) [E]: rubbers are nearly incompressible. */
  static final double NU_SOLID_RUBBER = 0.49;

  /** Poisson ratio of silicone sponge rubber (1) [E]: closed-cell foams are compressible. */
  static final double NU_SPONGE = 0.30;

  /** Poisson ratio below which a layer is treated as compressible (1) [E]. */
  static final double NU_COMPRESSIBLE_LIMIT = 0.45;

  private NipMechanics() {}

  /**
   * The nip of {@code apparatus} at its configured line load.
   *
   * @throws IllegalArgumentException naming the field when a needed value is missing or not
   *     positive
   */
  public static NipContact contact(Apparatus apparatus) {
    double load = apparatus.nip().lineLoad();
    if (!(load > 0)) {
      throw new IllegalArgumentException(
          String.format(
              Locale.ROOT,
              "nip.line-load = %s N/m must be positive (apparatus %s)",
              load,
              apparatus.name()));
    }
    if (apparatus.nip().measuredWidth().isPresent()) {
      return fromWidth(apparatus.nip().measuredWidth().getAsDouble(), load, NipModel.MEASURED);
    }
    Belt belt = apparatus.belt();
    if (belt != null) {
      return fromWidth(belt.nipLength(), load, NipModel.BELT);
    }
    return rollers(apparatus.heatRoller(), apparatus.pressureRoller(), load);
  }

  /** A nip of known width (m) and line load (N/m), profile shape of {@code model}. */
  public static NipContact fromWidth(double width, double lineLoad, NipModel model) {
    if (!(width > 0)) {
      throw new IllegalArgumentException("nip width " + width + " m must be positive");
    }
    double mean = lineLoad / width;
    return new NipContact(width, mean, mean / model.shape().meanToPeak(), model, lineLoad);
  }

  /** Two rubber-covered rollers: min(Hertz, thin layer). */
  static NipContact rollers(HeatRoller heat, PressureRoller pressure, double load) {
    double r = HertzLineContact.effectiveRadius(heat.radius(), pressure.radius());
    double nu1 = NU_SOLID_RUBBER;
    double e1 =
        heat.elasticThickness() > 0
            ? RubberModulus.fromShoreA(heat.elasticHardness())
            : Double.POSITIVE_INFINITY;
    boolean sponge =
        pressure.rubberMaterial() != null
            && pressure.rubberMaterial().toLowerCase(Locale.ROOT).contains("sponge");
    double nu2 = sponge ? NU_SPONGE : NU_SOLID_RUBBER;
    double e2 = RubberModulus.fromShoreA(pressure.rubberHardness());
    double eStar = HertzLineContact.contactModulus(e1, nu1, e2, nu2);
    double aHertz = HertzLineContact.halfWidth(load, r, eStar);

    double hOverK = 0;
    double h3OverG = 0;
    double[][] layers = {{heat.elasticThickness(), e1, nu1}, {pressure.rubberThickness(), e2, nu2}};
    for (double[] l : layers) {
      double h = l[0];
      if (!(h > 0) || Double.isInfinite(l[1])) {
        continue;
      }
      if (l[2] < NU_COMPRESSIBLE_LIMIT) {
        hOverK += h / ThinLayerContact.constrainedModulus(l[1], l[2]);
      } else {
        h3OverG += h * h * h / (l[1] / (2 * (1 + l[2])));
      }
    }
    double aComp = hOverK > 0 ? ThinLayerContact.compressibleHalfWidth(load, r, hOverK) : 0;
    double aInc = h3OverG > 0 ? ThinLayerContact.incompressibleHalfWidth(load, r, h3OverG) : 0;
    // Mixed covers: the more compliant form dominates the width [E].
    NipModel thinModel =
        aComp >= aInc ? NipModel.THIN_LAYER_COMPRESSIBLE : NipModel.THIN_LAYER_INCOMPRESSIBLE;
    double aThin = Math.max(aComp, aInc);
    if (aThin > 0 && aThin < aHertz) {
      return fromWidth(2 * aThin, load, thinModel);
    }
    return fromWidth(2 * aHertz, load, NipModel.HERTZ);
  }
}
