package dev.fusejet.units;

/** Multiplicative factors from common units to SI, for constants written in code. */
public final class Units {
  /** One millimetre (m). */
  public static final double MILLIMETRE = 1e-3;

  /** One micrometre (m). */
  public static final double MICROMETRE = 1e-6;

  /** One nanometre (m). */
  public static final double NANOMETRE = 1e-9;

  /** One megapascal (Pa). */
  public static final double MEGAPASCAL = 1e6;

  /** One picolitre (m³). */
  public static final double PICOLITRE = 1e-15;

  /** One millisecond (s). */
  public static final double MILLISECOND = 1e-3;

  /** One inch (m), exact by definition. */
  public static final double INCH = 0.0254;

  /** Offset between kelvin and degrees Celsius (K). */
  public static final double ZERO_CELSIUS_IN_KELVIN = 273.15;

  private Units() {}
}
