package dev.fusejet.ink;

/**
 * One pigment ink of the set.
 *
 * @param name channel name, e.g. {@code cyan}
 * @param colourant pigment colour index name, e.g. {@code PB15:3}
 * @param pigmentFraction mass fraction of pigment (1)
 * @param waterFraction mass fraction of water (1)
 * @param coSolventFraction mass fraction of organic co-solvent (1)
 * @param otherFraction mass fraction of everything else: dispersant resin, surfactant (1)
 * @param coSolvent the co-solvent
 * @param density ink density (kg/m³)
 * @param solid CIELAB (D50) of a solid of this ink on the reference medium, the printed-sheet
 *     model's primary; null when unknown
 */
public record Ink(
    String name,
    String colourant,
    double pigmentFraction,
    double waterFraction,
    double coSolventFraction,
    double otherFraction,
    CoSolvent coSolvent,
    double density,
    SolidColour solid) {

  /** An ink with the typical solid colour of its channel ({@link SolidColour#typical}). */
  public Ink(
      String name,
      String colourant,
      double pigmentFraction,
      double waterFraction,
      double coSolventFraction,
      double otherFraction,
      CoSolvent coSolvent,
      double density) {
    this(
        name,
        colourant,
        pigmentFraction,
        waterFraction,
        coSolventFraction,
        otherFraction,
        coSolvent,
        density,
        SolidColour.typical(name));
  }

  /** Sum of the four mass fractions (1); must be 1 for a valid ink. */
  public double fractionSum() {
    return pigmentFraction + waterFraction + coSolventFraction + otherFraction;
  }

  /** Water volume carried per volume of ink (1), taking water density 997 kg/m³ at 25 °C. */
  public double waterVolumeFraction() {
    return waterFraction * density / 997.0;
  }
}
