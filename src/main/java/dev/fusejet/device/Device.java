package dev.fusejet.device;

import dev.fusejet.media.Medium;
import dev.fusejet.raster.Band;
import dev.fusejet.raster.MediaSize;
import dev.fusejet.raster.PageInfo;
import java.util.List;
import java.util.Optional;
import java.util.Set;

/**
 * The boundary between jobs and a machine, like a printer application's driver callbacks. A job
 * drives it in this order, from one thread at a time:
 *
 * <pre>{@code
 * device.startJob(job);
 * for each sheet:
 *   device.startPage(page);            // feeds a sheet; the fuser is at page.setPoint()
 *   device.band(band) ...              // the page's bands, top down
 *   SheetRecord r = device.endPage();  // printed, fused, delivered: the sheet's record
 *   // or, where preparesAhead(): s = prepare(info, ...) and its bands on a page thread, then
 *   // SheetRecord r = device.printPrepared(page, s);
 * device.endJob(canceled);
 * }</pre>
 *
 * <p>Stops: while the device is {@linkplain DeviceState#STOPPED stopped} (a fault, an empty supply,
 * no media) the calls that need the machine wait until the cause is cleared, then carry on where
 * they were: nothing already accepted is lost. A waiting call ends with {@link
 * InterruptedException} when its thread is interrupted, which is how a job is canceled at the next
 * band. {@link #status()}, {@link #capabilities()}, the operator calls and the listeners may be
 * used from any thread.
 *
 * <p>The simulated apparatus ({@link SimulatedDevice}) is the one implementation; {@code
 * docs/device.md} says what a hardware back end implements.
 */
public interface Device extends AutoCloseable {

  /** What the device offers now (media loaded change it). */
  DeviceCapabilities capabilities();

  /**
   * A job begins: its outputs go to {@code job.folder()}.
   *
   * @throws IllegalStateException when a job is already open
   */
  void startJob(JobStart job);

  /**
   * Feeds a sheet from {@code page.source()} for {@code page.info()}, with the fuser at {@code
   * page.setPoint()}. Waits while the device is stopped (no media, cover open, jam, empty ink).
   *
   * @throws IllegalArgumentException when the source does not exist or the page does not fit
   * @throws IllegalStateException when no job is open or a page is already open
   */
  void startPage(PageStart page) throws InterruptedException;

  /**
   * The next band of the open page, top down. The device copies what it keeps before returning.
   * Waits while the device is stopped.
   */
  void band(Band band) throws InterruptedException;

  /**
   * The open page's last band has come: the sheet is printed, carried through the nip at the set
   * point, delivered, and its record returned (also written to the job's folder).
   */
  SheetRecord endPage() throws InterruptedException;

  /**
   * Whether this device makes head data ahead ({@link #prepare}); when it does, a job with pages
   * rasterised in parallel prepares each sheet on its page's thread and prints it with {@link
   * #printPrepared}, so the printing thread only feeds, fires and fuses. The default is false: the
   * bands are streamed through {@link #band}.
   */
  default boolean preparesAhead() {
    return false;
  }

  /**
   * A sheet's head data for {@code page} of the open job, to be made on any thread before its turn.
   *
   * @param shingle passes per row (1, 2 or 4)
   * @param bidirectional print both ways
   * @throws UnsupportedOperationException when {@link #preparesAhead} is false
   * @throws IllegalStateException when no job is open
   */
  default PreparedSheet prepare(PageInfo page, int shingle, boolean bidirectional) {
    throw new UnsupportedOperationException("this device streams bands");
  }

  /**
   * Feeds a sheet as {@link #startPage} does (waiting while stopped), then prints {@code sheet}
   * (finished), fuses and delivers it as {@link #endPage} does: one call in place of startPage, the
   * bands and endPage. A cover opened or a jam waits before the head prints.
   *
   * @param page the feed: source, set point; its shingle and direction are those {@code sheet} was
   *     prepared with
   * @throws IllegalArgumentException when {@code sheet} is not finished or not this device's
   */
  default SheetRecord printPrepared(PageStart page, PreparedSheet sheet)
      throws InterruptedException {
    throw new UnsupportedOperationException("this device streams bands");
  }

  /**
   * The job ends. A page still open (the job was canceled) is finished as printed so far, fused,
   * delivered and recorded with {@link SheetRecord#canceled()} true.
   *
   * @param canceled true when the job was canceled or aborted rather than completed
   * @return the job's outputs: every sheet record, ink used, files written
   */
  JobOutput endJob(boolean canceled) throws InterruptedException;

  /** State, state reasons and supplies now. */
  DeviceStatus status();

  /**
   * Identify-Printer: makes the device noticeable ({@code display}, {@code flash}, {@code sound},
   * {@code speak}); {@code identify-printer-requested} shows in the reasons until the next status
   * change after it.
   *
   * @param actions the IPP identify-actions asked for
   * @param message text to show, or null
   */
  void identify(Set<String> actions, String message);

  /**
   * Operator: loads {@code sheets} sheets of {@code medium} at {@code size} in {@code source}
   * (replacing what was there), clearing {@code media-empty} and {@code media-needed} there.
   *
   * @throws IllegalArgumentException naming the source or the count when they are wrong
   */
  void loadMedia(String source, Medium medium, MediaSize size, int sheets);

  /**
   * Operator: replaces the supply named {@code name} (an ink cartridge by its ink's name, or {@code
   * waste-ink} to empty the waste counter) with a full one.
   *
   * @throws IllegalArgumentException when there is no such supply
   */
  void replaceSupply(String name);

  /** The fault injection of a simulated device; empty for hardware. */
  default Optional<FaultInjector> faults() {
    return Optional.empty();
  }

  /** Calls {@code listener} on every status change and fault (on the thread that caused it). */
  void addListener(DeviceListener listener);

  /** Stops calling {@code listener}. */
  void removeListener(DeviceListener listener);

  /** The media sources with what is loaded (shortcut of {@code capabilities().sources()}). */
  default List<MediaSource> sources() {
    return capabilities().sources();
  }

  /**
   * The printer application is shutting down (any thread, before it interrupts the printing
   * thread): the sheet already on the paper path is finished and recorded as soon as the device
   * can, and a wait for the fuser's warm-up ends with {@link InterruptedException}. The simulated
   * apparatus paced in real time stops waiting out its paper path's time (the record is computed as
   * for any sheet; its delivery time is the moment of shutdown); hardware, whose sheet cannot go
   * faster, finishes it at its own pace, which is the default.
   */
  default void shutdownRequested() {}

  /** Releases the device; an open job is ended as canceled. */
  @Override
  void close();
}
