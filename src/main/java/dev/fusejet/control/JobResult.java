package dev.fusejet.control;

import java.util.List;
import java.util.Optional;

/**
 * What a simulated job did.
 *
 * @param records the fusing record of every sheet that went through
 * @param samples one sample per control period, if kept
 * @param stopReason why the job stopped early, empty if it completed
 * @param warmUpTime time from the set point to ready (s), NaN if never ready
 * @param fault the latched fault at the end, if any
 * @param heaterEnergy heater energy over the job (J)
 * @param duration simulated duration from set point to the last sheet's exit (s)
 * @param entries feed times of the sheets (s)
 * @param injected injection times of the faults (s)
 */
public record JobResult(
    List<SheetRecord> records,
    List<Sample> samples,
    String stopReason,
    double warmUpTime,
    Optional<Fault> fault,
    double heaterEnergy,
    double duration,
    List<Double> entries,
    List<Job.ScheduledFault> injected) {

  /** Copies. */
  public JobResult {
    records = List.copyOf(records);
    samples = List.copyOf(samples);
    entries = List.copyOf(entries);
    injected = List.copyOf(injected);
  }

  /** Sheets recorded compliant. */
  public long compliant() {
    return records.stream().filter(SheetRecord::compliant).count();
  }

  /** Worst (smallest) heat margin over the sheets (°C·s). */
  public double worstHeatMargin() {
    return records.stream().mapToDouble(SheetRecord::heatMargin).min().orElse(Double.NaN);
  }

  /** Worst melt margin (°C·s). */
  public double worstMeltMargin() {
    return records.stream().mapToDouble(SheetRecord::meltMargin).min().orElse(Double.NaN);
  }

  /** Largest droop of a sheet (K). */
  public double maxDroop() {
    return records.stream().mapToDouble(SheetRecord::droop).max().orElse(Double.NaN);
  }

  /** Mean droop (K). */
  public double meanDroop() {
    return records.stream().mapToDouble(SheetRecord::droop).average().orElse(Double.NaN);
  }

  /** Sheets whose feed was delayed or slowed. */
  public long adjusted() {
    return records.stream().filter(r -> !r.action().equals("fed")).count();
  }
}
