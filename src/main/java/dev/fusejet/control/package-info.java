/**
 * Heater control of the fusing nip: the plant (heat-roller or belt core heated by a lamp, its skin
 * coupled to the thermal twin, losses, pressure roller, thermistor), the controllers (PID, on/off,
 * model-predictive), relay autotune and model identification, warm-up readiness, six latched safety
 * guards, and closed-loop window compliance that predicts, acts on and records every sheet.
 * Simulated time only: callers advance it with {@link dev.fusejet.control.Fuser#advance}; nothing
 * here sleeps or reads a clock. docs/fuser.md describes the models and defaults.
 */
package dev.fusejet.control;
