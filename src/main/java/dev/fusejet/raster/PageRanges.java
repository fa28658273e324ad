package dev.fusejet.raster;

import java.util.ArrayList;
import java.util.List;

/** IPP {@code page-ranges}: pages to print, 1-based, e.g. {@code 1-3,5}; empty means all. */
public final class PageRanges {
  private final List<int[]> ranges;

  private PageRanges(List<int[]> ranges) {
    this.ranges = ranges;
  }

  /** All pages. */
  public static PageRanges all() {
    return new PageRanges(List.of());
  }

  /**
   * Parses {@code 1-3,5,8-} (an open end means to the last page).
   *
   * @throws IllegalArgumentException naming the bad part
   */
  public static PageRanges parse(String spec) {
    if (spec == null || spec.isBlank()) {
      return all();
    }
    List<int[]> r = new ArrayList<>();
    for (String part : spec.split(",", -1)) {
      String p = part.trim();
      try {
        int dash = p.indexOf('-');
        int lo = Integer.parseInt(dash < 0 ? p : p.substring(0, dash).trim());
        int hi =
            dash < 0
                ? lo
                : p.substring(dash + 1).isBlank()
                    ? Integer.MAX_VALUE
                    : Integer.parseInt(p.substring(dash + 1).trim());
        if (lo < 1 || hi < lo) {
          throw new NumberFormatException();
        }
        r.add(new int[] {lo, hi});
      } catch (NumberFormatException e) {
        throw new IllegalArgumentException(
            "page range '" + p + "' in '" + spec + "' is not N or N-M with 1 <= N <= M", e);
      }
    }
    return new PageRanges(List.copyOf(r));
  }

  /** True when 1-based page {@code n} is selected. */
  public boolean contains(int n) {
    if (ranges.isEmpty()) {
      return true;
    }
    for (int[] r : ranges) {
      if (n >= r[0] && n <= r[1]) {
        return true;
      }
    }
    return false;
  }

  /** True when no page after {@code n} can be selected. */
  public boolean pastEnd(int n) {
    if (ranges.isEmpty()) {
      return false;
    }
    for (int[] r : ranges) {
      if (r[1] > n) {
        return false;
      }
    }
    return true;
  }
}
