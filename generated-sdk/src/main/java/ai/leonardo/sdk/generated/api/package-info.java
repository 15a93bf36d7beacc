/**
 * The spec's operations as generated Retrofit interfaces, one per tag. Low-level access: call them
 * through {@code Leonardo.api(Class)}, which binds them to the client's transport (auth, retries,
 * timeouts, typed errors, logging with the key redacted), for an endpoint the client has no method
 * for yet. Not covered by the API-compatibility promise: they change whenever the spec does.
 */
package ai.leonardo.sdk.generated.api;
