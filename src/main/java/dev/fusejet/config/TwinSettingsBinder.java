package dev.fusejet.config;

import dev.fusejet.twin.TwinParameter;
import dev.fusejet.twin.TwinSettings;

/**
 * Binds a twin-settings file to {@link TwinSettings}: a mapping of {@link TwinParameter} keys
 * ({@code front-contact: 20000}, {@code wlf-c1: 13.7}, ...) to plain numbers in each parameter's SI
 * unit (docs/twin.md lists keys, units and ranges); keys not given keep their defaults. A value
 * outside its physical range is refused naming the file, the key, the value, the range and its
 * source.
 */
final class TwinSettingsBinder {
  private TwinSettingsBinder() {}

  static TwinSettings bind(Node n) {
    TwinSettings s = TwinSettings.defaults();
    for (TwinParameter p : TwinParameter.values()) {
      if (!n.has(p.key())) {
        n.text(p.key(), "");
        continue;
      }
      String raw = n.text(p.key());
      double v;
      try {
        v = Double.parseDouble(raw.trim());
      } catch (NumberFormatException e) {
        throw n.error(p.key(), "'" + raw + "' is not a number (give it in " + p.unit() + ")");
      }
      try {
        s = s.with(p, v);
      } catch (IllegalArgumentException e) {
        throw n.error(p.key(), e.getMessage());
      }
    }
    n.finish();
    return s;
  }
}
