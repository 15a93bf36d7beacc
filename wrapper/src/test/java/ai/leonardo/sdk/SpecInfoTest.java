package ai.leonardo.sdk;

import static org.assertj.core.api.Assertions.assertThat;

import com.google.gson.JsonObject;
import com.google.gson.JsonParser;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.security.MessageDigest;
import java.util.HexFormat;
import org.junit.jupiter.api.Test;

/**
 * SpecInfo's facts are computed by the build (Ant, regexes); this recomputes them from the spec
 * file the build used, a different way, so a drifted or mis-parsed value cannot pass unnoticed.
 */
class SpecInfoTest {
    private static final Path SPEC = Path.of(System.getProperty("leonardo.spec"));

    @Test
    void sha256IsTheSpecFilesDigest() throws Exception {
        byte[] digest = MessageDigest.getInstance("SHA-256").digest(Files.readAllBytes(SPEC));

        assertThat(SpecInfo.specSha256()).isEqualTo(HexFormat.of().formatHex(digest));
    }

    @Test
    void versionAndServerAreTheSpecsOwn() throws Exception {
        JsonObject spec = JsonParser.parseString(Files.readString(SPEC, StandardCharsets.UTF_8)).getAsJsonObject();

        assertThat(SpecInfo.specVersion())
                .isNotBlank()
                .isEqualTo(spec.getAsJsonObject("info").get("version").getAsString());
        assertThat(SpecInfo.defaultBaseUrl())
                .isEqualTo(spec.getAsJsonArray("servers").get(0).getAsJsonObject().get("url").getAsString());
    }
}
