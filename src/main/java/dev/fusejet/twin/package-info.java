/**
 * The thermal digital twin of the heated nip: what one point of a sheet experiences when it passes
 * the heating and pressing device. It builds the through-thickness stack from a {@code Medium} and
 * an {@code Apparatus} (roller or belt skin, contact conductances, surface layer, solvent-absorbing
 * layer holding the ink liquid, image-side resin layer that melts, paper, back resin layer,
 * pressure-roller rubber), runs the heat-conduction engine of {@code dev.fusejet.twin.heat} through
 * the pre-nip air, the nip and the post-nip air, and evaluates sintering of the resin particles
 * (WLF, Frenkel, pressure-assisted Mackenzie-Shuttleworth), specular gloss (ISO 2813 units), ink
 * water evaporation and blister risk, and the energy taken from the roller. It also owns its named,
 * range-checked parameters ({@code TwinParameter}, {@code TwinSettings}) and traces its own fused,
 * high-gloss and melt-onset boundaries against the design's claimed conditions ({@code
 * TwinContours}, thresholds from {@code dev.fusejet.fuser.FusingMode}).
 *
 * <p>A pure function of its inputs: no clock, no files. SI units throughout (m, s, Pa, W, J, °C for
 * temperatures, K for differences). Models, parameters and sources: docs/twin.md. The liquid input
 * is a volume per area (m³/m²) or a coverage: this package does not know the raster pipeline.
 */
package dev.fusejet.twin;
