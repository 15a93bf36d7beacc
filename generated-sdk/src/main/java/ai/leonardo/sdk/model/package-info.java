/**
 * The API's value types, generated from the vendor's OpenAPI spec when the SDK is built: the
 * request ({@link ai.leonardo.sdk.model.GenerationRequest} and its nested inputs), the generation
 * and its images, the create and delete answers, and every enumeration as an
 * {@link ai.leonardo.sdk.model.OpenEnum}. Immutable, with builders; properties and values the spec
 * does not list yet are kept, not lost.
 */
package ai.leonardo.sdk.model;
