package dev.fusejet.ink;

/**
 * The organic co-solvent of an ink (humectant), effectively non-volatile on the nip time scale.
 *
 * @param name chemical name, e.g. {@code glycerol}
 * @param boilingPoint normal boiling point (°C); glycerol 290 °C, 2-pyrrolidone ~245 °C, ethylene
 *     glycol 197 °C (Demirel 2012, App. A)
 */
public record CoSolvent(String name, double boilingPoint) {}
