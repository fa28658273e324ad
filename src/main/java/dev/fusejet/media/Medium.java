package dev.fusejet.media;

/**
 * An image receiving medium.
 *
 * @param name short identifier used on the command line and in IPP ({@code media-type})
 * @param description one line for people
 * @param support the resin-coated paper support
 * @param receiving the ink-receiving layer
 * @param optics paper white, optical dot gain and dot spread, for the printed-sheet model
 */
public record Medium(
    String name, String description, Support support, InkReceivingLayer receiving, Optics optics) {

  /** A medium with the optics of a glossy photo medium ({@link Optics#GLOSSY}). */
  public Medium(String name, String description, Support support, InkReceivingLayer receiving) {
    this(name, description, support, receiving, Optics.GLOSSY);
  }

  /** Glass transition of the surface layer's resin particles (°C). */
  public double glassTransition() {
    return receiving.surface().resin().glassTransition();
  }

  /** Melting temperature T_M of the image-side resin layer (°C). */
  public double meltingTemperature() {
    return support.faceResin().meltingTemperature();
  }

  /** Total thickness of the sheet (m). */
  public double thickness() {
    return support.thickness() + receiving.thickness();
  }

  /** Depth from the top surface to the image-side resin layer (m). */
  public double depthToResinLayer() {
    return receiving.thickness();
  }
}
