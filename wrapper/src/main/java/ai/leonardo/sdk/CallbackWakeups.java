package ai.leonardo.sdk;

import java.time.Clock;
import java.time.Duration;
import java.time.Instant;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Set;
import java.util.concurrent.ConcurrentHashMap;

/**
 * Connects accepted webhook callbacks (and shared poll pages, {@link SharedPolls}) to the waits
 * of one client. A callback only wakes a wait (it
 * polls at once and decides from the GET's answer), so a forged, stale or duplicated callback can
 * cost at most one extra GET and never completes anything. A callback for a job nobody waits for
 * yet (a fast job, a wait resumed later) is remembered for {@link #REMEMBER_FOR}, at most
 * {@link #MAX_REMEMBERED} of them, so that wait's first poll comes at once.
 *
 * <p>It also learns whether callbacks arrive, which lets waits poll sparsely
 * ({@link WebhookReceiver#FALLBACK_POLL_INTERVAL}): they count as arriving from the first accepted
 * callback until either {@link #TRUSTED_FOR} passes with none, or {@link #MAX_MISSES} waits in a
 * row saw their job complete on a sparse poll while no callback at all had come since their
 * previous poll. (Not just any unannounced completion: lost callbacks of jobs that ended close
 * together are found by polls that fall due together, and that burst says nothing about whether
 * the others arrive.)
 */
final class CallbackWakeups {
    static final Duration REMEMBER_FOR = Duration.ofMinutes(10);
    static final int MAX_REMEMBERED = 10_000;
    /** How long callbacks count as arriving after the last accepted one. */
    static final Duration TRUSTED_FOR = Duration.ofMinutes(10);
    /** Jobs seen complete with no callback since, in a row, after which callbacks no longer count as arriving. */
    static final int MAX_MISSES = 3;

    private final Clock clock;
    /** Every running wait per generation: two waits for one id (a resumed one, say) are both woken. */
    private final Map<String, Set<Runnable>> waiting = new ConcurrentHashMap<>();
    /** Callbacks that came before their wait, oldest first; guarded by itself. */
    private final LinkedHashMap<String, Instant> remembered = new LinkedHashMap<>();
    /** When the last accepted callback came, or null; guarded by {@link #remembered}. */
    private Instant lastCallback;
    /** Jobs seen complete with no callback since the last callback; guarded by {@link #remembered}. */
    private int misses;

    CallbackWakeups(Clock clock) {
        this.clock = clock;
    }

    /**
     * Takes an accepted callback for a generation.
     *
     * @param id the generation id read from the callback
     * @return true when a running wait was woken, false when the callback was remembered for later
     */
    boolean onCallback(String id) {
        synchronized (remembered) {
            lastCallback = clock.instant();
            misses = 0;
        }
        if (wakeRunning(id)) {
            return true;
        }
        synchronized (remembered) {
            forgetExpired();
            remembered.remove(id);
            remembered.put(id, clock.instant());
            if (remembered.size() > MAX_REMEMBERED) {
                Iterator<String> oldest = remembered.keySet().iterator();
                oldest.next();
                oldest.remove();
            }
        }
        return false;
    }

    /**
     * Wakes the running waits for a generation, remembering nothing when there are none.
     *
     * @param id the generation id
     * @return true when a running wait was woken
     */
    boolean wakeRunning(String id) {
        Set<Runnable> waits = waiting.get(id);
        if (waits == null || waits.isEmpty()) {
            return false;
        }
        waits.forEach(Runnable::run);
        return true;
    }

    /**
     * @return whether callbacks are known to arrive: one came within {@link #TRUSTED_FOR}, and fewer
     *     than {@link #MAX_MISSES} misses ({@link #missed(Instant)}) were counted since
     */
    boolean arriving() {
        synchronized (remembered) {
            return lastCallback != null && misses < MAX_MISSES
                    && !clock.instant().isAfter(lastCallback.plus(TRUSTED_FOR));
        }
    }

    /**
     * Notes a wait that saw its job complete on a sparse poll that no callback had announced. It
     * counts as a miss only when no callback at all came since {@code since}, the wait's previous
     * poll: the job ended in that time, and callbacks for other jobs in it show they still arrive.
     *
     * @param since when the wait polled before (or began)
     */
    void missed(Instant since) {
        synchronized (remembered) {
            if (lastCallback == null || lastCallback.isBefore(since)) {
                misses++;
            }
        }
    }

    /** @return whether a running wait is waiting for the generation */
    boolean isWaiting(String id) {
        return waiting.containsKey(id);
    }

    /** @return how many generations running waits are waiting for */
    int waitingCount() {
        return waiting.size();
    }

    /**
     * Registers a running wait until {@link #unregister}.
     *
     * @param id the generation waited for
     * @param wake what a callback for it runs
     * @return true when a callback for it arrived before the wait (and is now consumed)
     */
    boolean register(String id, Runnable wake) {
        waiting.computeIfAbsent(id, k -> ConcurrentHashMap.newKeySet()).add(wake);
        synchronized (remembered) {
            forgetExpired();
            return remembered.remove(id) != null;
        }
    }

    void unregister(String id, Runnable wake) {
        waiting.computeIfPresent(id, (k, waits) -> {
            waits.remove(wake);
            return waits.isEmpty() ? null : waits;
        });
    }

    private void forgetExpired() {
        Instant cutoff = clock.instant().minus(REMEMBER_FOR);
        Iterator<Instant> oldestFirst = remembered.values().iterator();
        while (oldestFirst.hasNext() && oldestFirst.next().isBefore(cutoff)) {
            oldestFirst.remove();
        }
    }
}
