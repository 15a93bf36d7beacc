package ai.leonardo.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * The suite runs on the runtime jars its surefire execution names in {@code leonardo.runtime.jars}: the SDK's
 * own versions, or those a Spring Boot 3.5 or 4.0 application resolves (wrapper/pom.xml). Without this, a
 * class path setting that stopped taking effect would leave the pinned runs testing the defaults again.
 */
class RuntimeVersionsTest {
    /** One class from each runtime jar of the SDK. */
    private static final List<Class<?>> RUNTIME = List.of(retrofit2.Retrofit.class,
            retrofit2.converter.gson.GsonConverterFactory.class, okhttp3.OkHttpClient.class, okio.Buffer.class,
            com.google.gson.Gson.class, com.google.errorprone.annotations.CanIgnoreReturnValue.class,
            kotlin.Unit.class, org.jetbrains.annotations.NotNull.class, org.slf4j.Logger.class);

    @Test
    void theRuntimeJarsAreTheOnesThisRunIsFor() {
        List<String> expected = Arrays.asList(System.getProperty("leonardo.runtime.jars", "").split(","));

        List<String> loaded = RUNTIME.stream().map(RuntimeVersionsTest::jarOf).toList();

        assertThat(loaded).containsExactlyInAnyOrderElementsOf(expected);
    }

    private static String jarOf(Class<?> type) {
        try {
            return Path.of(type.getProtectionDomain().getCodeSource().getLocation().toURI()).getFileName().toString();
        } catch (java.net.URISyntaxException e) {
            throw new IllegalStateException(e);
        }
    }
}
