/**
 * JMH benchmarks (run with {@code java -cp target/fusejet.jar org.openjdk.jmh.Main NAME}); results
 * and the machine they ran on are in docs/benchmarks.md. Benchmarks build their inputs in code so
 * they measure the physics, not configuration loading.
 */
package dev.fusejet.bench;
