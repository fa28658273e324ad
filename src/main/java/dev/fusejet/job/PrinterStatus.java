package dev.fusejet.job;

import dev.fusejet.device.DeviceState;
import dev.fusejet.device.Supply;
import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * The printer as IPP shows it: the device's state combined with the queue's.
 *
 * @param state printer-state: stopped when the device is stopped or the printer is paused,
 *     processing while a job prints, else idle
 * @param reasons printer-state-reasons: the device's, plus {@code moving-to-paused} or {@code
 *     paused} when paused; empty for IPP's {@code none}
 * @param message printer-state-message
 * @param supplies supplies and their levels
 * @param paused true after Pause-Printer until Resume-Printer
 * @param queued jobs not yet terminal (queued-job-count) (1)
 * @param printing the id of the job printing now, or 0
 */
public record PrinterStatus(
    DeviceState state,
    Set<String> reasons,
    String message,
    List<Supply> supplies,
    boolean paused,
    int queued,
    int printing) {

  /** Copies the collections, keeping the reasons' order. */
  public PrinterStatus {
    reasons = Collections.unmodifiableSet(new LinkedHashSet<>(reasons));
    supplies = List.copyOf(supplies);
  }
}
