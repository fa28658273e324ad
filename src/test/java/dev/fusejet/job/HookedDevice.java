package dev.fusejet.job;

import dev.fusejet.device.Device;
import dev.fusejet.device.DeviceCapabilities;
import dev.fusejet.device.DeviceListener;
import dev.fusejet.device.DeviceStatus;
import dev.fusejet.device.FaultInjector;
import dev.fusejet.device.JobOutput;
import dev.fusejet.device.JobStart;
import dev.fusejet.device.PageStart;
import dev.fusejet.device.SheetRecord;
import dev.fusejet.device.SimulatedDevice;
import dev.fusejet.media.Medium;
import dev.fusejet.raster.Band;
import dev.fusejet.raster.MediaSize;
import java.util.Optional;
import java.util.Set;
import java.util.function.Consumer;

/**
 * The simulated device with a hook run before each band reaches it, so a test can act (cancel,
 * inject a fault) at an exact point of a sheet. Everything else is the simulated device's own.
 */
final class HookedDevice implements Device {
  private final SimulatedDevice device;
  private volatile Consumer<Band> beforeBand = b -> {};

  HookedDevice(SimulatedDevice device) {
    this.device = device;
  }

  void beforeBand(Consumer<Band> hook) {
    this.beforeBand = hook;
  }

  SimulatedDevice simulated() {
    return device;
  }

  @Override
  public DeviceCapabilities capabilities() {
    return device.capabilities();
  }

  @Override
  public void startJob(JobStart job) {
    device.startJob(job);
  }

  @Override
  public void startPage(PageStart page) throws InterruptedException {
    device.startPage(page);
  }

  @Override
  public void band(Band band) throws InterruptedException {
    beforeBand.accept(band);
    device.band(band);
  }

  @Override
  public SheetRecord endPage() throws InterruptedException {
    return device.endPage();
  }

  @Override
  public JobOutput endJob(boolean canceled) throws InterruptedException {
    return device.endJob(canceled);
  }

  @Override
  public DeviceStatus status() {
    return device.status();
  }

  @Override
  public void identify(Set<String> actions, String message) {
    device.identify(actions, message);
  }

  @Override
  public void loadMedia(String source, Medium medium, MediaSize size, int sheets) {
    device.loadMedia(source, medium, size, sheets);
  }

  @Override
  public void replaceSupply(String name) {
    device.replaceSupply(name);
  }

  @Override
  public Optional<FaultInjector> faults() {
    return device.faults();
  }

  @Override
  public void addListener(DeviceListener listener) {
    device.addListener(listener);
  }

  @Override
  public void removeListener(DeviceListener listener) {
    device.removeListener(listener);
  }

  @Override
  public void close() {
    device.close();
  }
}
