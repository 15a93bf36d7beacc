package ai.leonardo.cli;

import ai.leonardo.sdk.Leonardo;
import ai.leonardo.sdk.model.Generation;
import java.nio.file.Path;
import java.util.List;
import picocli.CommandLine.Option;

/** Where finished images are written ({@code --out}), shared by every command that waits for images. */
public final class ImageOptions {
    @Option(names = "--out", paramLabel = "DIR", defaultValue = "leonardo-out",
            description = "Directory to write the images to, one PNG per image (default: ${DEFAULT-VALUE}).")
    Path out;

    /**
     * Downloads every image of a finished generation into {@code --out}.
     *
     * @param leonardo the client to fetch with
     * @param generation a complete generation
     * @return the written files, in image order
     */
    List<Path> save(Leonardo leonardo, Generation generation) {
        return generation.images().stream().map(image -> leonardo.images().download(image, out)).toList();
    }
}
