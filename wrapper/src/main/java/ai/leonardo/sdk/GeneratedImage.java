package ai.leonardo.sdk;

import ai.leonardo.sdk.internal.ImageFetcher;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.List;
import java.util.Objects;

/**
 * One image of a finished generation. Downloads go through the client's HTTP stack (timeouts,
 * retries); the API key is sent only to the API's own host, never to the image CDN.
 */
public final class GeneratedImage {
    private final String id;
    private final String url;
    private final boolean nsfw;
    private final long likeCount;
    private final List<ImageVariation> variations;
    private final transient ImageFetcher fetcher;

    GeneratedImage(String id, String url, boolean nsfw, long likeCount, List<ImageVariation> variations, ImageFetcher fetcher) {
        this.id = id;
        this.url = url;
        this.nsfw = nsfw;
        this.likeCount = likeCount;
        this.variations = List.copyOf(variations);
        this.fetcher = fetcher;
    }

    /** @return the image id */
    public String id() {
        return id;
    }

    /** @return where the image file is */
    public String url() {
        return url;
    }

    /** @return whether the API flagged the image as not safe for work */
    public boolean nsfw() {
        return nsfw;
    }

    /** @return the image's like count */
    public long likeCount() {
        return likeCount;
    }

    /** @return the variations derived from this image, possibly empty */
    public List<ImageVariation> variations() {
        return variations;
    }

    /**
     * Opens the image file for reading. The caller closes the stream.
     *
     * @return the image bytes as a stream
     * @throws LeonardoException when the file cannot be fetched
     */
    public InputStream openStream() {
        requireUrl();
        return fetcher.open(url);
    }

    private void requireUrl() {
        if (url == null || url.isBlank()) {
            throw new LeonardoException("Image " + id + " has no URL yet");
        }
    }

    /**
     * Downloads the image into a directory, creating it if needed. The file is named after the
     * image id with the extension of its URL ({@code .png} when the URL has none or an unusual
     * one), written to a temporary file first so a failed download leaves no partial file. The file
     * is always written inside {@code directory}.
     *
     * @param directory where to write the file
     * @return the written file
     * @throws InvalidResponseException when the image id is not a safe file name (a path separator,
     *     {@code ..}, a control character, a name reserved on Windows, or longer than 128 characters)
     * @throws LeonardoException when the file cannot be fetched
     * @throws UncheckedIOException when the file cannot be written
     */
    public Path download(Path directory) {
        Objects.requireNonNull(directory, "directory");
        requireUrl();
        String fileName = ImageFileName.of(id, url);
        try {
            Files.createDirectories(directory);
            Path target = directory.resolve(fileName);
            Path partial = Files.createTempFile(directory, id, ".part");
            try (InputStream in = openStream()) {
                Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
                return Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(partial);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write image " + id + " to " + directory, e);
        }
    }

    @Override
    public boolean equals(Object o) {
        return o instanceof GeneratedImage other
                && nsfw == other.nsfw && likeCount == other.likeCount
                && Objects.equals(id, other.id) && Objects.equals(url, other.url)
                && variations.equals(other.variations);
    }

    @Override
    public int hashCode() {
        return Objects.hash(id, url, nsfw, likeCount, variations);
    }

    @Override
    public String toString() {
        return "GeneratedImage{id=" + id + ", url=" + url + ", nsfw=" + nsfw + ", variations=" + variations.size() + "}";
    }
}
