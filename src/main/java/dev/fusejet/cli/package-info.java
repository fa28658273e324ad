/**
 * The {@code fusejet} command line: one picocli command class per subcommand, turning options into
 * domain calls and results into text, JSON or plots. Nothing below this package knows about it.
 */
package dev.fusejet.cli;
