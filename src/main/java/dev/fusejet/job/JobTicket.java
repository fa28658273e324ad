package dev.fusejet.job;

import dev.fusejet.fuser.FusingMode;
import dev.fusejet.raster.MediaSize;
import java.util.Objects;

/**
 * What a job asks for: its Job Template and description attributes. Null fields mean "the printer's
 * default". Keywords are IPP's, so the ticket journals as text and reads back the same.
 *
 * @param name job-name
 * @param user requesting-user-name
 * @param copies copies (1..999), collated
 * @param pages page-ranges as text, e.g. {@code 1-3,5}, or null for all
 * @param source media-source keyword, or null for any source loaded with {@code medium}
 * @param medium name of the medium asked for, or null for whatever {@code source} has loaded
 * @param size the sheet size asked for (IPP media, media-col's media-size), or null for the size
 *     the chosen source holds; matched within {@link MediaMatch#TOLERANCE}
 * @param fusing fusing mode, or null: high gloss when {@code quality} is {@code high} and the
 *     medium allows it there, else standard
 * @param quality print-quality: {@code draft}, {@code normal} or {@code high}
 * @param content print-content-optimize: {@code auto}, {@code photo}, {@code graphic}, {@code
 *     text}, {@code text-and-graphic}
 * @param resolution printer-resolution as {@code 720} or {@code 1440x720} dpi, or null: from the
 *     quality
 * @param scaling print-scaling keyword
 * @param orientation orientation-requested keyword
 * @param colourMode print-color-mode keyword
 * @param borderless print to the sheet's edges (margins 0)
 * @param holdUntil job-hold-until
 * @param priority job-priority, 1 (lowest) .. 100 (highest), default 50
 * @param keepHeadData keep each sheet's head data in the job's folder (large)
 * @param renderingIntent print-rendering-intent: {@code auto} or {@code perceptual} (the default),
 *     {@code relative} or {@code relative-bpc} (IPP's keywords), or fusejet's {@code
 *     relative-colorimetric} (the same as {@code relative})
 */
public record JobTicket(
    String name,
    String user,
    int copies,
    String pages,
    String source,
    String medium,
    MediaSize size,
    FusingMode fusing,
    String quality,
    String content,
    String resolution,
    String scaling,
    String orientation,
    String colourMode,
    boolean borderless,
    HoldUntil holdUntil,
    int priority,
    boolean keepHeadData,
    String renderingIntent) {

  /** Highest copies accepted. */
  public static final int MAX_COPIES = 999;

  /** Default job-priority. */
  public static final int DEFAULT_PRIORITY = 50;

  /**
   * Checks the ranges (copies, priority); the keywords are checked when the job is submitted.
   *
   * @throws IllegalArgumentException naming the attribute, its value and the limit
   */
  public JobTicket {
    Objects.requireNonNull(name, "job-name");
    Objects.requireNonNull(user, "requesting-user-name");
    if (copies < 1 || copies > MAX_COPIES) {
      throw new IllegalArgumentException(
          "copies " + copies + " is outside 1.." + MAX_COPIES + ": ask for fewer copies");
    }
    if (priority < 1 || priority > 100) {
      throw new IllegalArgumentException("job-priority " + priority + " is outside 1..100");
    }
    quality = quality == null ? "normal" : quality;
    content = content == null ? "auto" : content;
    scaling = scaling == null ? "auto" : scaling;
    orientation = orientation == null ? "auto" : orientation;
    colourMode = colourMode == null ? "color" : colourMode;
    holdUntil = holdUntil == null ? HoldUntil.NO_HOLD : holdUntil;
    renderingIntent = renderingIntent == null ? "perceptual" : renderingIntent;
  }

  /** A ticket with every default: one copy, all pages, any source, normal quality, no hold. */
  public static JobTicket of(String name, String user) {
    return new JobTicket(
        name,
        user,
        1,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        null,
        false,
        HoldUntil.NO_HOLD,
        DEFAULT_PRIORITY,
        false,
        null);
  }

  /** A copy with {@code n} copies and page ranges {@code ranges} (null for all). */
  public JobTicket withCopies(int n, String ranges) {
    return new JobTicket(
        name,
        user,
        n,
        ranges,
        source,
        medium,
        size,
        fusing,
        quality,
        content,
        resolution,
        scaling,
        orientation,
        colourMode,
        borderless,
        holdUntil,
        priority,
        keepHeadData,
        renderingIntent);
  }

  /** A copy asking for {@code src} and {@code med} (either may be null). */
  public JobTicket withMedia(String src, String med) {
    return new JobTicket(
        name,
        user,
        copies,
        pages,
        src,
        med,
        size,
        fusing,
        quality,
        content,
        resolution,
        scaling,
        orientation,
        colourMode,
        borderless,
        holdUntil,
        priority,
        keepHeadData,
        renderingIntent);
  }

  /** A copy with fusing mode {@code mode} (null: by quality). */
  public JobTicket withFusing(FusingMode mode) {
    return new JobTicket(
        name,
        user,
        copies,
        pages,
        source,
        medium,
        size,
        mode,
        quality,
        content,
        resolution,
        scaling,
        orientation,
        colourMode,
        borderless,
        holdUntil,
        priority,
        keepHeadData,
        renderingIntent);
  }

  /** A copy with print-quality {@code q}, print-content-optimize {@code c} and resolution. */
  public JobTicket withQuality(String q, String c, String res) {
    return new JobTicket(
        name,
        user,
        copies,
        pages,
        source,
        medium,
        size,
        fusing,
        q,
        c,
        res,
        scaling,
        orientation,
        colourMode,
        borderless,
        holdUntil,
        priority,
        keepHeadData,
        renderingIntent);
  }

  /** A copy with the layout keywords and borderless. */
  public JobTicket withLayout(String scale, String orient, String colour, boolean edges) {
    return new JobTicket(
        name,
        user,
        copies,
        pages,
        source,
        medium,
        size,
        fusing,
        quality,
        content,
        resolution,
        scale,
        orient,
        colour,
        edges,
        holdUntil,
        priority,
        keepHeadData,
        renderingIntent);
  }

  /** A copy with job-hold-until {@code hold} and job-priority {@code p}. */
  public JobTicket withScheduling(HoldUntil hold, int p) {
    return new JobTicket(
        name,
        user,
        copies,
        pages,
        source,
        medium,
        size,
        fusing,
        quality,
        content,
        resolution,
        scaling,
        orientation,
        colourMode,
        borderless,
        hold,
        p,
        keepHeadData,
        renderingIntent);
  }

  /** A copy that keeps (or not) the head data. */
  public JobTicket withKeepHeadData(boolean keep) {
    return new JobTicket(
        name,
        user,
        copies,
        pages,
        source,
        medium,
        size,
        fusing,
        quality,
        content,
        resolution,
        scaling,
        orientation,
        colourMode,
        borderless,
        holdUntil,
        priority,
        keep,
        renderingIntent);
  }

  /** A copy with print-rendering-intent {@code intent} (null: perceptual). */
  public JobTicket withRenderingIntent(String intent) {
    return new JobTicket(
        name,
        user,
        copies,
        pages,
        source,
        medium,
        size,
        fusing,
        quality,
        content,
        resolution,
        scaling,
        orientation,
        colourMode,
        borderless,
        holdUntil,
        priority,
        keepHeadData,
        intent);
  }

  /** A copy asking for sheets of {@code sheet} (null: the size the chosen source holds). */
  public JobTicket withSize(MediaSize sheet) {
    return new JobTicket(
        name,
        user,
        copies,
        pages,
        source,
        medium,
        sheet,
        fusing,
        quality,
        content,
        resolution,
        scaling,
        orientation,
        colourMode,
        borderless,
        holdUntil,
        priority,
        keepHeadData,
        renderingIntent);
  }
}
