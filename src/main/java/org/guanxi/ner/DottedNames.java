package org.guanxi.ner;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.guanxi.doc.Document;
import org.guanxi.doc.EntityType;
import org.guanxi.doc.Mention;
import org.guanxi.doc.Sentence;
import org.guanxi.doc.Span;
import org.guanxi.doc.Token;

/** Transliterated names written with an interpunct (佐科·维多多, 威廉·E·福特): where each begins and ends. */
final class DottedNames {
    private static final Pattern INTERPUNCT_NAME = Pattern.compile("\\p{IsHan}{1,6}(?:·\\s?(?:[A-Z]\\.?·\\s?)?\\p{IsHan}{1,6})+");
    /**
     * 乔治·斯蒂芬诺普洛斯（George Stephanopoulos）: a last part longer than six characters, read to the
     * end only where its Latin form in brackets vouches that the name goes on.
     */
    private static final Pattern GLOSSED_TAIL = Pattern.compile("\\p{IsHan}{1,2}(?=\\s?[（(]\\s?\\p{Lu}\\p{Ll})");

    private final NerTables tables;
    private final NameFilter names;
    private final HanlpAnalyzer hanlp;
    private final DottedNameStart firstPart;

    DottedNames(NerTables tables, NameFilter names, HanlpAnalyzer hanlp, DottedNameStart firstPart) {
        this.tables = tables;
        this.names = names;
        this.hanlp = hanlp;
        this.firstPart = firstPart;
    }

    /**
     * "美国总统佐科·维多多说" holds the name 佐科·维多多: before the dot, the Chinese characters after
     * the last word that cannot be part of a name (a title, a place, a verb, a function word); after
     * it, characters up to a word that ends names. A Latin initial may stand between the parts
     * (威廉·E·福特). Where the gazetteer knows the last part (约翰·柯宁 with 柯宁 curated), its
     * person is widened to the whole name; a curated name or a place found inside a part (巴赫 in
     * 马克·萨巴赫, the city 瑞安 in 瑞安·哈斯) gives way to the dotted name.
     */
    void find(Document doc, Sentence s, List<Token> toks, List<Span> taken, List<Mention> mentions, List<Recognizer.Candidate> out) {
        String norm = doc.norm(s.span());
        if (norm.indexOf('·') < 0) {
            return; // most sentences: no dot, nothing for the pattern to find
        }
        int base = s.span().start();
        Matcher m = INTERPUNCT_NAME.matcher(norm);
        int from = 0;
        while (from < norm.length() && m.find(from)) {
            from = m.end();
            int dot = norm.indexOf('·', m.start());
            int start = Math.max(m.start(), dot - 6);
            Token prev = null;
            for (Token t : toks) {
                int te = t.span().end() - base;
                // 瑞安·哈斯, 格莱塔·顿博: a transliterated given name HanLP took for a place
                boolean givenName = te == dot && t.tag().startsWith("ns") && names.transliteratedName(t.word());
                // 阿努 + 米塔/ns: the syllables before such a given name may still be the name's
                if (!givenName && te <= dot && te > start && (!canBeInName(t) || commonWordBeforeName(t)) && !syllableAfterTitle(t, prev)) {
                    start = te;
                }
                prev = t;
            }
            start = afterLastTitle(norm, start, dot);
            start = afterLastNonNameCharacter(norm, start, dot);
            start = firstPart.widen(norm, toks, base, start, dot);
            int runEnd = m.end();
            Matcher tail = GLOSSED_TAIL.matcher(norm).region(runEnd, norm.length());
            if (runEnd - norm.lastIndexOf('·', runEnd - 1) > 6 && tail.lookingAt()) {
                runEnd = tail.end();
            }
            int lastDot = norm.lastIndexOf('·', runEnd - 1);
            int end = cutAtWord(norm, toks, base, lastDot + 1, cutAtNameEnd(norm, runEnd, lastDot + 1));
            end = beforeNonNameCharacter(norm, lastDot + 1, end);
            end = firstPart.hyphenatedEnd(norm, end);
            // 比尔·盖茨和夫人梅琳达·盖茨: the run read past this name's end into the next dotted name's first
            // part (盖茨和夫人梅); the next search starts where this name ends, not where the run did
            if (end > dot && end < from) {
                from = end;
            }
            if (start >= dot || end <= lastDot + 1) {
                continue;
            }
            Span span = new Span(base + start, base + end);
            List<Span> clash = taken.stream().filter(x -> x.overlaps(span)).toList();
            if (clash.isEmpty() || placeGivesWay(clash, span, norm.substring(start, lastDot), base + lastDot + 1, mentions, taken)
                    || givesWay(clash, span, norm.substring(start, end), base + lastDot + 1, mentions, taken)) {
                out.add(new Recognizer.Candidate(span, norm.substring(start, end), EntityType.PERSON, "pattern:interpunct", s.index(), -1));
                taken.add(span);
            }
        }
    }

    /**
     * 拉 in "代表拉吉夫·钱德尔" or "总统杰拉尔德·福特" (杰/ag 拉/v): a one-character "verb" right after
     * a title or after another name syllable of one character is a syllable of the name.
     */
    private boolean syllableAfterTitle(Token t, Token prev) {
        return t.word().length() == 1 && t.tag().startsWith("v") && names.continuesName(t.word().charAt(0)) && prev != null
                && (prev.tag().equals("nnt") || tables.isTitle(prev.word())
                || prev.word().length() == 1 && names.continuesName(prev.word().charAt(0)) && !NameFilter.functionChar(prev.word().charAt(0))
                // 会让迈克·霍根: a verb that takes the person after another one-character verb is no syllable
                && !DottedNameStart.takesPerson(t.word().charAt(0)) && !DottedNameStart.takesPerson(prev.word().charAt(0)));
    }

    /** 次卿基思 (HanLP: 次/qv 卿基思/nr): a name before a dot starts after the last title written into it. */
    private int afterLastTitle(String norm, int start, int dot) {
        int out = start;
        for (int j = start + 2; j < dot; j++) {
            for (int len = 2; len <= 4 && j - len >= start; len++) {
                if (tables.titles().contains(norm.substring(j - len, j))) {
                    out = j;
                }
            }
        }
        return out;
    }

    /**
     * 第三个孩子阿道夫·希特勒, 是吉米·卡特, 高管奥利弗·施密特: the first part of a dotted name is a
     * transliteration; it starts after a function character (是), a character no transliteration
     * uses that is a word by itself (管, 任), or a word or title holding one (孩子, 而非, 防长). A rare
     * bound syllable (儒) is not enough: the gazetteer does not hold every syllable names use.
     */
    private int afterLastNonNameCharacter(String norm, int start, int dot) {
        for (int i = dot - 1; i > start; i--) {
            char c = norm.charAt(i - 1);
            if (breaksName(c) || i >= 2 && wordWithNonNameCharacter(norm.substring(i - 2, i))) {
                return i;
            }
        }
        return start;
    }

    /**
     * 托马斯·莫尔虽有, 凯利·布朗教授, 丽莎·布鲁曼塔尔夫妇: the last part of a dotted name ends, past its
     * first character (安迪·谢 stays whole), before a function character, a character no
     * transliteration uses that is a word by itself (虽, 早), or a word or title holding one (教授,
     * 夫妇); a rare bound syllable (儒 in 斯蒂芬·塞儒内) stays in.
     */
    private int beforeNonNameCharacter(String norm, int partStart, int end) {
        for (int i = partStart + 1; i < end; i++) {
            char c = norm.charAt(i);
            if (breaksName(c) || i + 2 <= norm.length() && wordWithNonNameCharacter(norm.substring(i, i + 2))) {
                return i;
            }
        }
        return end;
    }

    /** A function character no name spells with (是), or one no transliteration uses that is a word by itself (虽, 管). */
    private boolean breaksName(char c) {
        return names.nonNameFunctionChar(c) || !names.namePartChar(c) && hanlp.isFreeCharacter(c);
    }

    /** 孩子, 学家, 防长, 夫妇: a word or title of two characters, one of which no transliteration uses. */
    private boolean wordWithNonNameCharacter(String two) {
        return (hanlp.isCommonWord(two) || tables.titles().contains(two) || tables.personCues().contains(two))
                && !(names.namePartChar(two.charAt(0)) && names.namePartChar(two.charAt(1)));
    }

    /** 钱德尔发表了: the last part of a dotted name ends where a verb, adverb or particle of HanLP's starts. */
    private static int cutAtWord(String norm, List<Token> toks, int base, int partStart, int end) {
        for (Token t : toks) {
            int ts = t.span().start() - base;
            if (ts > partStart + 1 && ts < end) {
                String tag = t.tag();
                boolean verbLike = tag.startsWith("v") || tag.startsWith("p") || tag.startsWith("c") || tag.startsWith("d") || tag.startsWith("u")
                        || tag.startsWith("t") || tag.startsWith("f");
                if (verbLike && (t.word().length() >= 2 || NameFilter.functionChar(t.word().charAt(0)))) {
                    return ts;
                }
            }
        }
        return end;
    }

    /**
     * 妮娜·西亚 (Nina Shea), 杰克·伦敦: a transliterated given name before the dot makes the place
     * the gazetteer finds as the whole last part a surname; a place before the dot (美国·纽约) has
     * its own mention, so the clash is not that one place alone. The place's mention is dropped.
     */
    private boolean placeGivesWay(List<Span> clash, Span span, String firstParts, int lastPart, List<Mention> mentions, List<Span> taken) {
        if (clash.size() != 1) {
            return false;
        }
        Span x = clash.get(0);
        Mention hit = mentions.stream().filter(mm -> mm.span().equals(x)).findFirst().orElse(null);
        if (hit == null || hit.type() != EntityType.PLACE || x.start() != lastPart || x.end() != span.end()
                || !names.transliteratedName(firstParts) || hanlp.isDictionaryName(firstParts.replace("·", ""), "ns")) {
            return false;
        }
        mentions.remove(hit);
        taken.remove(x);
        return true;
    }

    /**
     * Whether names already taken inside a dotted name give way to it: a curated person that is
     * exactly the last part is widened to the whole name (and the dotted candidate is not needed);
     * curated people or places lying inside a part, not the whole last part, are dropped.
     */
    private static boolean givesWay(List<Span> clash, Span span, String whole, int lastPart, List<Mention> mentions, List<Span> taken) {
        if (clash.size() == 1) {
            Span x = clash.get(0);
            Mention hit = mentions.stream().filter(mm -> mm.span().equals(x)).findFirst().orElse(null);
            if (hit != null && hit.type() == EntityType.PERSON && x.start() == lastPart && x.end() <= span.end()) {
                Span widened = new Span(span.start(), x.end());
                String text = whole.substring(0, widened.length());
                mentions.set(mentions.indexOf(hit), new Mention(widened, text, hit.entity(), hit.source(), hit.confidence(), null, null));
                taken.remove(x);
                taken.add(widened);
                return false;
            }
        }
        for (Span x : clash) {
            Mention hit = mentions.stream().filter(mm -> mm.span().equals(x)).findFirst().orElse(null);
            boolean inside = x.start() >= span.start() && x.end() <= span.end();
            boolean startsLast = x.start() == lastPart;
            // a curated person starting at a part's start (安东尼·布林肯 itself, 布林肯 in it) is the better reading
            boolean personAtPart = inside && hit != null && hit.type() == EntityType.PERSON
                    && (x.start() == span.start() || whole.charAt(x.start() - span.start() - 1) == '·');
            if (hit == null || hit.type() == EntityType.ORGANIZATION || !inside || startsLast || personAtPart) {
                return false;
            }
        }
        mentions.removeIf(mm -> clash.contains(mm.span()));
        taken.removeAll(clash);
        return true;
    }

    /** 当地居民丽莎·布鲁曼塔尔: a word HanLP never saw as a name (居民/n; not 马克/n in 马克·萨巴赫) ends before the name. */
    private boolean commonWordBeforeName(Token t) {
        return t.word().length() >= 2 && !t.tag().startsWith("nr") && !t.tag().startsWith("nx") && hanlp.isNeverAName(t.word());
    }

    /** Words that end before a transliterated name: titles, places, verbs, prepositions, particles. */
    private boolean canBeInName(Token t) {
        String tag = t.tag();
        // 社会学家/nnd: an occupation, like a title, comes before the name
        if (tag.equals("nnt") || tag.equals("nnd") || tables.isTitle(t.word()) || tag.startsWith("ns") || tag.startsWith("nt")) {
            return false;
        }
        return !(tag.equals("v") || tag.equals("vn") || tag.equals("vi") || tag.startsWith("p") || tag.startsWith("c")
                || tag.startsWith("u") || tag.equals("w") || tag.startsWith("r") || tag.equals("d") || tag.equals("m")
                || tag.equals("t") || tag.equals("f"));
    }

    private int cutAtNameEnd(String s, int end, int lastPartStart) {
        for (int i = lastPartStart + 1; i < end; i++) {
            for (String w : tables.nameEnds()) {
                if (s.startsWith(w, i)) {
                    return i;
                }
            }
        }
        return end;
    }
}
