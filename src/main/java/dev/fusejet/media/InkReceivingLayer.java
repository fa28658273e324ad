package dev.fusejet.media;

/**
 * The two-part ink-receiving layer on the resin-coated support.
 *
 * @param absorbing the solvent-absorbing layer (bottom)
 * @param surface the surface layer (top)
 * @param porosity void fraction of the whole ink-receiving layer (1)
 */
public record InkReceivingLayer(
    SolventAbsorbingLayer absorbing, SurfaceLayer surface, double porosity) {

  /** Total thickness (m). */
  public double thickness() {
    return absorbing.thickness() + surface.thickness();
  }

  /**
   * Open pore volume per area (m³/m²), porosity times thickness: the liquid the layer can hold. 1
   * µm of open pores per m² is 1 mL/m² (physics reference 5.2).
   */
  public double poreCapacity() {
    return porosity * thickness();
  }
}
