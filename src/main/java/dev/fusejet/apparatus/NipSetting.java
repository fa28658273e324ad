package dev.fusejet.apparatus;

import java.util.OptionalDouble;

/**
 * How the nip is loaded and what is known of it.
 *
 * @param lineLoad load per unit roller length (N/m)
 * @param measuredWidth nip width measured with pressure film or a toner strip (m), if known; it
 *     overrides every model
 * @param widthTolerance relative uncertainty of the nip width (1), e.g. 0.05
 */
public record NipSetting(double lineLoad, OptionalDouble measuredWidth, double widthTolerance) {}
