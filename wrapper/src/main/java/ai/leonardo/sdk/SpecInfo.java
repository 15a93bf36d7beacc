package ai.leonardo.sdk;

import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.util.Properties;

/**
 * Facts about the vendor spec and SDK this build was made from, read off the spec file at build
 * time (never typed by hand).
 */
public final class SpecInfo {
    private static final Properties SPEC = load("spec.properties");
    private static final Properties SDK = load("sdk.properties");

    private SpecInfo() {
    }

    /** @return the spec's {@code info.version}, for example {@code v1.0.0} */
    public static String specVersion() {
        return SPEC.getProperty("spec.version");
    }

    /** @return the SHA-256 of the spec file, lower-case hex */
    public static String specSha256() {
        return SPEC.getProperty("spec.sha256");
    }

    /** @return the spec's first server URL, the client's default base URL */
    public static String defaultBaseUrl() {
        return SPEC.getProperty("spec.server");
    }

    /** @return this SDK's version */
    public static String sdkVersion() {
        return SDK.getProperty("sdk.version");
    }

    private static Properties load(String name) {
        Properties properties = new Properties();
        try (InputStream in = SpecInfo.class.getResourceAsStream(name)) {
            if (in == null) {
                throw new IllegalStateException("Missing build resource " + name);
            }
            properties.load(in);
            return properties;
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }
}
