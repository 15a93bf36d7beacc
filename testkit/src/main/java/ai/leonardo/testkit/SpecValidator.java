package ai.leonardo.testkit;

import com.atlassian.oai.validator.OpenApiInteractionValidator;
import com.atlassian.oai.validator.report.LevelResolver;
import com.atlassian.oai.validator.report.ValidationReport;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;

/**
 * The vendor spec, bundled into the jar at build time, and one validator built from it. Parsing the
 * spec takes a moment, so every fake in the JVM shares the validator (it is thread-safe).
 */
final class SpecValidator {

    static final String RESOURCE = "/ai/leonardo/testkit/leonardo-image-generation.json";
    static final String BASE_PATH = "/api/rest/v1";

    private SpecValidator() {
    }

    static String specText() {
        try (InputStream in = SpecValidator.class.getResourceAsStream(RESOURCE)) {
            if (in == null) {
                throw new IllegalStateException("spec resource missing from the testkit jar: " + RESOURCE);
            }
            return new String(in.readAllBytes(), StandardCharsets.UTF_8);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
    }

    static OpenApiInteractionValidator get() {
        return Holder.VALIDATOR;
    }

    private static final class Holder {
        // Authentication is the fake's own job (answered with the vendor's 401 body before validation),
        // so the validator's security check would only duplicate it, and wrongly fire under requireAuth(false).
        static final OpenApiInteractionValidator VALIDATOR = OpenApiInteractionValidator
                .createForInlineApiSpecification(specText())
                .withBasePathOverride(BASE_PATH)
                .withLevelResolver(LevelResolver.create()
                        .withLevel("validation.request.security", ValidationReport.Level.IGNORE)
                        .build())
                .build();
    }
}
