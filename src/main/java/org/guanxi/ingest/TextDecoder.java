package org.guanxi.ingest;

import java.nio.ByteBuffer;
import java.nio.CharBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.Charset;
import java.nio.charset.CharsetDecoder;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Locale;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Turns a page's bytes into text. Pages in the wild are mostly UTF-8, sometimes with encoded
 * surrogate halves (CESU-8), sometimes GBK/GB18030 or Big5, now and then binary. Strict UTF-8
 * first; then a declared charset; then whichever Chinese charset decodes cleanly with the most
 * common characters; lenient UTF-8 as the last resort.
 */
final class TextDecoder {
    record Decoded(String text, String charset) {
    }

    private static final Charset GB18030 = Charset.forName("GB18030");
    private static final Charset BIG5 = Charset.forName("Big5");
    private static final Pattern META_CHARSET = Pattern.compile(
            "<meta[^>]{0,200}?charset\\s*=\\s*[\"']?([A-Za-z0-9_\\-]+)", Pattern.CASE_INSENSITIVE);
    /** The most frequent Chinese characters in news text; a correct decoding is full of them. */
    private static final String COMMON = "的一是在不了有和人这中大为上个国我以要他时来用们生到作地于出就分对成会可主发年动同工也能下过子说产种面而方后多定行学法所民得经十三之进着等部度家电力里如水化高自二理起小物现实加量都两体制机当使点从业本去把性好应开它合还因由其些然前外天政四日那社义事平形相全表间样与关各重新线内数正心反你明看原又么利比或但质气第向道命此变条只没结解问意建月公无系军很情者最立代想已通并提直题党程展五果料象员革位入常文总次品式活设及管特件长求老头基资边流路级少图山统接知较将组见计别她手角期根论运农指几九区强放决西被干做必战先回则任取据处队南给色光门即保治北造百规热领七海口东导器压志世金增争济阶油思术极交受联什认六共权收证改清己美再采转更单风切打白教速花带安场身车例真务具万每目至达走积示议声报斗完类八离华名确才科张信马节话米整空元况今集温传土许步群广石记需段研界拉林律叫且究观越织装影算低持音众书布复容儿须际商非验连断深难近矿千周委素技备半办青省列习响约支般史感劳便团往酸历市克何除消构府称太准精值号率族维划选标写存候毛亲快效斯院查江型眼王按格养易置派层片始却专状育厂京识适属圆包火住调满县局照参红细引听该铁价严龙飞";

    private TextDecoder() {
    }

    /** Null when the bytes are not text (empty, or binary). */
    static Decoded decode(byte[] bytes) {
        int start = 0;
        if (startsWith(bytes, 0xEF, 0xBB, 0xBF)) {
            start = 3;
        } else if (startsWith(bytes, 0xFF, 0xFE)) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16LE), "UTF-16LE");
        } else if (startsWith(bytes, 0xFE, 0xFF)) {
            return new Decoded(new String(bytes, 2, bytes.length - 2, StandardCharsets.UTF_16BE), "UTF-16BE");
        }
        ByteBuffer in = ByteBuffer.wrap(bytes, start, bytes.length - start);
        String utf8 = strict(StandardCharsets.UTF_8, in.duplicate());
        if (utf8 != null) {
            return new Decoded(utf8, "UTF-8");
        }
        byte[] repaired = Cesu8.repair(bytes, start);
        if (repaired != null) {
            String s = strict(StandardCharsets.UTF_8, ByteBuffer.wrap(repaired));
            if (s != null) {
                return new Decoded(s, "UTF-8 (CESU-8 surrogates)");
            }
        }
        Charset declared = declaredCharset(bytes);
        if (declared != null && !declared.equals(StandardCharsets.UTF_8)) {
            String s = strict(declared, in.duplicate());
            if (s != null) {
                return new Decoded(s, declared.name());
            }
        }
        Decoded best = null;
        double bestScore = 0;
        for (Charset cs : List.of(GB18030, BIG5)) {
            String s = strict(cs, in.duplicate());
            if (s != null) {
                double score = commonShare(s);
                if (best == null || score > bestScore) {
                    best = new Decoded(s, cs.name());
                    bestScore = score;
                }
            }
        }
        double utf8Share = commonShare(lenient(in.duplicate()));
        if (best != null && bestScore > utf8Share) {
            return best;
        }
        return new Decoded(lenient(in.duplicate()), "UTF-8 (lenient)");
    }

    /** True when the bytes look like a binary file rather than text. */
    static boolean looksBinary(byte[] bytes) {
        int n = Math.min(bytes.length, 8192);
        int control = 0;
        for (int i = 0; i < n; i++) {
            int b = bytes[i] & 0xFF;
            if (b == 0) {
                return !(startsWith(bytes, 0xFF, 0xFE) || startsWith(bytes, 0xFE, 0xFF));
            }
            if (b < 0x20 && b != '\n' && b != '\r' && b != '\t' && b != '\f' && b != 0x1B) {
                control++;
            }
        }
        return n > 0 && control > n / 20;
    }

    private static boolean startsWith(byte[] b, int... prefix) {
        if (b.length < prefix.length) {
            return false;
        }
        for (int i = 0; i < prefix.length; i++) {
            if ((b[i] & 0xFF) != prefix[i]) {
                return false;
            }
        }
        return true;
    }

    private static String strict(Charset cs, ByteBuffer in) {
        CharsetDecoder d = cs.newDecoder()
                .onMalformedInput(CodingErrorAction.REPORT)
                .onUnmappableCharacter(CodingErrorAction.REPORT);
        try {
            CharBuffer out = d.decode(in);
            return out.toString();
        } catch (CharacterCodingException e) {
            return null;
        }
    }

    private static String lenient(ByteBuffer in) {
        CharsetDecoder d = StandardCharsets.UTF_8.newDecoder()
                .onMalformedInput(CodingErrorAction.REPLACE)
                .onUnmappableCharacter(CodingErrorAction.REPLACE);
        try {
            return d.decode(in).toString();
        } catch (CharacterCodingException e) {
            throw new IllegalStateException("a replacing decoder does not throw", e);
        }
    }

    private static Charset declaredCharset(byte[] bytes) {
        String head = new String(bytes, 0, Math.min(bytes.length, 4096), StandardCharsets.ISO_8859_1);
        Matcher m = META_CHARSET.matcher(head);
        if (!m.find()) {
            return null;
        }
        String name = m.group(1).toLowerCase(Locale.ROOT);
        if (name.equals("gb2312") || name.equals("gbk")) {
            return GB18030;
        }
        try {
            return Charset.forName(name);
        } catch (IllegalArgumentException e) {
            return null;
        }
    }

    /** Share of CJK characters that are among the most common ones (0 when there are none). */
    private static double commonShare(String s) {
        int cjk = 0;
        int common = 0;
        int limit = Math.min(s.length(), 20000);
        for (int i = 0; i < limit; i++) {
            char c = s.charAt(i);
            if (c >= 0x4E00 && c <= 0x9FFF) {
                cjk++;
                if (COMMON.indexOf(c) >= 0) {
                    common++;
                }
            }
        }
        return cjk == 0 ? 0 : (double) common / cjk;
    }
}
