/**
 * The fuser's process window: the claimed fusing conditions {@code (T - Tg) t > G} and {@code (T -
 * T_M) t < M} for the standard and high-gloss modes, their analytic feasibility conditions, and the
 * planner that picks a robust operating point (surface temperature, process speed) within the
 * apparatus limits, or explains in numbers why none exists.
 *
 * <p>Temperatures in °C, temperature bands in K, dwell in s, speeds in m/s, nip widths in m,
 * expression values in °C·s. Later phases add heater control and per-sheet compliance here.
 */
package dev.fusejet.fuser;
