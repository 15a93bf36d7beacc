package ai.leonardo.cli;

import ai.leonardo.sdk.CreateOutcomeUnknownException;
import ai.leonardo.sdk.InvalidResponseException;
import ai.leonardo.sdk.LeonardoIoException;
import ai.leonardo.sdk.LeonardoServiceException;
import ai.leonardo.sdk.ValidationException;
import ai.leonardo.sdk.WaitTimeoutException;

/** The process exit codes, one per kind of outcome a script may want to branch on. */
public final class ExitCodes {
    /** Everything asked for was done. */
    public static final int OK = 0;
    /** A generation ended FAILED, or something else went wrong locally (e.g. a file could not be written). */
    public static final int FAILED = 1;
    /** The command line or the request was invalid; nothing was sent. Also picocli's code for usage errors. */
    public static final int USAGE = 2;
    /**
     * The API refused or could not be reached (authentication, HTTP errors, network, unreadable
     * response), or a batch line's create got no answer in an earlier run and its outcome is unknown.
     */
    public static final int API = 3;
    /** A wait reached its timeout; the generation may still finish ({@code leonardo wait ID}). */
    public static final int TIMEOUT = 4;

    private ExitCodes() {
    }

    /**
     * Maps what ended a command to its exit code.
     *
     * @param error the exception a command threw
     * @return the exit code
     */
    public static int of(Throwable error) {
        if (error instanceof ValidationException) {
            return USAGE;
        }
        if (error instanceof WaitTimeoutException) {
            return TIMEOUT;
        }
        // An unknown outcome is an answer the API never delivered.
        if (error instanceof LeonardoServiceException || error instanceof LeonardoIoException
                || error instanceof InvalidResponseException || error instanceof CreateOutcomeUnknownException) {
            return API;
        }
        // GenerationFailedException, and anything unexpected such as an image that could not be written.
        return FAILED;
    }
}
