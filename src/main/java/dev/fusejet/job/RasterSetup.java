package dev.fusejet.job;

import dev.fusejet.colour.OutputProfile.Intent;
import dev.fusejet.halftone.Halftoner;
import dev.fusejet.halftone.ToneLevels;
import dev.fusejet.head.HeadModel;
import dev.fusejet.ink.InkSet;
import dev.fusejet.media.Medium;
import dev.fusejet.raster.RasterOptions;
import dev.fusejet.raster.RasterPipeline;
import dev.fusejet.raster.colour.PrinterProfiles;
import dev.fusejet.raster.colour.Separation;
import java.awt.color.ICC_Profile;
import java.util.function.Function;

/** Builds the raster pipeline for an ink set, a medium and a screen (the head's drop sizes). */
public final class RasterSetup {
  private RasterSetup() {}

  /** The colour separation for {@code inks} on {@code medium} at the options' resolution. */
  public static Separation separation(InkSet inks, Medium medium, RasterOptions options) {
    return Separation.build(inks, medium, options.xDpi(), options.yDpi(), options.colourMode());
  }

  /**
   * The separation of a job: through the output profile of {@code inks} on {@code medium} at {@code
   * quality} (the user's, else the built-in one; unmanaged when there is none), from sRGB, under
   * the ticket's print-rendering-intent. Built once per combination and shared.
   *
   * @param renderingIntent print-rendering-intent keyword (auto or perceptual, relative or
   *     relative-colorimetric, relative-bpc)
   */
  public static Separation separation(
      InkSet inks,
      Medium medium,
      RasterOptions options,
      String quality,
      String renderingIntent,
      PrinterProfiles profiles) {
    return profiles.separation(
        inks,
        medium,
        quality,
        options.xDpi(),
        options.yDpi(),
        options.colourMode(),
        Intent.ofKeyword(renderingIntent),
        null);
  }

  /**
   * Separations of documents that embed an RGB source profile: the same profile, intent and
   * resolution as {@code separation(inks, medium, options, quality, intent, profiles)}, from that
   * profile.
   */
  public static Function<ICC_Profile, Separation> bySource(
      InkSet inks,
      Medium medium,
      RasterOptions options,
      String quality,
      String renderingIntent,
      PrinterProfiles profiles) {
    Intent intent = Intent.ofKeyword(renderingIntent);
    return source ->
        profiles.separation(
            inks,
            medium,
            quality,
            options.xDpi(),
            options.yDpi(),
            options.colourMode(),
            intent,
            source);
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
