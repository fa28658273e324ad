package dev.fusejet.job;

import java.nio.file.Path;

/**
 * A document accepted into a job: it is on disk in the spool.
 *
 * @param number 1-based document number in the job
 * @param name document-name
 * @param format the document-format asked for, or the one detected from the data
 * @param size bytes spooled (B)
 * @param file the spooled file (read-only)
 */
public record DocumentInfo(int number, String name, String format, long size, Path file) {}
