package org.guanxi.ingest;

import java.io.ByteArrayOutputStream;

/**
 * Rewrites surrogate halves encoded one by one as UTF-8 (CESU-8, "modified UTF-8": {@code ED A0..AF xx}
 * then {@code ED B0..BF xx}) into the proper four-byte sequence; a lone half becomes U+FFFD.
 */
final class Cesu8 {
    private Cesu8() {
    }

    /** The repaired bytes, or null when there were no encoded surrogates to repair. */
    static byte[] repair(byte[] b, int from) {
        if (!hasSurrogate(b, from)) {
            return null;
        }
        ByteArrayOutputStream out = new ByteArrayOutputStream(b.length);
        int i = from;
        while (i < b.length) {
            if (isHalf(b, i, 0xA0, 0xAF) && isHalf(b, i + 3, 0xB0, 0xBF)) {
                int high = 0xD000 | ((b[i + 1] & 0x3F) << 6) | (b[i + 2] & 0x3F);
                int low = 0xD000 | ((b[i + 4] & 0x3F) << 6) | (b[i + 5] & 0x3F);
                int cp = Character.toCodePoint((char) high, (char) low);
                out.write(0xF0 | (cp >> 18));
                out.write(0x80 | ((cp >> 12) & 0x3F));
                out.write(0x80 | ((cp >> 6) & 0x3F));
                out.write(0x80 | (cp & 0x3F));
                i += 6;
            } else if (isHalf(b, i, 0xA0, 0xBF)) {
                out.write(0xEF);
                out.write(0xBF);
                out.write(0xBD);
                i += 3;
            } else {
                out.write(b[i]);
                i++;
            }
        }
        return out.toByteArray();
    }

    private static boolean hasSurrogate(byte[] b, int from) {
        for (int i = from; i + 2 < b.length; i++) {
            if (isHalf(b, i, 0xA0, 0xBF)) {
                return true;
            }
        }
        return false;
    }

    private static boolean isHalf(byte[] b, int i, int lo, int hi) {
        if (i + 2 >= b.length || (b[i] & 0xFF) != 0xED) {
            return false;
        }
        int second = b[i + 1] & 0xFF;
        return second >= lo && second <= hi && (b[i + 2] & 0xC0) == 0x80;
    }
}
