package org.guanxi.ner;

import java.util.regex.Pattern;

/**
 * 金凰珠宝 … 金凰, 康希诺生物 … 康希诺, 卢塞恩镇 … 卢塞恩: news text names a firm or a
 * town in full first and by its short name after, and HanLP reads the short name as a person. When
 * most of the article's writings of a name go straight on with the kind of a firm or a place, the
 * name is that firm's or place's, not a person's; a person's name is seldom written so
 * (贾跃亭公司 once among many 贾跃亭), and 市长, 州长 after a name are titles, not places.
 */
final class FirmOrPlaceNames {
    private static final Pattern KIND_AFTER = Pattern.compile(
            "^(?:公司|集团|珠宝|生物|股份|控股|科技|制药|药业|证券|银行|镇(?!长)|县(?![长委])|堡)");

    private FirmOrPlaceNames() {
    }

    /** True when at least two, and at least half, of the article's writings of {@code name} go on with a firm's or place's kind. */
    static boolean namesAFirmOrPlace(String norm, String name) {
        int all = 0;
        int kind = 0;
        for (int at = norm.indexOf(name); at >= 0; at = norm.indexOf(name, at + 1)) {
            all++;
            if (KIND_AFTER.matcher(norm).region(at + name.length(), norm.length()).lookingAt()) {
                kind++;
            }
        }
        return kind >= 2 && 2 * kind >= all;
    }
}
