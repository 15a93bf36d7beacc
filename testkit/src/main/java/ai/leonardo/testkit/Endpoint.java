package ai.leonardo.testkit;

/**
 * The operations FakeLeonardo serves, used to count requests ({@link FakeLeonardo#requestCount(Endpoint)})
 * and to aim faults ({@link Faults#on(Endpoint)}).
 */
public enum Endpoint {
    /** {@code POST /generations}. */
    CREATE_GENERATION,
    /** {@code GET /generations/{id}}. */
    GET_GENERATION,
    /** {@code DELETE /generations/{id}}. */
    DELETE_GENERATION,
    /** {@code GET /generations/user/{userId}}. */
    LIST_GENERATIONS,
    /** {@code GET /_images/{generationId}/{index}.png}: the fake's image "CDN", which needs no API key. */
    IMAGE,
    /**
     * Every request the fake receives, including images and unknown paths. As a fault target it
     * matches every request.
     */
    ANY;

    boolean matches(Endpoint actual) {
        return this == ANY || this == actual;
    }
}
