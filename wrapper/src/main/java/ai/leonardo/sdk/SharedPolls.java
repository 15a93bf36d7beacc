package ai.leonardo.sdk;

import ai.leonardo.sdk.model.Generation;
import ai.leonardo.sdk.model.JobStatus;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.CompletableFuture;

/**
 * The polls of one client's waits, shared when the account's user id is known. A poll that falls
 * due joins the round of {@code GET /generations/user/{userId}} pages under way, or starts one
 * (the newest generations, as many pages as the waits running need). A job on the pages is
 * answered from them: they carry the same generation data as a GET by id. A job not on them
 * (pushed off by newer generations, from this process or another, or older) is fetched by id, so
 * every wait still ends on its own job's data. A round that shows a job ended wakes that job's
 * waits, as a webhook callback would, and their next poll is answered with no request.
 *
 * <p>An ended job's data no longer changes, so the last round answers for it whatever its age (a
 * wait it woke, or one started later). For a job still running, no answer from the pages is older
 * on arrival than that of a GET by id sent when the poll fell due (whose data is a round trip old
 * when it arrives): a poll joins only a round under way, and takes the last round's data only
 * while it is no older than that round's own round trip. So a wait whose job is on the pages sees
 * it at least as recently and as often as polling alone would.
 *
 * <p>Without a user id the client has no instance and every wait polls its own job.
 */
final class SharedPolls {
    /**
     * A round lists twice as many generations as there are waits (room for other processes'),
     * at least {@value #MIN_LISTED} and at most {@value #MAX_LISTED}, in pages of
     * {@link Generations#DEFAULT_PAGE_SIZE} fetched side by side.
     */
    private static final int MIN_LISTED = 10;
    private static final int MAX_LISTED = 1000;

    private final String userId;
    private final Generations generations;
    private final CallbackWakeups wakeups;
    private final Clock clock;
    /** The page under way, which polls falling due join; null when none is. Guarded by this. */
    private Page inFlight;
    /** The last page that arrived, or null. Guarded by this. */
    private Page last;

    SharedPolls(String userId, Generations generations, CallbackWakeups wakeups, Clock clock) {
        this.userId = userId;
        this.generations = generations;
        this.wakeups = wakeups;
        this.clock = clock;
    }

    /** One round of list pages: sent at one instant, answering for the jobs on them. */
    private static final class Page {
        final Instant sentAt;
        /** Ids of the polls that joined this page while it was under way. */
        final Set<String> joined = new HashSet<>();
        CompletableFuture<Map<String, Generation>> result;
        Map<String, Generation> byId = Map.of();
        /** How long the pages took to arrive; set with {@link #byId}. */
        Duration roundTrip;

        Page(Instant sentAt) {
            this.sentAt = sentAt;
        }
    }

    /**
     * One poll of a wait.
     *
     * @param id the generation waited for
     * @param retryDeadline no retry of a GET by id starts after it
     * @return the generation as the page or a GET by id reports it
     */
    CompletableFuture<Generation> poll(String id, Instant retryDeadline) {
        Page page;
        synchronized (this) {
            Generation shown = last == null ? null : last.byId.get(id);
            // For a running job an older page would answer with data staler than a GET by id sent
            // now brings back: its wait could learn of the job's end later than polling alone.
            if (shown != null && (ended(shown) || inFlight == null
                    && Duration.between(last.sentAt, clock.instant()).compareTo(last.roundTrip) <= 0)) {
                return CompletableFuture.completedFuture(shown);
            }
            page = inFlight;
            if (page == null) {
                page = new Page(clock.instant());
                inFlight = page;
                send(page); // a page that fails at once has landed (and left) when this returns
            }
            page.joined.add(id);
        }
        return page.result.handle((byId, error) -> {
            if (error == null && byId.containsKey(id)) {
                return CompletableFuture.completedFuture(byId.get(id));
            }
            if (error != null && Waiter.unwrap(error) instanceof RateLimitException limited) {
                // The server said "later" to the whole key: a GET by id now would be rejected too.
                return CompletableFuture.<Generation>failedFuture(limited);
            }
            // Not on the page, or the page failed otherwise (a wrong user id, say): ask by id.
            return generations.fetchAsync(id, retryDeadline);
        }).thenCompose(answer -> answer);
    }

    /** Starts a page GET; called holding the lock. */
    private void send(Page page) {
        int listed = Math.min(MAX_LISTED, Math.max(MIN_LISTED, 2 * wakeups.waitingCount()));
        int pageSize = Generations.DEFAULT_PAGE_SIZE;
        List<CompletableFuture<List<Generation>>> parts = new ArrayList<>();
        for (int offset = 0; offset < listed; offset += pageSize) {
            parts.add(generations.listPageAsync(userId, offset, Math.min(pageSize, listed - offset)));
        }
        page.result = CompletableFuture.allOf(parts.toArray(CompletableFuture[]::new)).thenApply(all -> {
            Map<String, Generation> byId = new HashMap<>();
            // A generation moved to the next page by a newer one shows twice; either copy is current.
            parts.forEach(part -> part.join().forEach(generation -> byId.put(generation.id(), generation)));
            return byId;
        });
        page.result.whenComplete((byId, error) -> landed(page, byId));
    }

    private void landed(Page page, Map<String, Generation> byId) {
        List<String> toWake = new ArrayList<>();
        synchronized (this) {
            if (inFlight == page) {
                inFlight = null;
            }
            if (byId == null) {
                return;
            }
            page.byId = byId;
            page.roundTrip = Duration.between(page.sentAt, clock.instant());
            last = page;
            for (Generation generation : byId.values()) {
                String id = generation.id();
                if (ended(generation) && !page.joined.contains(id) && wakeups.isWaiting(id)) {
                    toWake.add(id);
                }
            }
        }
        toWake.forEach(wakeups::wakeRunning);
    }

    private static boolean ended(Generation generation) {
        return JobStatus.COMPLETE.equals(generation.status()) || JobStatus.FAILED.equals(generation.status());
    }
}
