package dev.fusejet.nip;

/** Which model gave the nip width and pressure profile, with the shape of its profile. */
public enum NipModel {
  /** Measured width (pressure film / toner strip); Hertz-shaped (elliptic) profile assumed. */
  MEASURED("measured width", ProfileShape.ELLIPTIC),
  /** Belt nip: the configured wrap length, uniform pressure assumed. */
  BELT("belt wrap length", ProfileShape.UNIFORM),
  /** Hertz line contact of two elastic cylinders (Johnson 1985, ch. 4). */
  HERTZ("Hertz line contact", ProfileShape.ELLIPTIC),
  /** Thin compressible bonded layer (Winkler foundation), parabolic profile. */
  THIN_LAYER_COMPRESSIBLE("thin compressible layer", ProfileShape.PARABOLIC),
  /** Thin incompressible bonded layer (squeeze-flow form), quartic profile. */
  THIN_LAYER_INCOMPRESSIBLE("thin incompressible layer", ProfileShape.QUARTIC);

  private final String label;
  private final ProfileShape shape;

  NipModel(String label, ProfileShape shape) {
    this.label = label;
    this.shape = shape;
  }

  /** Short name for reports. */
  public String label() {
    return label;
  }

  /** Shape of the pressure profile p(x)/p_peak over -a..a. */
  public ProfileShape shape() {
    return shape;
  }
}
