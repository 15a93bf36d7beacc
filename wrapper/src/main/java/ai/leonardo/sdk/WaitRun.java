package ai.leonardo.sdk;

import ai.leonardo.sdk.model.Generation;
import ai.leonardo.sdk.model.JobStatus;

import static ai.leonardo.sdk.internal.Durations.longer;
import static ai.leonardo.sdk.internal.Durations.shorter;

import ai.leonardo.sdk.internal.AdaptivePollSchedule;
import ai.leonardo.sdk.internal.JobClass;
import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Optional;
import java.util.concurrent.ThreadLocalRandom;
import org.slf4j.Logger;
import org.slf4j.LoggerFactory;

/**
 * The decisions of one wait, shared by the blocking and the async driver so both behave the
 * same: when to poll next, and what a poll's result means. Not thread-safe; a driver makes one
 * poll at a time. The one exception is {@link #wake()}, which a webhook callback may call from any
 * thread.
 */
final class WaitRun {
    private static final Logger LOG = LoggerFactory.getLogger(WaitRun.class);

    private final String id;
    private final JobClass jobClass;
    private final WaitOptions options;
    private final AdaptivePollSchedule schedule;
    private final CallbackWakeups callbacks;
    private final Clock clock;
    /** When the job was created, or null for a resumed job (its age is unknown). */
    private final Instant createdAt;
    private final Instant start;
    private final Instant origin;
    private final Instant deadline;

    private int attempt;
    /** Null until a poll succeeds. */
    private JobStatus lastStatus;
    private Generation lastGeneration;
    private LeonardoException lastError;
    private Duration lastRunningElapsed;
    /** A webhook callback came for this job since the last poll was planned. */
    private volatile boolean woken;
    /** A webhook callback came for this job since the last poll. */
    private volatile boolean calledBack;
    /** The next poll was planned sparse, callbacks being known to arrive. */
    private boolean plannedSparse;
    /** When the previous poll's answer came, or the wait began. */
    private Instant previousPoll;

    WaitRun(GenerationJob job, WaitOptions options, AdaptivePollSchedule schedule, CallbackWakeups callbacks,
            Clock clock) {
        this.id = job.id();
        this.jobClass = job.jobClass();
        this.options = options;
        this.schedule = schedule;
        this.callbacks = callbacks;
        this.clock = clock;
        this.createdAt = job.createdAt();
        this.start = clock.instant();
        // The deadline counts from when the wait begins, not from the create: a resumed wait gets
        // its full budget. The schedule counts from the create, where the job's clock started.
        this.origin = createdAt != null && createdAt.isBefore(start) ? createdAt : start;
        this.deadline = start.plus(options.policy().timeout());
        this.previousPoll = start;
    }

    String id() {
        return id;
    }

    /** @return when the wait gives up; no retry of a poll starts after it */
    Instant deadline() {
        return deadline;
    }

    /**
     * Returns the delay before the next poll, never past the deadline.
     *
     * @throws WaitTimeoutException when the deadline has passed
     */
    Duration nextDelay() {
        Instant now = clock.instant();
        if (!now.isBefore(deadline)) {
            throw new WaitTimeoutException(id, lastStatus, Duration.between(start, now),
                    lastGeneration, lastError);
        }
        WaitPolicy policy = options.policy();
        Duration delay = policy.isAdaptive()
                ? shorter(schedule.nextDelay(jobClass, Duration.between(origin, now), attempt), policy.maxDelay())
                : policy.scheduledDelay(attempt);
        // With no jitter the factor is exactly 1.
        delay = Duration.ofNanos((long) (delay.toNanos() * (1 - policy.jitter() * ThreadLocalRandom.current().nextDouble())));
        // Callbacks arrive: polls are only the fallback for a lost one, at most this far apart.
        plannedSparse = callbacks.arriving();
        if (plannedSparse) {
            delay = longer(delay, WebhookReceiver.FALLBACK_POLL_INTERVAL);
        }
        if (rateLimited()) {
            // The client's retries of that GET ran out while the server still said "later".
            delay = longer(delay, ((RateLimitException) lastError).retryAfter().get());
        } else if (woken) {
            // A callback says the job may be done: the GET decides, now. A 429's "later" still wins.
            delay = Duration.ZERO;
            plannedSparse = false;
        }
        woken = false;
        // A last poll exactly at the deadline rather than a sleep past it.
        return shorter(delay, Duration.between(now, deadline));
    }

    /** @return whether the last poll ended in a 429 with {@code Retry-After}, which no callback may cut short */
    boolean rateLimited() {
        return lastError instanceof RateLimitException limited && limited.retryAfter().isPresent();
    }

    /** Makes the next planned delay zero: a webhook callback came for this job. */
    void wake() {
        woken = true;
        calledBack = true;
    }

    /** Notes a webhook callback for this job without changing the next delay (a blocking wait's sleep ends instead). */
    void calledBack() {
        calledBack = true;
    }

    /**
     * Takes a poll's result.
     *
     * @param generation what the poll returned, or null when it failed
     * @param error the failure, or null
     * @return the generation when it is complete; empty to keep polling
     * @throws GenerationFailedException when it failed
     * @throws LeonardoException when the failure ends the wait (not found, authentication, ...)
     */
    Optional<Generation> onPoll(Generation generation, LeonardoException error) {
        attempt++;
        boolean announced = calledBack;
        calledBack = false;
        Instant polledBefore = previousPoll;
        previousPoll = clock.instant();
        Duration elapsed = Duration.between(origin, previousPoll);
        if (error != null) {
            if (!isTransient(error)) {
                throw error;
            }
            LOG.debug("Poll {} of generation {} failed; polling on until the deadline: {}", attempt, id, error.toString());
            lastError = error;
            notifyListener(elapsed, error);
            return Optional.empty();
        }
        lastError = null;
        lastGeneration = generation;
        lastStatus = generation.status();
        notifyListener(elapsed, null);
        if (JobStatus.COMPLETE.equals(lastStatus)) {
            if (plannedSparse && !announced) {
                callbacks.missed(polledBefore); // complete, yet no callback said so: they may have stopped arriving
            }
            if (createdAt != null) {
                schedule.recordCompletion(jobClass, lastRunningElapsed, elapsed);
            }
            return Optional.of(generation);
        }
        if (JobStatus.FAILED.equals(lastStatus)) {
            throw new GenerationFailedException(generation);
        }
        // PENDING, no status, or a status this SDK does not know: not terminal, poll on.
        lastRunningElapsed = elapsed;
        return Optional.empty();
    }

    /**
     * Failures a wait outlives: the client already retried the GET under its retry policy, and a
     * network blip, an overloaded server or a rate limit says nothing about the generation.
     * Anything else (authentication, permission, a bad request, an unreadable body) would fail the
     * same way on every poll, so the wait ends at once.
     */
    private static boolean isTransient(LeonardoException e) {
        return e instanceof LeonardoIoException || e instanceof InternalServerException || e instanceof RateLimitException
                || (e instanceof LeonardoServiceException s && s.statusCode() == 408);
    }

    private void notifyListener(Duration elapsed, LeonardoException error) {
        try {
            options.listener().onPoll(new WaitProgress(id, lastStatus, attempt, elapsed, Optional.ofNullable(error)));
        } catch (RuntimeException e) {
            LOG.warn("Wait listener failed for generation {}; ignored", id, e);
        }
    }
}
