package dev.fusejet.media;

/**
 * Polymer of the non-solvent-permeable resin layer on the paper support.
 *
 * <p>Typical DSC melting peaks are from the NETZSCH polymer database (LDPE ~112 °C, LLDPE ~124 °C,
 * HDPE ~133 °C) and Modern Plastics Encyclopedia '99 for PP (160-175 °C); see docs/media-format.md.
 * They are shown to users as a plausibility hint; the medium's own melting temperature is always
 * what the physics uses.
 */
public enum PolymerFamily {
  /** Low-density polyethylene, the usual photo-base extrusion coating. */
  LDPE(true, 112.0),
  /** Linear low-density polyethylene. */
  LLDPE(true, 124.0),
  /** High-density polyethylene. */
  HDPE(true, 133.0),
  /** Polypropylene. */
  PP(true, 165.0),
  /** Polyethylene terephthalate: not a polyolefin, outside the design. */
  PET(false, 255.0),
  /** Any other polymer: outside the design, which asks for a polyolefin. */
  OTHER(false, Double.NaN);

  private final boolean polyolefin;
  private final double typicalMeltingPoint;

  PolymerFamily(boolean polyolefin, double typicalMeltingPoint) {
    this.polyolefin = polyolefin;
    this.typicalMeltingPoint = typicalMeltingPoint;
  }

  /** Whether the family is a polyolefin, as the design requires. */
  public boolean isPolyolefin() {
    return polyolefin;
  }

  /** Typical melting peak of the family (°C), NaN when unknown. */
  public double typicalMeltingPoint() {
    return typicalMeltingPoint;
  }
}
