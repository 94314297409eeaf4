package org.guanxi.ner;

import java.util.regex.Pattern;
import org.guanxi.text.CharsBefore;

/**
 * 飓风佛罗伦斯, 台风玛丽亚, 热带风暴劳拉: storms are given people's first names, and news text
 * writes the name right after the word for the storm. Such a name names the storm, not a person,
 * wherever the article writes it so.
 */
final class StormNames {
    private static final Pattern STORM_BEFORE = Pattern.compile("(?:飓风|台风|颱风|热带风暴|熱帶風暴|热带气旋|冬季风暴|暴风雪)$");

    private StormNames() {
    }

    /** True when the article writes {@code name} right after a word for a storm somewhere. */
    static boolean namesAStorm(String norm, String name) {
        for (int at = norm.indexOf(name); at >= 0; at = norm.indexOf(name, at + 1)) {
            // a last character of STORM_BEFORE's words stands in the four characters before a match
            if (CharsBefore.any(norm, 0, at, 4, "风暴旋雪") && STORM_BEFORE.matcher(norm.substring(Math.max(0, at - 4), at)).find()) {
                return true;
            }
        }
        return false;
    }
}
