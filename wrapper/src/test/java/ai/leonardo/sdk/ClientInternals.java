package ai.leonardo.sdk;

/** Test access to what a client holds internally, for tests outside this package. */
public final class ClientInternals {
    private ClientInternals() {
    }

    /**
     * Connections the client's pool holds, idle or in use.
     *
     * @param leonardo the client
     * @return the count
     */
    public static int connectionCount(Leonardo leonardo) {
        return leonardo.http().connectionPool().connectionCount();
    }
}
