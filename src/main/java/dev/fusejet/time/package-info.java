/**
 * Injected time. Code that needs "now" takes a {@link dev.fusejet.time.Ticker}; production passes
 * {@link dev.fusejet.time.Ticker#wall()}, tests and the simulated apparatus pass a {@link
 * dev.fusejet.time.ManualTicker} they advance explicitly, so no test sleeps and simulated time
 * never mixes with wall time. Code that paces a machine (the simulated apparatus) lets time pass
 * through a {@link dev.fusejet.time.Scheduler}: paced on the wall clock when fusejet serves as a
 * printer, or fast on a simulated clock (tests, {@code print --fast}). The thermal twin does not
 * use a ticker at all: its time is the simulation variable, an input in seconds.
 */
package dev.fusejet.time;
