package dev.fusejet.control;

/**
 * One control period, for plots and CSV.
 *
 * @param time simulated time (s)
 * @param target set point (°C)
 * @param reading sensor reading (°C), NaN when none arrived
 * @param surface true surface temperature (°C)
 * @param power heater power (W)
 * @param duty commanded output (0..1)
 * @param sheetInNip whether a sheet is in the nip
 * @param pressureRoller pressure-roller temperature (°C)
 */
public record Sample(
    double time,
    double target,
    double reading,
    double surface,
    double power,
    double duty,
    boolean sheetInNip,
    double pressureRoller) {}
