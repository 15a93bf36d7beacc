package ai.leonardo.sdk.internal;

/**
 * The HTTP status of the response being converted on this thread. Retrofit converts bodies on
 * the thread that ran the interceptor chain (the caller's for execute, OkHttp's for enqueue), and
 * its converters never see the status; this lets a body that fails to parse be reported with it.
 */
final class ResponseStatus {
    private static final ThreadLocal<Integer> CURRENT = new ThreadLocal<>();

    private ResponseStatus() {
    }

    static void set(int code) {
        CURRENT.set(code);
    }

    static int current() {
        Integer code = CURRENT.get();
        return code == null ? 0 : code;
    }
}
