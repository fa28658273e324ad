package dev.fusejet.colour;

/**
 * What the head fired, as the printed-sheet model reads it: the drop level (0 none, 1 small, 2
 * medium, 3 large) of each ink at each pixel. Pixels outside the sheet read as 0.
 */
@FunctionalInterface
public interface Levels {
  /** Drop level (0..3) of ink {@code ink} at pixel column {@code x}, row {@code y}. */
  int level(int ink, int x, int y);
}
