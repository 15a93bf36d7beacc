/**
 * The Leonardo.AI client: {@link ai.leonardo.sdk.Leonardo} and its operations
 * ({@link ai.leonardo.sdk.Generations}, {@link ai.leonardo.sdk.Images},
 * {@link ai.leonardo.sdk.WebhookReceiver}), the behaviour around the API (waits, retries,
 * batches, defaults, validation) and its exceptions, all under
 * {@link ai.leonardo.sdk.LeonardoException}. The value types it takes and returns are in
 * {@code ai.leonardo.sdk.model}.
 */
package ai.leonardo.sdk;
