package ai.leonardo.testkit;

import java.awt.Color;
import java.awt.Graphics2D;
import java.awt.image.BufferedImage;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.LinkedHashMap;
import java.util.Map;
import java.util.Random;
import javax.imageio.ImageIO;

/**
 * Draws the fake's images: a block mosaic whose colours come from prompt, seed and index, so equal
 * inputs give equal bytes. Large flat blocks keep encoding fast and files small.
 */
final class PngRenderer {

    static {
        // Image code must never try to open a display, on CI or on a developer's machine.
        System.setProperty("java.awt.headless", "true");
    }

    private static final int CACHE_SIZE = 32;

    private final Map<String, byte[]> cache = new LinkedHashMap<>(CACHE_SIZE, 0.75f, true) {
        @Override
        protected boolean removeEldestEntry(Map.Entry<String, byte[]> eldest) {
            return size() > CACHE_SIZE;
        }
    };

    /** Renders (or reuses) the PNG; the small cache spares repeated downloads of the same image. */
    byte[] render(String prompt, long seed, int index, int width, int height) {
        String key = seed + "/" + index + "/" + width + "x" + height + "/" + prompt;
        synchronized (cache) {
            byte[] hit = cache.get(key);
            if (hit != null) {
                return hit;
            }
        }
        byte[] png = draw(key, width, height);
        synchronized (cache) {
            cache.put(key, png);
        }
        return png;
    }

    private static byte[] draw(String key, int width, int height) {
        Random random = new Random(digest(key));
        BufferedImage image = new BufferedImage(width, height, BufferedImage.TYPE_INT_RGB);
        Graphics2D g = image.createGraphics();
        try {
            int cells = 8;
            for (int row = 0; row < cells; row++) {
                for (int col = 0; col < cells; col++) {
                    g.setColor(new Color(random.nextInt(0x1000000)));
                    int x0 = col * width / cells;
                    int y0 = row * height / cells;
                    g.fillRect(x0, y0, (col + 1) * width / cells - x0, (row + 1) * height / cells - y0);
                }
            }
        } finally {
            g.dispose();
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream();
        try {
            ImageIO.write(image, "png", out);
        } catch (IOException e) {
            throw new UncheckedIOException(e);
        }
        return out.toByteArray();
    }

    private static long digest(String key) {
        try {
            byte[] d = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
            long v = 0;
            for (int i = 0; i < 8; i++) {
                v = (v << 8) | (d[i] & 0xff);
            }
            return v;
        } catch (NoSuchAlgorithmException e) {
            throw new IllegalStateException(e);
        }
    }
}
