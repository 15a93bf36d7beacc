package ai.leonardo.sdk.reliability;

import ai.leonardo.sdk.model.GenerationRequest;
import ai.leonardo.sdk.Leonardo;
import ai.leonardo.sdk.WaitOptions;
import ai.leonardo.sdk.WaitPolicy;
import ai.leonardo.testkit.Endpoint;
import ai.leonardo.testkit.FakeLeonardo;
import java.time.Duration;
import java.util.EnumSet;
import java.util.Set;

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
    },
    /** A blocking wait on an existing job, polling GET under {@link #WAIT_POLICY}. */
    WAIT(Endpoint.GET_GENERATION) {
        @Override
        Object run(Leonardo leonardo, String id, String userId) {
            return leonardo.generations().job(id).await(WaitOptions.of(WAIT_POLICY));
        }
    };

    /** The operations that are one HTTP request each (with its retries): all but {@link #WAIT}. */
    static final Set<Operation> REQUESTS = EnumSet.range(CREATE, LIST);

    /** A poll each second, first after one second, for at most five seconds. */
    static final WaitPolicy WAIT_POLICY = WaitPolicy.fixed(Duration.ofSeconds(1)).withTimeout(Duration.ofSeconds(5));

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
     * Runs every operation but a wait once under default timeouts. A fake's first requests pay for class
     * loading and JIT on both sides; tests that measure the client's own deadlines warm up first.
     *
     * @param fake the fake to warm up
     */
    static void warmUp(FakeLeonardo fake) {
        try (Leonardo leonardo = Leonardo.builder().apiKey(fake.apiKey()).baseUrl(fake.baseUrl()).build()) {
            String id = leonardo.generations().create(request()).id();
            for (Operation operation : REQUESTS) {
                operation.run(leonardo, id, fake.userId());
            }
        }
    }

    /** A small, valid request: one image keeps the fake's PNGs cheap. */
    static GenerationRequest request() {
        return GenerationRequest.builder().prompt("A lighthouse at dusk").width(512).height(512).numImages(1).build();
    }
}
