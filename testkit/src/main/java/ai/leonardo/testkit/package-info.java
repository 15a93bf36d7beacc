/**
 * Testing with and against the Leonardo.AI API: {@link ai.leonardo.testkit.FakeLeonardo}, an
 * in-process fake that checks every request against the vendor's spec, with its JUnit extension;
 * and {@link ai.leonardo.testkit.Conformance}, the suite that checks any server against the spec
 * and the API's documented lifecycle.
 */
package ai.leonardo.testkit;
