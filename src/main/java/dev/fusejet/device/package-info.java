/**
 * The device: the boundary between jobs and a machine ({@link dev.fusejet.device.Device}: what it
 * offers, a job's sheets fed band by band, each sheet's record, status with state reasons and
 * supplies, faults), and the simulated apparatus behind it: recording head, paper path paced by an
 * injected {@link dev.fusejet.time.Scheduler}, the fuser stage that passes every sheet through the
 * thermal twin (by default the heater under control of {@code control}, on the device's clock),
 * supplies and fault injection. Knows nothing of jobs, queues or IPP.
 */
package dev.fusejet.device;
