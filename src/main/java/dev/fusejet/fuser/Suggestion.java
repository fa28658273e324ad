package dev.fusejet.fuser;

/**
 * One change that would make the window feasible, in numbers.
 *
 * @param parameter what to change, as named in the configuration (e.g. {@code limits.min-speed})
 * @param current its current value with unit
 * @param needed the value it would need, with unit and direction (e.g. {@code "< 41 mm/s"})
 * @param why one sentence
 */
public record Suggestion(String parameter, String current, String needed, String why) {}
