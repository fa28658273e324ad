package dev.fusejet.ipp;

import com.hp.jipp.encoding.Attribute;
import dev.fusejet.device.DeviceCapabilities;
import java.time.Instant;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.HashMap;
import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;

/**
 * The printer attributes that follow from the device's capabilities, the settings and the URI the
 * client used ({@link PrinterDescription#fixed}), built once for each such combination with every
 * attribute's encoding, so Get-Printer-Attributes copies bytes instead of building and encoding
 * them again. A value holds while {@link #holdsFor} is true: the device hands out a new {@link
 * dev.fusejet.device.MediaSource} for every change of a source (media loaded, a sheet fed), so
 * comparing the sources by identity sees each change; the rest of the capabilities are the device's
 * fixed parts, also compared by identity.
 */
final class FixedAttributes {
  final DeviceCapabilities device;
  final Capabilities caps;
  private final String host;
  private final int port;
  private final boolean secure;
  private final Instant config;

  /** The attributes in their reporting order. */
  final Map<String, Attribute<?>> attributes;

  /** Each attribute's bytes (Encoding#attribute), in the same order. */
  final List<Map.Entry<String, byte[]>> encoded;

  /** Each attribute's place in {@link #encoded}, by name. */
  private final Map<String, Integer> position;

  /** Names of the attributes in the job-template group (the rest are printer-description). */
  private final Set<String> template;

  FixedAttributes(
      Capabilities caps,
      String host,
      int port,
      boolean secure,
      Instant config,
      Map<String, Attribute<?>> attributes) {
    this.device = caps.device;
    this.caps = caps;
    this.host = host;
    this.port = port;
    this.secure = secure;
    this.config = config;
    this.attributes = Collections.unmodifiableMap(new LinkedHashMap<>(attributes));
    List<Map.Entry<String, byte[]>> e = new ArrayList<>();
    Map<String, Integer> at = new HashMap<>();
    Set<String> t = new HashSet<>();
    for (Attribute<?> a : attributes.values()) {
      at.put(a.getName(), e.size());
      e.add(Map.entry(a.getName(), Encoding.attribute(a)));
      if (PrinterDescription.isTemplate(a.getName())) {
        t.add(a.getName());
      }
    }
    this.encoded = List.copyOf(e);
    this.position = Map.copyOf(at);
    this.template = t;
  }

  /**
   * The places in {@link #encoded} of those of {@code names} that are fixed attributes, in
   * reporting order: what a request naming attributes one by one is answered from without going
   * through every attribute.
   */
  int[] positions(Set<String> names) {
    int[] p = new int[names.size()];
    int n = 0;
    for (String name : names) {
      Integer i = position.get(name);
      if (i != null) {
        p[n++] = i;
      }
    }
    p = Arrays.copyOf(p, n);
    Arrays.sort(p);
    return p;
  }

  /** True when the attribute belongs to the job-template group. */
  boolean template(String name) {
    return template.contains(name);
  }

  /** True when these attributes describe the printer for this device state, URI and settings. */
  boolean holdsFor(DeviceCapabilities d, String host, int port, boolean secure, Instant config) {
    return this.port == port
        && this.secure == secure
        && this.host.equals(host)
        && this.config.equals(config)
        && sameDevice(device, d);
  }

  /**
   * The same capabilities: the same parts, and the same source values in the same order. Identity
   * on purpose: the device's records are immutable and replaced on change, and a deep comparison of
   * the apparatus and ink set on every request is what this cache exists to avoid.
   */
  @SuppressWarnings("ReferenceEquality")
  static boolean sameDevice(DeviceCapabilities a, DeviceCapabilities b) {
    if (a == b) {
      return true;
    }
    if (a.inks() != b.inks()
        || a.head() != b.head()
        || a.apparatus() != b.apparatus()
        || !a.sizes().equals(b.sizes())
        || !a.resolutions().equals(b.resolutions())
        || a.margin() != b.margin()
        || a.borderless() != b.borderless()
        || !a.makeAndModel().equals(b.makeAndModel())
        || a.sources().size() != b.sources().size()) {
      return false;
    }
    for (int i = 0; i < a.sources().size(); i++) {
      if (a.sources().get(i) != b.sources().get(i)) {
        return false;
      }
    }
    return true;
  }
}
