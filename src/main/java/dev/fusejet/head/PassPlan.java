package dev.fusejet.head;

/**
 * A weave: which nozzle prints which row and which columns in which pass.
 *
 * <p>With {@code n} nozzles in use at a pitch of {@code p} rows and shingling {@code k} (each row
 * printed by {@code k} nozzles, each firing every k-th column), the paper advances {@code a = n /
 * k} rows per pass, with gcd(a, p) = 1. In pass {@code i} nozzle {@code j} is over page row {@code
 * i * a + j * p - offset}, and fires the columns {@code x} with {@code x mod k == j / a} (the
 * nozzle's bank). For a row y the solutions j of {@code i * a + j * p = y + offset} are one residue
 * class modulo a inside [0, n): exactly k nozzles, one per bank, so every pixel is printed exactly
 * once and every row by k different nozzles.
 *
 * @param nozzles nozzles in use, n
 * @param pitchRows nozzle pitch in rows, p
 * @param shingle passes per row, k (1, 2 or 4)
 * @param advance paper advance per pass in rows, a
 * @param firstPass index of the first pass (may be negative: the head starts partly above the page)
 * @param lastPass index of the last pass
 * @param bidirectional odd passes print right to left
 */
public record PassPlan(
    int nozzles,
    int pitchRows,
    int shingle,
    int advance,
    int firstPass,
    int lastPass,
    boolean bidirectional) {

  /**
   * Plans the passes for a page of {@code height} rows.
   *
   * @param maxNozzles nozzles available
   * @param pitchRows nozzle pitch in rows
   * @param shingle 1, 2 or 4
   * @param bidirectional print both ways
   */
  public static PassPlan plan(
      int height, int maxNozzles, int pitchRows, int shingle, boolean bidirectional) {
    if (shingle != 1 && shingle != 2 && shingle != 4) {
      throw new IllegalArgumentException("shingling must be 1, 2 or 4 passes, got " + shingle);
    }
    int n = maxNozzles - maxNozzles % shingle;
    while (n >= shingle && gcd(n / shingle, pitchRows) != 1) {
      n -= shingle;
    }
    if (n < shingle) {
      throw new IllegalArgumentException(
          "no weave for " + maxNozzles + " nozzles at a pitch of " + pitchRows + " rows");
    }
    int a = n / shingle;
    // Row y is printed in passes i = (y - j p) / a for j in [0, n); over all rows 0..height-1
    // that spans i from floor(-(n - 1) p / a) to floor((height - 1) / a).
    int first = Math.floorDiv(-(n - 1) * pitchRows, a);
    int last = Math.floorDiv(height - 1, a);
    return new PassPlan(n, pitchRows, shingle, a, first, last, bidirectional);
  }

  static int gcd(int a, int b) {
    return b == 0 ? a : gcd(b, a % b);
  }

  /** Page row under nozzle j in pass i (may be outside the page). */
  public int row(int pass, int nozzle) {
    return pass * advance + nozzle * pitchRows;
  }

  /** The column phase (x mod shingle) nozzle j fires. */
  public int phase(int nozzle) {
    return nozzle / advance;
  }

  /** True when pass i prints right to left. */
  public boolean reverse(int pass) {
    return bidirectional && Math.floorMod(pass, 2) == 1;
  }

  /** Number of passes. */
  public int passes() {
    return lastPass - firstPass + 1;
  }

  /** The highest page row pass i needs (row of its last nozzle). */
  public int lastRow(int pass) {
    return row(pass, nozzles - 1);
  }
}
