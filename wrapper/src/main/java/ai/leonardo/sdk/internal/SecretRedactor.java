package ai.leonardo.sdk.internal;

/** Removes the API key from any text the SDK puts in a message or a log line. */
final class SecretRedactor {
    private final String secret;

    SecretRedactor(String secret) {
        this.secret = secret;
    }

    String redact(String text) {
        if (text == null || secret == null || secret.isEmpty()) {
            return text;
        }
        return text.replace(secret, "<redacted>");
    }
}
