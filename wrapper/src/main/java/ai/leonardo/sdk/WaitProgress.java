package ai.leonardo.sdk;

import ai.leonardo.sdk.model.JobStatus;

import java.time.Duration;
import java.util.Objects;
import java.util.Optional;

/**
 * What one poll of a wait saw, as given to a {@link WaitListener}.
 *
 * @param id the generation id
 * @param status the status this poll saw, or the last one known when the poll failed
 * @param attempt the poll number in this wait, from 1
 * @param elapsed time since the wait's clock started (the create, or the start of a resumed wait)
 * @param error the transient failure of this poll, when it failed; the wait goes on
 */
public record WaitProgress(String id, JobStatus status, int attempt, Duration elapsed,
        Optional<LeonardoException> error) {
    /** Checks the values. */
    public WaitProgress {
        Objects.requireNonNull(id, "id");
        Objects.requireNonNull(elapsed, "elapsed");
        Objects.requireNonNull(error, "error");
    }
}
