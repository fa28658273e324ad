package dev.fusejet.control;

import java.util.Locale;

/** Faults that can be injected into the simulated plant, with their command-line names. */
public enum PlantFault {
  /** The thermistor has come off the surface and reads the air around it. */
  THERMISTOR_DETACHED("detached"),
  /** The heater's circuit is open: no power whatever the command. */
  HEATER_OPEN("heater-open"),
  /** The sensor repeats its last reading. */
  SENSOR_STUCK("stuck"),
  /** The sensor is shorted: it reads the converter's high rail. */
  SENSOR_SHORTED("shorted"),
  /** The sensor delivers no new readings (bus hung). */
  SENSOR_SILENT("silent"),
  /** The control loop stops refreshing the heater output. */
  CONTROLLER_STALL("stall"),
  /** The supply voltage sags to {@link #SAG_FRACTION} of nominal. */
  SUPPLY_SAG("sag"),
  /**
   * The sensor reads {@link #READS_LOW_OFFSET} low but otherwise plausibly: a contact pad worn or
   * fouled with release oil and paper dust, a thermopile's window fogged. No guard sees it.
   */
  SENSOR_READS_LOW("reads-low");

  /**
   * How far a sensor that {@link #SENSOR_READS_LOW reads low} is off (K) [E: a thermistor lifted
   * off its film by fouling reads some kelvin to tens of kelvin low].
   */
  public static final double READS_LOW_OFFSET = 10;

  /** Supply voltage during a sag, relative to nominal (1): a deep brown-out, quarter power. */
  public static final double SAG_FRACTION = 0.5;

  private final String label;

  PlantFault(String label) {
    this.label = label;
  }

  /** The command-line name. */
  public String label() {
    return label;
  }

  /** The fault named {@code label}. */
  public static PlantFault fromLabel(String label) {
    String l = label.trim().toLowerCase(Locale.ROOT);
    for (PlantFault f : values()) {
      if (f.label.equals(l) || f.name().equalsIgnoreCase(l.replace('-', '_'))) {
        return f;
      }
    }
    throw new IllegalArgumentException(
        "no fault named '"
            + label
            + "': use detached, heater-open, stuck, shorted, silent, stall, sag or reads-low");
  }
}
