package org.guanxi.text;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import java.util.Random;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class FirstCharsTest {
    @Test
    void firstLettersOfAnAlternationOfWords() {
        assertEquals("会通见", FirstChars.of("会见|会晤|通(?:电)?话|见了?"));
        assertEquals("说到", FirstChars.of("说(?![服法明])|到(?!达)"));
        assertEquals("举进会", FirstChars.of("(?:举行了?(?:的)?会谈|进行会晤)|(?:会见)"));
        // lookarounds match no character: the letter after them comes first
        assertEquals("会", FirstChars.of("(?!不)会见"));
        assertEquals("说表", FirstChars.of("(?<![演游])说(?!服)|(?<=[，])(?!表示不)表示"));
        // classes of letters, placeholders and quotation marks; capturing groups
        assertEquals("会通", FirstChars.of("[会通]话"));
        assertEquals("\uE000\uE003“", FirstChars.of("(?<![对向])(?<a>[\uE000\uE003])与|(“)"));
    }

    @Test
    void optionalPartsAddWhatFollowsThem() {
        assertEquals("会通", FirstChars.of("(?:会见)?通话"));
        assertEquals("会通话", FirstChars.of("[会通]?话"));
        assertEquals("但而\uE000", FirstChars.of("(?:但|而)?(?<!在)[\uE000]说"));
        assertEquals("\uE000\uE001\uE002\uE003", FirstChars.of("[\\uE000-\\uE003]{1,3}说"));
        assertEquals("0123456789两年", FirstChars.of("(?:\\d{1,2}|两)?年"));
        FirstChars.Lead lead = FirstChars.lead("(?:^|[，,；;])(?:而|但)?在");
        assertEquals("，,；;", lead.chars());
        assertTrue(lead.atStart());
        assertTrue(FirstChars.lead("(?:会见)?").empty());
    }

    @Test
    void guardsTheNamedGroupOnly() {
        assertEquals("(?<s>\\w)(?<verb>(?=[说表])(?:说|表示))", FirstChars.guardGroups("(?<s>\\w)(?<verb>(?:说|表示))", "verb"));
        assertEquals("(?<verb>[^说]示?)x", FirstChars.guardGroups("(?<verb>[^说]示?)x", "verb"), "first letters not plain: as it was");
    }

    @Test
    void noGuardWhenTheFirstLetterIsNotPlain() {
        assertNull(FirstChars.of("说?|表示"), "an optional first letter");
        assertNull(FirstChars.of("(?!不)"), "a lookahead alone");
        assertNull(FirstChars.of("[^会通]话"), "a negated class first");
        assertNull(FirstChars.of("(?:^|[，,])说"), "the text's start");
        assertNull(FirstChars.of("[^\\u4e00-\\u9fff]话"), "a range too wide to list");
        assertNull(FirstChars.of("会见|"), "an empty alternative");
        assertNull(FirstChars.of("\\w说"), "a wide escape first");
    }

    @Test
    void aGuardedPatternFindsWhatThePlainOneFinds() {
        List<String> regexes = List.of("会见|会晤|通(?:电)?话|见了?", "说(?![服法明])|表示|称(?![为作])", "访问|到访|赴|到(?!达)",
                "(?:(?:会见|通话)|说(?:道)?)|(?:访问)", "(?<![演游])说(?![服法])|(?!表示不)表示|(?<=[，。])称");
        Random random = new Random(7);
        String alphabet = "会见晤通电话了说服表示称为访问到达赴，。拜登习演游法不";
        for (String regex : regexes) {
            Pattern plain = Pattern.compile(regex);
            Pattern guarded = FirstChars.guarded(regex);
            Pattern inGroup = Pattern.compile(FirstChars.guardGroups("(?<verb>" + regex + ")", "verb"));
            for (int n = 0; n < 2000; n++) {
                StringBuilder b = new StringBuilder();
                for (int i = random.nextInt(30); i > 0; i--) {
                    b.append(alphabet.charAt(random.nextInt(alphabet.length())));
                }
                var a = plain.matcher(b);
                var g = guarded.matcher(b);
                var v = inGroup.matcher(b);
                while (true) {
                    boolean fa = a.find();
                    assertEquals(fa, g.find(), b.toString());
                    assertEquals(fa, v.find(), b.toString());
                    if (!fa) {
                        break;
                    }
                    assertEquals(a.start() + ":" + a.end(), g.start() + ":" + g.end(), b.toString());
                    assertEquals(a.start() + ":" + a.end(), v.start() + ":" + v.end(), b.toString());
                }
            }
        }
        assertEquals(FirstChars.anyOf(List.of("会见|会晤", "通话")).matcher("双方通话").find(), true);
    }
}
