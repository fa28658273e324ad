package dev.fusejet.twin.heat;

/** Called around each time step of {@link TimeStepper}; times in s. */
public interface StepListener {
  /** Before the step from {@code time} to {@code time + dt}: set sources, exchange mass. */
  default void beforeStep(double time, double dt) {}

  /** After the step that ended at {@code time} and lasted {@code dt}. */
  void afterStep(double time, double dt);

  /** A listener that does nothing. */
  static StepListener none() {
    return (time, dt) -> {};
  }
}
