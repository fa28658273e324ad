package dev.fusejet.device;

/**
 * A supply and its level, as IPP's printer-supply and marker attributes describe it.
 *
 * @param name the supply's name: the ink's name for a cartridge, {@code waste-ink} for the waste
 *     counter, {@code fuser} for the fuser unit
 * @param type the PWG supply type: {@code ink-cartridge}, {@code waste-ink} or {@code fuser}
 * @param colour sRGB colour as {@code #RRGGBB}, or {@code none}
 * @param consumed true when it is used up (ink), false when it fills (waste)
 * @param level fill level 0..100 (%)
 * @param amount what is in it now, in its unit: m³ for ink and waste, sheets of life left for the
 *     fuser
 * @param capacity what it holds when full, in the same unit (m³; sheets of rated life)
 * @param lowLevel level at or below which it reports low ({@code -low-warning} or {@code
 *     -almost-full-warning}) (%)
 */
public record Supply(
    String name,
    String type,
    String colour,
    boolean consumed,
    int level,
    double amount,
    double capacity,
    int lowLevel) {}
