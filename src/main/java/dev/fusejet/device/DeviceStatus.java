package dev.fusejet.device;

import java.util.Collections;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Set;

/**
 * A device's state now.
 *
 * @param state idle, processing or stopped
 * @param reasons printer-state-reasons as PWG keywords with their severity suffix, e.g. {@code
 *     media-jam-error}, {@code marker-supply-low-warning}; empty when there is none (IPP says
 *     {@code none})
 * @param message printer-state-message: a sentence on the most severe reason, or empty
 * @param supplies the supplies and their levels
 * @param sheetsDelivered sheets delivered since the device started (1)
 */
public record DeviceStatus(
    DeviceState state,
    Set<String> reasons,
    String message,
    List<Supply> supplies,
    long sheetsDelivered) {

  /** Copies the collections, keeping the reasons' order. */
  public DeviceStatus {
    reasons = Collections.unmodifiableSet(new LinkedHashSet<>(reasons));
    supplies = List.copyOf(supplies);
  }

  /** True when some reason ends in {@code -error}. */
  public boolean hasError() {
    return reasons.stream().anyMatch(r -> r.endsWith("-error"));
  }
}
