package dev.fusejet.media;

import java.util.Optional;

/**
 * The support: paper with a resin layer on the image side and optionally one on the back.
 *
 * @param paper the paper core
 * @param faceResin resin layer on the image side (under the ink-receiving layer)
 * @param backResin resin layer on the back side, or null when the back is bare paper
 */
public record Support(PaperBase paper, ResinLayer faceResin, ResinLayer backResin) {

  /** The back resin layer, if any. */
  public Optional<ResinLayer> back() {
    return Optional.ofNullable(backResin);
  }

  /** Total thickness of the support (m). */
  public double thickness() {
    return paper.thickness()
        + faceResin.thickness()
        + (backResin == null ? 0 : backResin.thickness());
  }
}
