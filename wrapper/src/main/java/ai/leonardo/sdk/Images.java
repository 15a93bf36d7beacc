package ai.leonardo.sdk;

import ai.leonardo.sdk.internal.ImageFetcher;
import ai.leonardo.sdk.model.GeneratedImage;
import java.io.IOException;
import java.io.InputStream;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardCopyOption;
import java.util.Objects;

/**
 * Fetches the files of generated images through the client's HTTP stack (its timeouts, retries
 * and interceptors). Obtain it from {@link Leonardo#images()}; thread-safe.
 */
public final class Images {
    private final ImageFetcher fetcher;

    Images(ImageFetcher fetcher) {
        this.fetcher = fetcher;
    }

    /**
     * Opens an image file for reading. The caller closes the stream.
     *
     * @param image an image of a generation
     * @return the image bytes as a stream
     * @throws LeonardoException when the image has no URL yet or the file cannot be fetched
     */
    public InputStream openStream(GeneratedImage image) {
        return fetcher.open(requireUrl(image));
    }

    /**
     * Downloads an image into a directory, creating it if needed. The file is named after the
     * image id with the extension of its URL ({@code .png} when the URL has none or an unusual
     * one), written to a temporary file first so a failed download leaves no partial file. The file
     * is always written inside {@code directory}.
     *
     * @param image an image of a generation
     * @param directory where to write the file
     * @return the written file
     * @throws InvalidResponseException when the image id is not a safe file name (a path separator,
     *     {@code ..}, a control character, a name reserved on Windows, or longer than 128 characters)
     * @throws LeonardoException when the image has no URL yet or the file cannot be fetched
     * @throws UncheckedIOException when the file cannot be written
     */
    public Path download(GeneratedImage image, Path directory) {
        Objects.requireNonNull(directory, "directory");
        String url = requireUrl(image);
        String fileName = ImageFileName.of(image.id(), url);
        try {
            Files.createDirectories(directory);
            Path target = directory.resolve(fileName);
            Path partial = Files.createTempFile(directory, fileName, ".part");
            try (InputStream in = fetcher.open(url)) {
                Files.copy(in, partial, StandardCopyOption.REPLACE_EXISTING);
                return Files.move(partial, target, StandardCopyOption.REPLACE_EXISTING);
            } finally {
                Files.deleteIfExists(partial);
            }
        } catch (IOException e) {
            throw new UncheckedIOException("Could not write image " + image.id() + " to " + directory, e);
        }
    }

    private static String requireUrl(GeneratedImage image) {
        Objects.requireNonNull(image, "image");
        if (image.url() == null || image.url().isBlank()) {
            throw new LeonardoException("Image " + image.id() + " has no URL yet");
        }
        return image.url();
    }
}
