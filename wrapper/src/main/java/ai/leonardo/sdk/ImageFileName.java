package ai.leonardo.sdk;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Derives a local file name from server data (an image id and its URL). The id comes from the
 * response, so it is checked before it touches the file system: only a plain, bounded name that
 * is legal on every common file system (Windows included) is accepted, anything else is rejected
 * as an invalid response. The extension is sanitised instead: an odd one falls back to
 * {@code .png}.
 */
final class ImageFileName {
    static final int MAX_ID_LENGTH = 128;
    private static final Pattern SAFE_ID = Pattern.compile("[A-Za-z0-9][A-Za-z0-9._-]*");
    private static final Pattern SAFE_EXTENSION = Pattern.compile("\\.[A-Za-z0-9]{1,4}");
    /** A name {@link #of} writes: the id (group 1) and its extension. */
    private static final Pattern FILE_NAME = Pattern.compile("(.+)" + SAFE_EXTENSION.pattern());
    private static final Set<String> WINDOWS_RESERVED = Set.of("CON", "PRN", "AUX", "NUL",
            "COM1", "COM2", "COM3", "COM4", "COM5", "COM6", "COM7", "COM8", "COM9",
            "LPT1", "LPT2", "LPT3", "LPT4", "LPT5", "LPT6", "LPT7", "LPT8", "LPT9");

    private ImageFileName() {
    }

    /**
     * @param id the image id from the response
     * @param url the image URL from the response
     * @return a file name without any directory part
     * @throws InvalidResponseException when the id cannot safely name a file
     */
    static String of(String id, String url) {
        requireSafeId(id);
        return id + extension(url);
    }

    static void requireSafeId(String id) {
        if (!isSafe(id)) {
            throw new InvalidResponseException("The API answered with an image id that is not a safe file name: "
                    + printable(id), 200, printable(id), null);
        }
    }

    /**
     * @param name a file name from outside (a response, a journal)
     * @return whether it is a plain, bounded name legal on every common file system
     */
    static boolean isSafe(String name) {
        return name != null && name.length() <= MAX_ID_LENGTH && SAFE_ID.matcher(name).matches()
                && !name.contains("..") && !name.endsWith(".") && !WINDOWS_RESERVED.contains(baseName(name));
    }

    /**
     * @param name a file name from outside (a batch journal)
     * @return whether {@link #of} could have written it: a safe id and a short extension
     */
    static boolean isFileName(String name) {
        Matcher idAndExtension = FILE_NAME.matcher(name);
        return idAndExtension.matches() && isSafe(idAndExtension.group(1));
    }

    /** The name before its first dot, which Windows reserves whatever follows ({@code con.tar.gz}). */
    private static String baseName(String id) {
        return id.split("\\.", 2)[0].toUpperCase(Locale.ROOT);
    }

    private static String extension(String url) {
        String path = url.replaceFirst("[?#].*$", "");
        int slash = path.lastIndexOf('/');
        int dot = path.lastIndexOf('.');
        if (dot > slash && SAFE_EXTENSION.matcher(path.substring(dot)).matches()) {
            return path.substring(dot).toLowerCase(Locale.ROOT);
        }
        return ".png";
    }

    /** Quotes the value with control characters escaped and its length bounded, so a message cannot forge lines. */
    private static String printable(String value) {
        if (value == null) {
            return "null";
        }
        StringBuilder out = new StringBuilder("\"");
        value.codePoints().limit(MAX_ID_LENGTH).forEach(c -> {
            if (Character.isISOControl(c)) {
                out.append(String.format("\\u%04x", c));
            } else {
                out.appendCodePoint(c);
            }
        });
        return out.append(value.length() > MAX_ID_LENGTH ? "...\"" : "\"").toString();
    }
}
