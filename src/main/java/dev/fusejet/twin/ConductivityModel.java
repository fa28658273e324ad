package dev.fusejet.twin;

/** Effective conductivity of a mixture of phases. */
interface ConductivityModel {
  /**
   * Effective conductivity (W/(m·K)) of phases with volume fractions {@code fractions} (1, summing
   * to 1) and conductivities {@code conductivities} (W/(m·K)).
   */
  double conductivity(double[] fractions, double[] conductivities);
}
