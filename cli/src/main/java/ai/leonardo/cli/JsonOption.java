package ai.leonardo.cli;

import picocli.CommandLine.Option;

/** The {@code --json} switch every command shares: one JSON document on stdout instead of text. */
public final class JsonOption {
    /** The option's name, also looked up by {@link ErrorHandler} to answer errors in JSON. */
    static final String NAME = "--json";

    @Option(names = NAME, description = "Print one JSON document on stdout instead of text.")
    boolean json;
}
