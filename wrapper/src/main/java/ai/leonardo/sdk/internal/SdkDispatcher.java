package ai.leonardo.sdk.internal;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import okhttp3.Dispatcher;

/**
 * A dispatcher the SDK runs calls on instead of one with OkHttp's default limits (64 calls, 5 per
 * host), which would queue a client's async polls behind five in flight. Its cap is sized to the
 * work instead: at 150 ms per response, {@value #MAX_CALLS} calls in flight carry ~1,700 polls a
 * second, far above any rate the vendor accepts, so only a runaway client ever reaches it.
 *
 * <p>A client that owns its HTTP stack has one of its own. Clients on one user OkHttpClient whose
 * dispatcher has OkHttp's default limits share one, so together they keep at most
 * {@value #MAX_CALLS} calls in flight, as one client does: with one each, 10 clients put all of
 * their 1,000 polls in flight at once, and the 1,000 connects of that burst overflowed the
 * server's accept queue (dropped SYNs are resent after 1 s, then 3 s), tripling the p95 detection
 * lag at 150 ms. The last client to let go of a dispatcher shuts it down.
 */
final class SdkDispatcher {
    /** Calls in flight at once on one SDK dispatcher. */
    static final int MAX_CALLS = 256;
    /** The shared dispatchers by the user's dispatcher they stand in for; guarded by itself. */
    private static final Map<Dispatcher, SdkDispatcher> SHARED = new IdentityHashMap<>();

    private final Dispatcher dispatcher;
    /** The user's dispatcher this one is shared for, or null for a client's own. */
    private final Dispatcher sharedFor;
    /** Clients using it; guarded by {@link #SHARED}. */
    private int users = 1;

    private SdkDispatcher(Dispatcher sharedFor) {
        this.sharedFor = sharedFor;
        this.dispatcher = new Dispatcher(AsyncCallExecutor.create());
        dispatcher.setMaxRequests(MAX_CALLS);
        dispatcher.setMaxRequestsPerHost(MAX_CALLS);
    }

    /** @return a dispatcher for one client's own HTTP stack */
    static SdkDispatcher own() {
        return new SdkDispatcher(null);
    }

    /**
     * @param users the dispatcher of the OkHttpClient the caller passed in, with OkHttp's default limits
     * @return the dispatcher every client on that OkHttpClient shares; release it when the client closes
     */
    static SdkDispatcher sharedFor(Dispatcher users) {
        synchronized (SHARED) {
            SdkDispatcher shared = SHARED.get(users);
            if (shared == null) {
                shared = new SdkDispatcher(users);
                SHARED.put(users, shared);
            } else {
                shared.users++;
            }
            return shared;
        }
    }

    /**
     * Whether a user's dispatcher still has OkHttp's out-of-the-box limits: nobody chose them for
     * this work, so the SDK runs its calls on one of its own. One set to other limits on purpose is kept.
     *
     * @param dispatcher the user's dispatcher
     * @return true when its limits are OkHttp's defaults
     */
    static boolean hasOkHttpDefaultLimits(Dispatcher dispatcher) {
        Dispatcher fresh = new Dispatcher();
        return dispatcher.getMaxRequests() == fresh.getMaxRequests()
                && dispatcher.getMaxRequestsPerHost() == fresh.getMaxRequestsPerHost();
    }

    Dispatcher dispatcher() {
        return dispatcher;
    }

    /**
     * One client is done with it (its own calls already cancelled: every call is tracked by the
     * client that sent it). The last one shuts it down and waits up to 5 s for the call threads to
     * end, so their connections are back in the pool.
     */
    void release() {
        synchronized (SHARED) {
            if (--users > 0) {
                return;
            }
            if (sharedFor != null) {
                SHARED.remove(sharedFor);
            }
        }
        dispatcher.executorService().shutdown();
        try {
            dispatcher.executorService().awaitTermination(5, TimeUnit.SECONDS);
        } catch (InterruptedException e) {
            Thread.currentThread().interrupt();
        }
    }
}
