package dev.fusejet.device;

import dev.fusejet.apparatus.Apparatus;
import dev.fusejet.head.HeadModel;
import dev.fusejet.ink.InkSet;
import dev.fusejet.raster.MediaSize;
import java.util.List;

/**
 * What a device offers.
 *
 * @param makeAndModel the device's make and model, e.g. {@code fusejet simulated photo printer}
 * @param sources media sources, each with what is loaded
 * @param sizes sheet sizes the paper path takes
 * @param margin smallest margin on each side when not borderless (m)
 * @param borderless whether it prints to the sheet's edges
 * @param resolutions resolutions it prints at (dpi, x by y)
 * @param inks the ink set loaded
 * @param head the recording head (its nozzle rows, drop sizes and firing rate)
 * @param apparatus the heating and pressing device after the head
 */
public record DeviceCapabilities(
    String makeAndModel,
    List<MediaSource> sources,
    List<MediaSize> sizes,
    double margin,
    boolean borderless,
    List<Resolution> resolutions,
    InkSet inks,
    HeadModel head,
    Apparatus apparatus) {

  /** Copies the lists. */
  public DeviceCapabilities {
    sources = List.copyOf(sources);
    sizes = List.copyOf(sizes);
    resolutions = List.copyOf(resolutions);
  }

  /** The source named {@code name}, case-insensitive. */
  public java.util.Optional<MediaSource> source(String name) {
    return sources.stream().filter(s -> s.name().equalsIgnoreCase(name)).findFirst();
  }
}
