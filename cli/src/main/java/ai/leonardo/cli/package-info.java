/**
 * The {@code leonardo} command: generate, wait, get, list, delete, batch, fake and conformance,
 * on the SDK's client. A program, not a library: nothing here is public API.
 */
package ai.leonardo.cli;
