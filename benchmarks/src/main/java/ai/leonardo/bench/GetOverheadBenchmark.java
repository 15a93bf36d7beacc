package ai.leonardo.bench;

import ai.leonardo.sdk.Generation;
import ai.leonardo.sdk.Leonardo;
import ai.leonardo.sdk.generated.model.GetGenerationResponse;
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
 * Forks, iterations and times are set by {@link RunAll}; the server URL and id arrive as system
 * properties {@value #BASE_URL} and {@value #ID}.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.SampleTime)
@OutputTimeUnit(TimeUnit.MICROSECONDS)
public class GetOverheadBenchmark {
    static final String BASE_URL = "bench.baseUrl";
    static final String ID = "bench.id";

    private Leonardo leonardo;
    private RawClient raw;
    private String id;

    /** Builds both clients once per fork; connections are then kept alive by both. */
    @Setup
    public void setUp() {
        String baseUrl = System.getProperty(BASE_URL);
        id = System.getProperty(ID);
        leonardo = Leonardo.builder().apiKey(StaticGenerationServer.API_KEY).baseUrl(baseUrl).build();
        raw = new RawClient(baseUrl, StaticGenerationServer.API_KEY);
    }

    /** Closes both clients. */
    @TearDown
    public void tearDown() {
        leonardo.close();
        raw.close();
    }

    /** @return the SDK's value type, as {@code generations().get(id)} gives it to users */
    @Benchmark
    public Generation wrapper() {
        return leonardo.generations().get(id);
    }

    /** @return the generated model, parsed by Gson straight from the OkHttp body */
    @Benchmark
    public GetGenerationResponse raw() throws IOException {
        return raw.get(id);
    }
}
