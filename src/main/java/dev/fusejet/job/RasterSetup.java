package dev.fusejet.job;

import dev.fusejet.halftone.Halftoner;
import dev.fusejet.halftone.ToneLevels;
import dev.fusejet.head.HeadModel;
import dev.fusejet.ink.InkSet;
import dev.fusejet.media.Medium;
import dev.fusejet.raster.RasterOptions;
import dev.fusejet.raster.RasterPipeline;
import dev.fusejet.raster.colour.Separation;

/** Builds the raster pipeline for an ink set, a medium and a screen (the head's drop sizes). */
public final class RasterSetup {
  private RasterSetup() {}

  /** The colour separation for {@code inks} on {@code medium} at the options' resolution. */
  public static Separation separation(InkSet inks, Medium medium, RasterOptions options) {
    return Separation.build(inks, medium, options.xDpi(), options.yDpi(), options.colourMode());
  }

  /** A pipeline for this ink set, medium, screen and options. */
  public static RasterPipeline pipeline(
      InkSet inks, Medium medium, Halftoner screen, RasterOptions options) {
    return pipeline(inks, separation(inks, medium, options), screen, options);
  }

  /** A pipeline sharing an already built separation (read-only, so pipelines may share it). */
  public static RasterPipeline pipeline(
      InkSet inks, Separation separation, Halftoner screen, RasterOptions options) {
    HeadModel head = HeadModel.of(inks);
    ToneLevels levels =
        ToneLevels.ofDropVolumes(head.smallDrop(), head.mediumDrop(), head.largeDrop());
    return new RasterPipeline(separation, screen, levels, options);
  }
}
