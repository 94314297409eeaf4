/**
 * The command line: parses arguments (Commons CLI), wires the stages, prints. Nothing imports
 * this package; {@link org.guanxi.cli.Main#run} returns an exit code so tests run it in-process.
 */
package org.guanxi.cli;
