/**
 * Injected time. Code that needs "now" takes a {@link dev.fusejet.time.Ticker}; production passes
 * {@link dev.fusejet.time.Ticker#wall()}, tests and the simulated apparatus pass a {@link
 * dev.fusejet.time.ManualTicker} they advance explicitly, so no test sleeps and simulated time
 * never mixes with wall time. The thermal twin does not use a ticker at all: its time is the
 * simulation variable, an input in seconds.
 */
package dev.fusejet.time;
