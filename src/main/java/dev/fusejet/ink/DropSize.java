package dev.fusejet.ink;

/**
 * One drop size the head can fire.
 *
 * @param name {@code small}, {@code medium} or {@code large}
 * @param volume drop volume (m³); 1 pL = 1e-15 m³
 */
public record DropSize(String name, double volume) {}
