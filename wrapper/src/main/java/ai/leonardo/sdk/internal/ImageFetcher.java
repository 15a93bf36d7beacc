package ai.leonardo.sdk.internal;

import java.io.InputStream;

/** Opens an image URL through the client's HTTP stack. Not part of the public API. */
@FunctionalInterface
public interface ImageFetcher {
    /**
     * Opens the URL.
     *
     * @param url an absolute URL
     * @return the body stream; the caller closes it
     */
    InputStream open(String url);
}
