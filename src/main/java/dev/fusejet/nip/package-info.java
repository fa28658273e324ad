/**
 * Nip mechanics of the heating and pressing device: contact half-width and pressure profile of the
 * heat roller against the pressure roller from the line load and roller covers (Hertz line contact,
 * thin bonded elastomer layer in its compressible and incompressible forms), the measured nip width
 * that overrides every model, the belt's wrap length for belt nips, rubber modulus from Shore A
 * hardness (Gent), the dwell time in the nip, and the thermal contact conductance of the pressed
 * surfaces from pressure and roughness (elastic asperities plus rarefied-air gap).
 *
 * <p>Pure functions of SI doubles (lengths in m, pressures in Pa, line loads in N/m, speeds in
 * m/s). Equations and sources: docs/twin.md, section "Nip mechanics", and the physics reference,
 * section 2.
 */
package dev.fusejet.nip;
