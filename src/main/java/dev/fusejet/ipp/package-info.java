/**
 * The IPP Everywhere printer application ({@code fusejet serve}): an HTTP/1.1 server (Jetty) that
 * speaks IPP (encoded with jipp-core) on {@code /ipp/print}, over plain TCP and TLS on one port,
 * advertises itself with DNS-SD, and turns every operation into calls on the job service and the
 * device. It owns the protocol: request checks (RFC 8011), attribute syntax and validation, the
 * printer and job attributes built from the device's capabilities and status, document-format
 * sniffing, subscriptions and pull notifications, the TLS certificate and the administrator's
 * password. It keeps no job logic of its own: queueing, spooling, printing and records belong to
 * {@code dev.fusejet.job} and {@code dev.fusejet.device}.
 */
package dev.fusejet.ipp;
