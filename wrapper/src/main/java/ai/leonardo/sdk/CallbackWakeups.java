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
 */
final class CallbackWakeups {
    static final Duration REMEMBER_FOR = Duration.ofMinutes(10);
    static final int MAX_REMEMBERED = 10_000;

    private final Clock clock;
    /** Every running wait per generation: two waits for one id (a resumed one, say) are both woken. */
    private final Map<String, Set<Runnable>> waiting = new ConcurrentHashMap<>();
    /** Callbacks that came before their wait, oldest first; guarded by itself. */
    private final LinkedHashMap<String, Instant> remembered = new LinkedHashMap<>();

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
