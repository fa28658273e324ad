package dev.fusejet.ink;

import java.util.List;
import java.util.Optional;

/**
 * The inks loaded in the printer and the drop sizes of the head, smallest first. With three drop
 * sizes each pixel takes 2 bits per ink (none, small, medium, large).
 *
 * @param name identifier
 * @param description one line for people
 * @param inks the inks, in head order
 * @param dropSizes drop sizes, smallest first
 * @param overprints colours of solids of two or more inks on top of each other (the printed-sheet
 *     model's Neugebauer primaries beyond the single inks); combinations not listed are derived
 *     from the single inks
 */
public record InkSet(
    String name,
    String description,
    List<Ink> inks,
    List<DropSize> dropSizes,
    List<Overprint> overprints) {

  /** Copies the lists. */
  public InkSet {
    inks = List.copyOf(inks);
    dropSizes = List.copyOf(dropSizes);
    overprints = List.copyOf(overprints);
  }

  /** An ink set with the typical overprints of its channels ({@link Overprint#typical}). */
  public InkSet(String name, String description, List<Ink> inks, List<DropSize> dropSizes) {
    this(name, description, inks, dropSizes, Overprint.typical(inks));
  }

  /** The ink with this channel name, if present. */
  public Optional<Ink> ink(String channel) {
    return inks.stream().filter(i -> i.name().equals(channel)).findFirst();
  }

  /** The largest drop volume (m³). */
  public double largestDrop() {
    return dropSizes.stream().mapToDouble(DropSize::volume).max().orElse(0);
  }
}
