/**
 * Reading media, ink sets and apparatus from YAML or JSON files and from the presets built into the
 * jar.
 *
 * <p>Files use kebab-case keys and values with units ({@code thickness: 5 um}); unknown keys,
 * duplicate keys, missing required keys and values without units are rejected with the file, the
 * dotted key path and what to write instead. This is an edge package: the domain records in {@code
 * media}, {@code ink} and {@code apparatus} know nothing of it.
 */
package dev.fusejet.config;
