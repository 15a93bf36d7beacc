package ai.leonardo.cli;

import ai.leonardo.sdk.BatchResult;
import java.nio.file.Path;
import java.util.List;

/**
 * One line of a batch file and what became of it.
 *
 * @param line the line number in the file, from 1
 * @param prompt the prompt on that line
 * @param result the SDK's outcome for it
 * @param files the images written, empty unless it completed
 */
record BatchOutcome(int line, String prompt, BatchResult result, List<Path> files) {
}
