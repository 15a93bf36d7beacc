package ai.leonardo.sdk.reliability;

import ai.leonardo.sdk.GenerationRequest;
import ai.leonardo.sdk.Leonardo;
import ai.leonardo.testkit.Endpoint;
import ai.leonardo.testkit.FakeLeonardo;

/**
 * The user-facing operations the reliability tables run, each with the endpoint FakeLeonardo counts
 * its requests under.
 */
enum Operation {
    CREATE(Endpoint.CREATE_GENERATION) {
        @Override
        Object run(Leonardo leonardo, String id, String userId) {
            return leonardo.generations().create(request());
        }
    },
    GET(Endpoint.GET_GENERATION) {
        @Override
        Object run(Leonardo leonardo, String id, String userId) {
            return leonardo.generations().get(id);
        }
    },
    DELETE(Endpoint.DELETE_GENERATION) {
        @Override
        Object run(Leonardo leonardo, String id, String userId) {
            return leonardo.generations().delete(id);
        }
    },
    LIST(Endpoint.LIST_GENERATIONS) {
        @Override
        Object run(Leonardo leonardo, String id, String userId) {
            return leonardo.generations().listPage(userId, 0, 10);
        }
    };

    final Endpoint endpoint;

    Operation(Endpoint endpoint) {
        this.endpoint = endpoint;
    }

    /**
     * Runs the operation once.
     *
     * @param leonardo the client
     * @param id an existing generation, for the operations that need one
     * @param userId the owner, for listing
     * @return what the SDK returned
     */
    abstract Object run(Leonardo leonardo, String id, String userId);

    /**
     * Runs every operation once under default timeouts. A fake's first requests pay for class
     * loading and JIT on both sides; tests that measure the client's own deadlines warm up first.
     *
     * @param fake the fake to warm up
     */
    static void warmUp(FakeLeonardo fake) {
        try (Leonardo leonardo = Leonardo.builder().apiKey(fake.apiKey()).baseUrl(fake.baseUrl()).build()) {
            String id = leonardo.generations().create(request()).id();
            for (Operation operation : values()) {
                operation.run(leonardo, id, fake.userId());
            }
        }
    }

    /** A small, valid request: one image keeps the fake's PNGs cheap. */
    static GenerationRequest request() {
        return GenerationRequest.builder().prompt("A lighthouse at dusk").width(512).height(512).numImages(1).build();
    }
}
