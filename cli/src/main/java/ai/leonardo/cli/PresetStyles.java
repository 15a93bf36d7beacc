package ai.leonardo.cli;

import ai.leonardo.sdk.model.PresetStyle;
import java.util.Iterator;
import java.util.Locale;
import picocli.CommandLine;

/**
 * The styles {@code --style} accepts: every value the API documents, as the API spells it
 * ({@code RENDER_3D}, not the Java constant {@code RENDER_3_D}), case-insensitively. The open
 * enum's catch-all for values from the future is left out; it is for reading responses, never
 * for sending.
 */
final class PresetStyles implements CommandLine.ITypeConverter<PresetStyle>, Iterable<String> {

    @Override
    public PresetStyle convert(String value) {
        String name = value.trim().toUpperCase(Locale.ROOT);
        return PresetStyle.knownValues().stream()
                .filter(style -> style.value().equals(name))
                .findFirst()
                .orElseThrow(() -> new CommandLine.TypeConversionException(
                        "'" + value + "' is not a style; one of " + String.join(", ", this)));
    }

    /** Lists the styles for {@code --help}. */
    @Override
    public Iterator<String> iterator() {
        return PresetStyle.knownValues().stream()
                .map(PresetStyle::value)
                .iterator();
    }
}
