/**
 * The job system: the RFC 8011 job life cycle, the queue in front of one {@link
 * dev.fusejet.device.Device}, the spool and the atomic journal in a state directory, restart after
 * a crash, history, and rasterising pages in parallel. {@link dev.fusejet.job.JobService} is what
 * the IPP server, the web page and the command line drive. Knows nothing of IPP or the command
 * line.
 */
package dev.fusejet.job;
