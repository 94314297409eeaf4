package org.guanxi.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.guanxi.config.DataSource;
import org.guanxi.rules.RuleBook;
import org.guanxi.text.Normalizer;
import org.junit.jupiter.api.Test;

/** Scanning only where a match can start finds exactly what {@link Matcher#find()} finds. */
class ScanTest {
    private static final String ALPHABET = "\uE000\uE000\uE001\uE002\uE003“”「」：:，,。；说表示称会见与和同访问抵达前往将已在的了他也还并时日月年（）(（ 与会晤通电话举行峰会邀请强调首站接下来";

    @Test
    void everyRulePatternScansAsItFinds() {
        RuleBook book = new RuleBook(DataSource.bundled(), new Normalizer(DataSource.bundled()));
        Random random = new Random(11);
        int guarded = 0;
        int patterns = 0;
        for (RuleBook.Rule r : book.rules()) {
            for (Pattern p : r.patterns()) {
                patterns++;
                Scan.Start start = Scan.Start.of(p);
                if (start.first() != null || start.anchored()) {
                    guarded++;
                }
                for (int n = 0; n < 300; n++) {
                    String text = sample(random, r, n);
                    Matcher plain = p.matcher(text);
                    Scan scan = new Scan(p, start, text);
                    while (true) {
                        boolean found = plain.find();
                        assertEquals(found, scan.next(), r.id() + " on " + text);
                        if (!found || plain.end() == plain.start()) {
                            break;
                        }
                        assertEquals(plain.start() + ":" + plain.end(), scan.matcher().start() + ":" + scan.matcher().end(), r.id() + " on " + text);
                    }
                }
            }
        }
        assertTrue(guarded * 10 >= patterns * 9, guarded + " of " + patterns + " patterns have known first characters");
    }

    /** Random text, or one of the rule's own examples with placeholders and noise around it. */
    private static String sample(Random random, RuleBook.Rule r, int n) {
        StringBuilder b = new StringBuilder();
        if (n % 2 == 0 && !r.examples().isEmpty()) {
            String ex = r.examples().get(random.nextInt(r.examples().size())).sentence();
            for (char c : ex.toCharArray()) {
                b.append(random.nextInt(6) == 0 ? ALPHABET.charAt(random.nextInt(ALPHABET.length())) : c);
            }
            return b.toString();
        }
        for (int i = random.nextInt(60); i > 0; i--) {
            b.append(ALPHABET.charAt(random.nextInt(ALPHABET.length())));
        }
        return b.toString();
    }
}
