package dev.fusejet.device;

import java.nio.file.Path;
import java.util.Collections;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;

/**
 * What a device made of a job.
 *
 * @param job the job's id
 * @param sheets the records of every sheet delivered, in order
 * @param inkUsed ink fired per ink over the job (m³)
 * @param files files written to the job's folder (records, ink use, previews, head data)
 */
public record JobOutput(
    int job, List<SheetRecord> sheets, Map<String, Double> inkUsed, List<Path> files) {

  /** Copies the collections. */
  public JobOutput {
    sheets = List.copyOf(sheets);
    inkUsed = Collections.unmodifiableMap(new LinkedHashMap<>(inkUsed));
    files = List.copyOf(files);
  }
}
