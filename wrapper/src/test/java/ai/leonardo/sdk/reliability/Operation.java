package ai.leonardo.sdk.reliability;

import ai.leonardo.sdk.GenerationRequest;
import ai.leonardo.sdk.Leonardo;
import ai.leonardo.testkit.Endpoint;

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

    /** A small, valid request: one image keeps the fake's PNGs cheap. */
    static GenerationRequest request() {
        return GenerationRequest.builder().prompt("A lighthouse at dusk").width(512).height(512).numImages(1).build();
    }
}
