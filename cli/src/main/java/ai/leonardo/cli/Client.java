package ai.leonardo.cli;

import ai.leonardo.sdk.Leonardo;
import ai.leonardo.testkit.FakeLeonardo;
import java.util.Optional;

/**
 * One command's connection to the API: the SDK client and, in embedded mode, the fake it talks to.
 * Closing it closes both, so an embedded run leaves no server thread behind.
 */
public final class Client implements AutoCloseable {
    private final Leonardo leonardo;
    private final FakeLeonardo embedded;

    Client(Leonardo leonardo, FakeLeonardo embedded) {
        this.leonardo = leonardo;
        this.embedded = embedded;
    }

    /** @return the SDK client */
    public Leonardo leonardo() {
        return leonardo;
    }

    /**
     * The user a listing defaults to. Only the embedded fake has a known one: with a real key the
     * CLI cannot know the account's user id without an extra endpoint, so it asks for it.
     *
     * @return the embedded fake's user id, or empty against a real API
     */
    public Optional<String> defaultUserId() {
        return Optional.ofNullable(embedded).map(FakeLeonardo::userId);
    }

    /** @return whether this command talks to an embedded fake, whose state ends with the command */
    public boolean isEmbedded() {
        return embedded != null;
    }

    @Override
    public void close() {
        try {
            leonardo.close();
        } finally {
            if (embedded != null) {
                embedded.close();
            }
        }
    }
}
