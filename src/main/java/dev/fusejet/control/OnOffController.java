package dev.fusejet.control;

/**
 * On/off with hysteresis (Klipper's {@code watermark}): full power below target − h, off above
 * target + h, unchanged in between.
 */
final class OnOffController implements Controller {
  private final double hysteresis;
  private boolean on;

  OnOffController(double hysteresis) {
    this.hysteresis = hysteresis;
  }

  @Override
  public double update(double time, double reading, double target, double load) {
    if (target <= 0) {
      on = false;
    } else if (reading < target - hysteresis) {
      on = true;
    } else if (reading > target + hysteresis) {
      on = false;
    }
    return on ? 1 : 0;
  }

  @Override
  public Controller copy() {
    OnOffController c = new OnOffController(hysteresis);
    c.on = on;
    return c;
  }

  @Override
  public String name() {
    return "onoff";
  }
}
