package dev.fusejet.nip;

/**
 * Young's modulus of a rubber from its Shore A hardness: Gent's relation (A.N. Gent, Trans. Inst.
 * Rubber Ind. 34 (1958) 46), as quoted in the physics reference 2.2.
 *
 * <p>E (MPa) = 0.0981 (56 + 7.62336 S) / (0.137505 (254 - 2.54 S)), S in Shore A; Shore A 20 / 40 /
 * 60 give about 0.7 / 1.7 / 3.6 MPa. Valid roughly for 20-80 Shore A.
 */
public final class RubberModulus {
  private RubberModulus() {}

  /**
   * Young's modulus (Pa) for Shore A hardness {@code shoreA} (Shore A, 0-100).
   *
   * @throws IllegalArgumentException when the hardness is outside 0-100 Shore A
   */
  public static double fromShoreA(double shoreA) {
    if (!(shoreA > 0 && shoreA < 100)) {
      throw new IllegalArgumentException(
          "rubber hardness " + shoreA + " Shore A is outside 0-100: check the roller's hardness");
    }
    double mpa = 0.0981 * (56 + 7.62336 * shoreA) / (0.137505 * (254 - 2.54 * shoreA));
    return mpa * 1e6;
  }
}
