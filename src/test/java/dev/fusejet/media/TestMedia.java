package dev.fusejet.media;

import java.util.function.UnaryOperator;

/** A medium inside every design range, and copies with one value changed, for tests. */
final class TestMedia {
  private TestMedia() {}

  static Medium base() {
    return new Medium(
        "test",
        "test medium",
        new Support(
            new PaperBase(180e-6, 800),
            new ResinLayer(PolymerFamily.LDPE, 25e-6, 112),
            new ResinLayer(PolymerFamily.LDPE, 25e-6, 112)),
        new InkReceivingLayer(
            new SolventAbsorbingLayer(
                InorganicParticleKind.FUMED_SILICA, 150e-9, "PVA", 30e-6, 0.58),
            surface(r -> r, 5e-6, 1.0),
            0.55));
  }

  static SurfaceLayer surface(UnaryOperator<ResinParticles> resin, double thickness, double ratio) {
    return new SurfaceLayer(
        resin.apply(new ResinParticles("styrene-acrylic", 70, 200e-9)),
        InorganicParticleKind.COLLOIDAL_SILICA,
        40e-9,
        "PVA",
        ratio,
        thickness);
  }

  static Medium withSurface(SurfaceLayer s) {
    Medium b = base();
    return new Medium(
        b.name(),
        b.description(),
        b.support(),
        new InkReceivingLayer(b.receiving().absorbing(), s, b.receiving().porosity()));
  }

  static Medium withAbsorbing(double thickness, double porosity) {
    Medium b = base();
    SolventAbsorbingLayer a = b.receiving().absorbing();
    return new Medium(
        b.name(),
        b.description(),
        b.support(),
        new InkReceivingLayer(
            new SolventAbsorbingLayer(
                a.particles(), a.particleMeanDiameter(), a.binder(), thickness, porosity),
            b.receiving().surface(),
            b.receiving().porosity()));
  }

  static Medium withPorosity(double porosity) {
    Medium b = base();
    return new Medium(
        b.name(),
        b.description(),
        b.support(),
        new InkReceivingLayer(b.receiving().absorbing(), b.receiving().surface(), porosity));
  }

  static Medium withFace(ResinLayer face) {
    Medium b = base();
    return new Medium(
        b.name(),
        b.description(),
        new Support(b.support().paper(), face, b.support().backResin()),
        b.receiving());
  }
}
