package dev.fusejet.media;

import static dev.fusejet.media.DesignRanges.ABSORBING_THICKNESS_MAX;
import static dev.fusejet.media.DesignRanges.ABSORBING_THICKNESS_MIN;
import static dev.fusejet.media.DesignRanges.GLASS_TRANSITION_MAX;
import static dev.fusejet.media.DesignRanges.GLASS_TRANSITION_MIN;
import static dev.fusejet.media.DesignRanges.MELTING_MAX;
import static dev.fusejet.media.DesignRanges.MELTING_MIN;
import static dev.fusejet.media.DesignRanges.PARTICLE_DIAMETER_MAX;
import static dev.fusejet.media.DesignRanges.PARTICLE_DIAMETER_MIN;
import static dev.fusejet.media.DesignRanges.PIGMENT_TO_RESIN_MAX;
import static dev.fusejet.media.DesignRanges.PIGMENT_TO_RESIN_MIN;
import static dev.fusejet.media.DesignRanges.POROSITY_MAX;
import static dev.fusejet.media.DesignRanges.POROSITY_MIN;
import static dev.fusejet.media.DesignRanges.SURFACE_THICKNESS_MAX;
import static dev.fusejet.media.DesignRanges.SURFACE_THICKNESS_MIN;

import dev.fusejet.units.Quantities;
import dev.fusejet.validation.Findings;
import dev.fusejet.validation.Severity;
import dev.fusejet.validation.ValidationReport;

/**
 * Checks a {@link Medium} for impossible values (errors) and for values outside the fusing design's
 * ranges ({@link DesignRanges}). Field paths in findings are those of the media file format
 * (docs/media-format.md).
 */
public final class MediumValidator {

  private static final double PAPER_DENSITY_MAX = 1600; // kg/m³, above cellulose fibre wall (~1500)

  private MediumValidator() {}

  /** Validates every field of {@code medium}; never throws. */
  public static ValidationReport validate(Medium medium) {
    Findings f = new Findings();
    f.named("name", medium.name());
    if (medium.support() == null) {
      f.add(Severity.ERROR, "support", "(missing)", "required", "add the support section");
    } else {
      checkSupport(f, medium.support());
    }
    if (medium.receiving() == null) {
      f.add(
          Severity.ERROR,
          "ink-receiving-layer",
          "(missing)",
          "required",
          "add the ink-receiving-layer section");
    } else {
      checkReceiving(f, medium.receiving());
      if (medium.support() != null) {
        checkCrossLayer(f, medium);
      }
    }
    if (medium.optics() != null) {
      checkOptics(f, medium.optics());
    }
    return new ValidationReport("medium " + medium.name(), f.toList());
  }

  /** The optics must describe a real surface: white L* 0..100, n 1..10, spread 1..4. */
  private static void checkOptics(Findings f, Optics o) {
    f.within(
        Severity.ERROR,
        "optics.paper-white.L",
        o.whiteLightness(),
        0,
        100,
        Quantities::fmt,
        "CIELAB lightness runs from 0 to 100; photo papers measure 92-97");
    f.within(
        Severity.ERROR,
        "optics.paper-white.a",
        o.whiteA(),
        -128,
        127,
        Quantities::fmt,
        "a* of a paper lies within a few units of 0");
    f.within(
        Severity.ERROR,
        "optics.paper-white.b",
        o.whiteB(),
        -128,
        127,
        Quantities::fmt,
        "b* of a paper lies within a few units of 0 (negative with brighteners)");
    f.within(
        Severity.ERROR,
        "optics.yule-nielsen-n",
        o.yuleNielsenN(),
        Optics.N_MIN,
        Optics.N_MAX,
        Quantities::fmt,
        "n is 1 without optical dot gain and rarely above 3 on coated media");
    f.within(
        Severity.ERROR,
        "optics.dot-spread",
        o.dotSpread(),
        Optics.SPREAD_MIN,
        Optics.SPREAD_MAX,
        Quantities::fmt,
        "a dot is 1.5-2.5 times its drop's diameter on coated media");
  }

  private static void checkSupport(Findings f, Support s) {
    if (s.paper() == null) {
      f.add(Severity.ERROR, "support.paper", "(missing)", "required", "add the paper section");
    } else {
      f.positive("support.paper.thickness", s.paper().thickness(), Quantities::length);
      f.within(
          Severity.ERROR,
          "support.paper.density",
          s.paper().density(),
          1e-9,
          PAPER_DENSITY_MAX,
          d -> Quantities.fmt(d) + " kg/m³",
          "paper density must be positive and below that of cellulose; typical 700-1000 kg/m³");
    }
    if (s.faceResin() == null) {
      f.add(
          Severity.ERROR,
          "support.face-resin",
          "(missing)",
          "required",
          "the design needs a non-solvent-permeable resin layer on the image side");
    } else {
      checkResin(f, "support.face-resin", s.faceResin(), true);
    }
    if (s.backResin() != null) {
      checkResin(f, "support.back-resin", s.backResin(), false);
    }
  }

  private static void checkResin(Findings f, String path, ResinLayer r, boolean imageSide) {
    f.positive(path + ".thickness", r.thickness(), Quantities::length);
    if (!f.temperature(
        path + ".melting-temperature",
        r.meltingTemperature(),
        "give the DSC melting peak of the resin in °C (e.g. '112 C')")) {
      return;
    }
    if (!imageSide) {
      return;
    }
    f.within(
        Severity.OUTSIDE_DESIGN_RANGE,
        path + ".melting-temperature",
        r.meltingTemperature(),
        MELTING_MIN,
        MELTING_MAX,
        Quantities::celsius,
        "use a polyolefin resin layer melting between 100 and 180 °C (LDPE ~112, HDPE ~133, PP ~165 °C)");
    if (r.polymer() == null || !r.polymer().isPolyolefin()) {
      f.add(
          Severity.OUTSIDE_DESIGN_RANGE,
          path + ".polymer",
          String.valueOf(r.polymer()),
          "a polyolefin (LDPE, LLDPE, HDPE, PP)",
          "the design requires a polyolefin resin layer");
    } else if (Math.abs(r.meltingTemperature() - r.polymer().typicalMeltingPoint()) > 30) {
      f.add(
          Severity.NOTE,
          path + ".melting-temperature",
          Quantities.celsius(r.meltingTemperature()),
          "within 30 K of " + Quantities.celsius(r.polymer().typicalMeltingPoint()),
          "unusual for " + r.polymer() + "; check the DSC peak");
    }
  }

  private static void checkReceiving(Findings f, InkReceivingLayer ir) {
    String p = "ink-receiving-layer";
    porosity(f, p + ".porosity", ir.porosity());
    f.within(
        Severity.OUTSIDE_DESIGN_RANGE,
        p + ".porosity",
        ir.porosity(),
        POROSITY_MIN,
        POROSITY_MAX,
        Quantities::percent,
        "the design needs 30-70 % porosity to absorb the ink's liquid");

    SolventAbsorbingLayer a = ir.absorbing();
    String pa = p + ".solvent-absorbing-layer";
    if (a == null) {
      f.add(Severity.ERROR, pa, "(missing)", "required", "add the solvent-absorbing layer");
    } else {
      f.positive(pa + ".thickness", a.thickness(), Quantities::length);
      f.within(
          Severity.OUTSIDE_DESIGN_RANGE,
          pa + ".thickness",
          a.thickness(),
          ABSORBING_THICKNESS_MIN,
          ABSORBING_THICKNESS_MAX,
          Quantities::length,
          "the design needs 25-40 µm of solvent-absorbing layer in total");
      porosity(f, pa + ".porosity", a.porosity());
      f.positive(pa + ".particle-mean-diameter", a.particleMeanDiameter(), Quantities::length);
      f.named(pa + ".binder", a.binder());
      if (a.particles() == null) {
        f.add(
            Severity.ERROR,
            pa + ".particles",
            "(missing)",
            "a particle kind",
            "name the inorganic particles");
      }
    }

    SurfaceLayer s = ir.surface();
    String ps = p + ".surface-layer";
    if (s == null) {
      f.add(Severity.ERROR, ps, "(missing)", "required", "add the surface layer");
      return;
    }
    f.positive(ps + ".thickness", s.thickness(), Quantities::length);
    f.within(
        Severity.OUTSIDE_DESIGN_RANGE,
        ps + ".thickness",
        s.thickness(),
        SURFACE_THICKNESS_MIN,
        SURFACE_THICKNESS_MAX,
        Quantities::length,
        "the design needs a 3-10 µm surface layer");
    f.named(ps + ".binder", s.binder());
    f.positive(ps + ".pigment-mean-diameter", s.pigmentMeanDiameter(), Quantities::length);
    if (s.pigment() == null) {
      f.add(
          Severity.ERROR,
          ps + ".pigment",
          "(missing)",
          "a pigment kind",
          "name the inorganic pigment");
    }
    if (!(s.pigmentToResinRatio() >= 0) || Double.isInfinite(s.pigmentToResinRatio())) {
      f.add(
          Severity.ERROR,
          ps + ".pigment-to-resin-ratio",
          Quantities.fmt(s.pigmentToResinRatio()),
          ">= 0",
          "give the weight ratio inorganic pigment / resin particles");
    } else {
      f.within(
          Severity.OUTSIDE_DESIGN_RANGE,
          ps + ".pigment-to-resin-ratio",
          s.pigmentToResinRatio(),
          PIGMENT_TO_RESIN_MIN,
          PIGMENT_TO_RESIN_MAX,
          Quantities::fmt,
          "the design needs pigment/resin between 3/7 and 7/3 by weight");
    }
    checkParticles(f, ps + ".resin-particles", s.resin());
  }

  private static void checkParticles(Findings f, String path, ResinParticles r) {
    if (r == null) {
      f.add(
          Severity.ERROR,
          path,
          "(missing)",
          "required",
          "the surface layer needs thermoplastic resin particles: without them nothing sinters");
      return;
    }
    f.named(path + ".polymer", r.polymer());
    if (f.temperature(
        path + ".glass-transition",
        r.glassTransition(),
        "give the Tg of the resin particles in °C (e.g. '70 C')")) {
      f.within(
          Severity.OUTSIDE_DESIGN_RANGE,
          path + ".glass-transition",
          r.glassTransition(),
          GLASS_TRANSITION_MIN,
          GLASS_TRANSITION_MAX,
          Quantities::celsius,
          "the design needs resin particles with Tg between 50 and 180 °C");
    }
    f.positive(path + ".mean-diameter", r.meanDiameter(), Quantities::length);
    if (r.meanDiameter() > 0) {
      f.within(
          Severity.OUTSIDE_DESIGN_RANGE,
          path + ".mean-diameter",
          r.meanDiameter(),
          PARTICLE_DIAMETER_MIN,
          PARTICLE_DIAMETER_MAX,
          Quantities::length,
          "the design needs 50-500 nm resin particles (see docs/media-format.md on the unit)");
    }
  }

  private static void checkCrossLayer(Findings f, Medium m) {
    SurfaceLayer s = m.receiving().surface();
    if (s != null
        && s.resin() != null
        && s.resin().meanDiameter() > s.thickness()
        && s.thickness() > 0) {
      f.add(
          Severity.ERROR,
          "ink-receiving-layer.surface-layer.resin-particles.mean-diameter",
          Quantities.length(s.resin().meanDiameter()),
          "<= surface-layer thickness " + Quantities.length(s.thickness()),
          "particles larger than the layer cannot form it; check the unit (nm vs µm)");
    }
    ResinLayer face = m.support().faceResin();
    if (s != null
        && s.resin() != null
        && face != null
        && s.resin().glassTransition() >= face.meltingTemperature()) {
      f.add(
          Severity.NOTE,
          "ink-receiving-layer.surface-layer.resin-particles.glass-transition",
          Quantities.celsius(s.resin().glassTransition()),
          "< T_M " + Quantities.celsius(face.meltingTemperature()),
          "with Tg >= T_M the high-gloss window is empty and the standard window needs T > 3 Tg - 2 T_M");
    }
  }

  private static void porosity(Findings f, String path, double value) {
    if (!(value >= 0 && value < 1)) {
      f.add(
          Severity.ERROR,
          path,
          Quantities.percent(value),
          "0 % to below 100 %",
          "porosity is a void fraction in [0, 1); write e.g. '55 %' or 0.55");
    }
  }
}
