package ai.leonardo.bench;

import ai.leonardo.sdk.model.Generation;
import ai.leonardo.sdk.Leonardo;
import ai.leonardo.sdk.model.GetGenerationResponse;
import java.io.IOException;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.TearDown;

/**
 * One {@code GET /generations/{id}} through the SDK versus through hand-written OkHttp + Gson,
 * against the same loopback server (run by {@link RunAll} in the parent JVM, so the server's work
 * is off the measured JVM). Sample-time mode, so medians come from the raw latency samples.
 * Each benchmark has its own state, so a fork builds only the client it measures (no idle SDK
 * threads in the raw fork). Forks, iterations and times are set by {@link RunAll}; the server URL
 * and id arrive as system properties {@value #BASE_URL} and {@value #ID}.
 */
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class GetOverheadBenchmark {
    static final String BASE_URL = "bench.baseUrl";
    static final String ID = "bench.id";

    /** The SDK client, built once per fork; it keeps its connection alive between calls. */
    @State(Scope.Benchmark)
    public static class Sdk {
        Leonardo leonardo;
        String id = System.getProperty(ID);

        /** Builds the client. */
        @Setup
        public void setUp() {
            leonardo = Leonardo.builder().apiKey(StaticGenerationServer.API_KEY).baseUrl(System.getProperty(BASE_URL)).build();
        }

        /** Closes the client. */
        @TearDown
        public void tearDown() {
            leonardo.close();
        }
    }

    /** The raw client, built once per fork; it keeps its connection alive between calls. */
    @State(Scope.Benchmark)
    public static class Raw {
        RawClient client;
        String id = System.getProperty(ID);

        /** Builds the client. */
        @Setup
        public void setUp() {
            client = new RawClient(System.getProperty(BASE_URL), StaticGenerationServer.API_KEY);
        }

        /** Closes the client. */
        @TearDown
        public void tearDown() {
            client.close();
        }
    }

    /**
     * @param sdk the SDK client
     * @return the SDK's value type, as {@code generations().get(id)} gives it to users
     */
    @Benchmark
    public Generation wrapper(Sdk sdk) {
        return sdk.leonardo.generations().get(sdk.id);
    }

    /**
     * @param raw the raw client
     * @return the generated model, parsed by Gson straight from the OkHttp body
     * @throws IOException on a failed call
     */
    @Benchmark
    public GetGenerationResponse raw(Raw raw) throws IOException {
        return raw.client.get(raw.id);
    }
}
