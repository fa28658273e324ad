package dev.fusejet.config;

import static dev.fusejet.units.Dimension.DENSITY;
import static dev.fusejet.units.Dimension.FRACTION;
import static dev.fusejet.units.Dimension.LENGTH;
import static dev.fusejet.units.Dimension.TEMPERATURE;

import dev.fusejet.media.InkReceivingLayer;
import dev.fusejet.media.InorganicParticleKind;
import dev.fusejet.media.Medium;
import dev.fusejet.media.Optics;
import dev.fusejet.media.PaperBase;
import dev.fusejet.media.PolymerFamily;
import dev.fusejet.media.ResinLayer;
import dev.fusejet.media.ResinParticles;
import dev.fusejet.media.SolventAbsorbingLayer;
import dev.fusejet.media.Support;
import dev.fusejet.media.SurfaceLayer;

/** Binds the media file format (docs/media-format.md) to a {@link Medium}. */
final class MediumBinder {
  private MediumBinder() {}

  static Medium bind(Node n) {
    Medium m =
        new Medium(
            n.text("name"),
            n.text("description", ""),
            support(n.child("support")),
            receiving(n.child("ink-receiving-layer")),
            optics(n.optionalChild("optics")));
    n.finish();
    return m;
  }

  /** The optional {@code optics} section; absent values are those of a glossy photo medium. */
  private static Optics optics(Node n) {
    if (n == null) {
      return Optics.GLOSSY;
    }
    Optics d = Optics.GLOSSY;
    Node w = n.optionalChild("paper-white");
    double l = d.whiteLightness();
    double a = d.whiteA();
    double b = d.whiteB();
    if (w != null) {
      l = w.quantity("L", FRACTION);
      a = w.quantity("a", FRACTION);
      b = w.quantity("b", FRACTION);
      w.finish();
    }
    Optics o =
        new Optics(
            l,
            a,
            b,
            n.quantity("yule-nielsen-n", FRACTION, d.yuleNielsenN()),
            n.quantity("dot-spread", FRACTION, d.dotSpread()));
    n.finish();
    return o;
  }

  private static Support support(Node n) {
    Node paper = n.child("paper");
    PaperBase p =
        new PaperBase(paper.quantity("thickness", LENGTH), paper.quantity("density", DENSITY));
    paper.finish();
    ResinLayer face = resin(n.child("face-resin"));
    Node backNode = n.optionalChild("back-resin");
    ResinLayer back = backNode == null ? null : resin(backNode);
    n.finish();
    return new Support(p, face, back);
  }

  private static ResinLayer resin(Node n) {
    ResinLayer r =
        new ResinLayer(
            n.enumValue("polymer", PolymerFamily.class),
            n.quantity("thickness", LENGTH),
            n.quantity("melting-temperature", TEMPERATURE));
    n.finish();
    return r;
  }

  private static InkReceivingLayer receiving(Node n) {
    double porosity = n.quantity("porosity", FRACTION);
    Node a = n.child("solvent-absorbing-layer");
    SolventAbsorbingLayer absorbing =
        new SolventAbsorbingLayer(
            a.enumValue("particles", InorganicParticleKind.class),
            a.quantity("particle-mean-diameter", LENGTH),
            a.text("binder"),
            a.quantity("thickness", LENGTH),
            a.quantity("porosity", FRACTION, porosity));
    a.finish();
    Node s = n.child("surface-layer");
    Node rp = s.optionalChild("resin-particles");
    ResinParticles resin = null;
    if (rp != null) {
      resin =
          new ResinParticles(
              rp.text("polymer"),
              rp.quantity("glass-transition", TEMPERATURE),
              rp.quantity("mean-diameter", LENGTH));
      rp.finish();
    }
    SurfaceLayer surface =
        new SurfaceLayer(
            resin,
            s.enumValue("pigment", InorganicParticleKind.class),
            s.quantity("pigment-mean-diameter", LENGTH),
            s.text("binder"),
            s.quantity("pigment-to-resin-ratio", FRACTION),
            s.quantity("thickness", LENGTH));
    s.finish();
    n.finish();
    return new InkReceivingLayer(absorbing, surface, porosity);
  }
}
