package dev.fusejet.apparatus;

import java.util.Locale;

/**
 * How the heater is driven and watched: the plant parameters the other sections do not carry, the
 * controller and its tuning, the guards and the readiness rule. The {@code heater-control} section
 * of an apparatus file (docs/media-format.md); a file without it gets {@link #defaults}.
 *
 * @param supplyVoltage nominal supply voltage at which {@code heater.power} is rated (V)
 * @param supply actual supply voltage (V); the heater's power goes with its square
 * @param heaterResponse time constant of the heater's power following its command (s); a halogen
 *     filament takes about 0.5-1 s
 * @param ambient air temperature around the fuser (°C)
 * @param convection convection coefficient of the heated surface to the air (W/(m²·K))
 * @param emissivity emissivity of the heated surface for radiation to the surroundings (1)
 * @param sensorNoise rms noise of a reading (K)
 * @param adcStep resolution of a reading after conversion (K)
 * @param sensorLow lowest temperature the sensor's converter can express (°C); a reading at or
 *     below is a rail (open circuit)
 * @param sensorHigh highest temperature the converter can express (°C); at or above is a rail
 *     (short circuit)
 * @param sensorAngle angle around the heated member from the nip's exit to the sensor, in the
 *     direction of rotation (rad): a point of the surface reaches the sensor {@code sensorAngle /
 *     (2π)} of a revolution after it left the nip, and the sensor reads the skin recovered for that
 *     long
 * @param controlPeriod period of the control loop: one reading, one output (s)
 * @param controller {@code pid}, {@code onoff} or {@code mpc}
 * @param pid PID tuning
 * @param hysteresis half-width of the on/off controller's band (K)
 * @param mpc the model of the predictive controller
 * @param safety the guards' thresholds
 * @param readyBand the fuser is ready when the reading is within this of the set point (K)
 * @param readyRate ... and changes by less than this (K/s)
 * @param maxFeedDelay longest time a sheet's feed may wait for the roller to recover (s)
 */
public record HeaterControl(
    double supplyVoltage,
    double supply,
    double heaterResponse,
    double ambient,
    double convection,
    double emissivity,
    double sensorNoise,
    double adcStep,
    double sensorLow,
    double sensorHigh,
    double sensorAngle,
    double controlPeriod,
    String controller,
    PidGains pid,
    double hysteresis,
    MpcModel mpc,
    SafetyLimits safety,
    double readyBand,
    double readyRate,
    double maxFeedDelay) {

  /** Controller names accepted in the file. */
  public static final java.util.List<String> CONTROLLERS = java.util.List.of("pid", "onoff", "mpc");

  /**
   * Default sensor position: on top of the heat roller, opposite the nip (π rad, 180°) [E: the main
   * thermistor of hot-roll fusers rides on the upper roller's free side, e.g. Lexmark's "upper
   * front of the fuser"; physics reference 7.1's service manuals place it on the roller away from
   * the nip].
   */
  public static final double DEFAULT_SENSOR_ANGLE = Math.PI;

  /** Normalises the controller name. */
  public HeaterControl {
    controller = controller == null ? "pid" : controller.trim().toLowerCase(Locale.ROOT);
  }

  /**
   * Defaults for an apparatus without the section: mains 230 V, halogen 0.7 s, still air 25 °C and
   * 10 W/(m²·K) [E, physics 7.2], NTC noise 0.15 K and 0.1 K steps [E, 12-bit converter], rails
   * -20/300 °C, the sensor opposite the nip (180°, see {@link #DEFAULT_SENSOR_ANGLE}), Klipper's
   * 0.3 s sample period, generic PID (band 20 K, Ti 60 s, Td 2 s), on/off ± 2 K (Klipper watermark
   * max_delta), the MPC model's heat capacity from the wall's geometry with 1.5 W/K, 3 s lag and 6
   * s horizon until autotuned, Klipper/Marlin guard defaults, Klipper's readiness (1 K, 0.1 K/s)
   * and a 30 s feed delay.
   */
  public static HeaterControl defaults(Apparatus a) {
    double maxTarget = a.limits() != null ? a.limits().maxTemperature() : 200;
    double power = a.heater() != null ? a.heater().power() : 1000;
    double capacity = power * 0.2;
    if (a.heatRoller() != null) {
      // the wall's heat capacity [E: aluminium 2.44 MJ/(m³·K), silicone and films 1.6]
      var r = a.heatRoller();
      double film = r.elasticThickness() + r.surfaceThickness();
      if (a.belt() != null) {
        film += a.belt().thickness();
      }
      capacity = 2 * Math.PI * r.radius() * r.length() * (r.coreWall() * 2.44e6 + film * 1.6e6);
    }
    return new HeaterControl(
        230,
        230,
        0.7,
        25,
        10,
        0.9,
        0.15,
        0.1,
        -20,
        300,
        DEFAULT_SENSOR_ANGLE,
        0.3,
        "pid",
        new PidGains(20, 60, 2),
        2,
        new MpcModel(capacity, 1.5, 3, 6, 0.5),
        SafetyLimits.defaults(maxTarget),
        1,
        0.1,
        30);
  }
}
