package org.guanxi.ner;

import java.util.List;
import org.guanxi.doc.Document;
import org.guanxi.doc.EntityType;
import org.guanxi.doc.Mention;
import org.guanxi.doc.Sentence;
import org.guanxi.doc.Span;
import org.guanxi.doc.Token;

/**
 * Names read after a title where HanLP did not find them whole: a run of transliteration
 * (副总统罗德里格斯刚刚抵达) or a Chinese name of two or three characters (当地官员张文华表示), each
 * ending where a name can end.
 */
final class TitledNames {
    private final NerTables tables;
    private final NameFilter names;
    private final HanlpAnalyzer hanlp;

    TitledNames(NerTables tables, NameFilter names, HanlpAnalyzer hanlp) {
        this.tables = tables;
        this.names = names;
        this.hanlp = hanlp;
    }

    /**
     * "当地官员张文华表示" when HanLP splits the name (张/q 文华/nz): right after a title, two or three
     * characters that start with a surname and end where a verb of saying or punctuation starts.
     */
    void find(Document doc, Sentence s, List<Token> toks, List<Span> taken, List<Mention> mentions, List<Recognizer.Candidate> out) {
        String norm = doc.norm(s.span());
        int base = s.span().start();
        for (int i = 0; i < toks.size() - 1; i++) {
            Token t = toks.get(i);
            if (!(t.tag().equals("nnt") || tables.isTitle(t.word()))) {
                continue;
            }
            int at = t.span().end() - base;
            // 理事/nnt 长谷/nr 崎泰明: a title HanLP cut before its last character (理事长) ends one further on
            boolean longerTitle = at + 1 < norm.length() && tables.isTitle(norm.substring(t.span().start() - base, at + 1));
            if (japaneseName(s, norm, base, at, taken, mentions, out) || longerTitle && japaneseName(s, norm, base, at + 1, taken, mentions, out)) {
                continue;
            }
            int foreign = names.transliterationRun(norm, at);
            boolean ends = foreign >= 2 && endsName(norm, at + foreign);
            // else the longest run of three or more that ends where HanLP starts a word that is no noun (刚刚 in 罗德里格斯刚刚)
            for (int len = foreign; !ends && len >= 3; len--) {
                if (endsForeignName(norm, at + len, toks, base) && names.transliteratedName(norm.substring(at, at + len))
                        && !startsWithWord(toks, base + at)) {
                    foreign = len;
                    ends = true;
                }
            }
            // 豪根公布了, 史密斯实施: a run of name syllables that ends in a verb of two characters ends before the verb
            if (ends && foreign >= 4 && hanlp.isCommonVerb(norm.substring(at + foreign - 2, at + foreign))) {
                foreign -= 2;
            }
            // 弗格海军上将: a run that took in the first characters of a rank after the name (海军) ends before the rank
            if (ends && foreign >= 4 && cueAt(norm, at + foreign - 2)) {
                foreign -= 2;
            }
            if (foreign >= 2) {
                Span span = new Span(base + at, base + at + foreign);
                String name = norm.substring(at, at + foreign);
                if (ends && !hanlp.isCommonWord(name) && !wordAfterTitle(doc.norm(), toks, base + at, foreign) && freeOrPlacesInside(span, taken, mentions)) {
                    out.add(new Recognizer.Candidate(span, name, EntityType.PERSON, "pattern:title-foreign", s.index(), -1));
                    taken.add(span);
                    continue;
                }
            }
            for (int len = 3; len >= 2; len--) {
                if (at + len > norm.length()) {
                    continue;
                }
                String name = norm.substring(at, at + len);
                Span span = new Span(base + at, base + at + len);
                // 书记和主任: a surname-like character before a title is no name
                if (!name.codePoints().allMatch(cp -> HanlpAnalyzer.isHan((char) cp)) || !tables.startsWithSurname(name)
                        || tables.titles().contains(name.substring(1))
                        || names.ambiguousSurname(name) && (hanlp.isCommonWord(name.substring(1)) || adverbFirst(toks, base + at))
                        || hanlp.isCommonWord(name) || tables.notNames().contains(name)
                        || !endsName(norm, at + len) && !(len == 3 && givenNameRead(toks, base + at + 1) && endsForeignName(norm, at + len, toks, base))
                        || taken.stream().anyMatch(x -> x.overlaps(span))
                        // 立委范云以及: the third character starts the function word after a name of two
                        || len == 3 && at + 4 <= norm.length() && hanlp.isFunctionWord(norm.substring(at + 2, at + 4))
                        // 作家郑义说: the third character starts the verb of saying after a name of two
                        || len == 3 && cueAt(norm, at + 2)
                        // 总裁米勒的会晤: 的, 了, 着 end no given name; they follow one
                        || "的了着".indexOf(name.charAt(len - 1)) >= 0) {
                    continue;
                }
                out.add(new Recognizer.Candidate(span, name, EntityType.PERSON, "pattern:title", s.index(), -1));
                taken.add(span);
                break;
            }
        }
    }

    /**
     * 参议员佐藤正久表示, 经济再生大臣西村康稔也: right after a title, a Japanese surname of two
     * characters and a given name of one or two (吉田茂, 佐藤正久), ending where a name can end. HanLP
     * cuts such names apart (佐藤/nz 正/d 久/a) or reads the surname as a place (西村/ns).
     */
    private boolean japaneseName(Sentence s, String norm, int base, int at, List<Span> taken, List<Mention> mentions, List<Recognizer.Candidate> out) {
        if (at + 3 > norm.length() || !tables.japaneseSurnames().contains(norm.substring(at, at + 2))) {
            return false;
        }
        for (int len = 4; len >= 3; len--) {
            if (at + len > norm.length()) {
                continue;
            }
            String name = norm.substring(at, at + len);
            Span span = new Span(base + at, base + at + len);
            // 也, 将, 在 (西村康稔也出席) end a name as well as punctuation and verbs of saying do
            boolean ends = endsName(norm, at + len) || names.endsNameAt(norm, at + len);
            if (!name.codePoints().allMatch(cp -> HanlpAnalyzer.isHan((char) cp)) || !ends || NameFilter.functionChar(name.charAt(len - 1))
                    || len == 4 && givenIsWord(name.substring(2)) || tables.notNames().contains(name)
                    || !freeOrPlacesInside(span, taken, mentions)) {
                continue;
            }
            out.add(new Recognizer.Candidate(span, name, EntityType.PERSON, "pattern:title-japanese", s.index(), -1));
            taken.add(span);
            return true;
        }
        return false;
    }

    /** 佐藤表示, 佐藤一行, 佐藤先生: a verb, a function word or a form of address after the surname, not a given name (泰明, 正久). */
    private boolean givenIsWord(String two) {
        return hanlp.isCommonVerb(two) || hanlp.isFunctionWord(two) || hanlp.isJobTitle(two) || tables.personCues().contains(two);
    }

    /**
     * 罗德里格斯 in "副总统罗德里格斯刚刚抵达": a place HanLP or the gazetteer found inside a run of
     * transliteration after a title (德里) is part of the name; the longer reading wins. The span
     * is free, or every name taken inside it is a place lying within it, and those are dropped.
     */
    private static boolean freeOrPlacesInside(Span span, List<Span> taken, List<Mention> mentions) {
        List<Span> clash = taken.stream().filter(x -> x.overlaps(span)).toList();
        if (clash.isEmpty()) {
            return true;
        }
        for (Span x : clash) {
            boolean place = mentions.stream().anyMatch(m -> m.span().equals(x) && m.type() == EntityType.PLACE);
            if (!place || x.start() <= span.start() || x.end() > span.end()) {
                return false;
            }
        }
        mentions.removeIf(m -> clash.contains(m.span()));
        taken.removeAll(clash);
        return true;
    }

    /**
     * 学生家长参与, 警察根本不理, 教官驻台, 官员一事: after a title, a noun, adjective or adverb that is
     * never a name (家长, 根本), or in a run of two, a numeral or function word of one character (一)
     * or a verb before a place character (驻台, 治港), starts no foreign name. 克拉/q (克拉瓦诺), 布雷/v
     * (布雷思韦特) and 肯/v (肯尼) are syllables HanLP cut names into, and stay.
     */
    private boolean wordAfterTitle(String norm, List<Token> toks, int start, int length) {
        for (Token t : toks) {
            if (t.span().start() == start) {
                String tag = t.tag();
                boolean neverName = t.word().length() >= 2 && (tag.equals("n") || tag.startsWith("a") || tag.startsWith("d"))
                        && hanlp.isNeverAName(t.word());
                boolean one = length == 2 && t.word().length() == 1;
                boolean functionFirst = one && (tag.startsWith("m") || tag.startsWith("p") || tag.startsWith("d") || tag.startsWith("c")
                        || tag.startsWith("r"));
                boolean verbBeforePlace = one && tag.startsWith("v") && start + 1 < norm.length()
                        && tables.countryChars().contains(norm.charAt(start + 1));
                return neverName || functionFirst || verbBeforePlace;
            }
        }
        return false;
    }

    /**
     * 议员都做过: HanLP reads the surname-like first character as an adverb, conjunction or
     * preposition word of its own and a verb after it; after a title that is what it is (not 次长曾厚仁,
     * where no verb follows 曾).
     */
    private static boolean adverbFirst(List<Token> toks, int start) {
        for (int i = 0; i + 1 < toks.size(); i++) {
            Token t = toks.get(i);
            if (t.span().start() == start) {
                String tag = t.tag();
                return t.word().length() == 1 && (tag.startsWith("d") || tag.startsWith("c") || tag.startsWith("p"))
                        && toks.get(i + 1).tag().startsWith("v");
            }
        }
        return false;
    }

    /** 峰会 in "领导人峰会延后": the word HanLP reads first is an ordinary word of two characters or more, not a name's. */
    private static boolean startsWithWord(List<Token> toks, int start) {
        for (Token t : toks) {
            if (t.span().start() == start) {
                String tag = t.tag();
                return t.word().length() >= 2 && !tag.startsWith("nr") && !tag.startsWith("ns") && !tag.startsWith("nx");
            }
        }
        return false;
    }

    /**
     * 国防部长曹/nz 刚川/nr 还曾: HanLP read the two characters after the surname as a given name of
     * their own, so an adverb, verb or preposition after them ends the name as punctuation does.
     */
    private static boolean givenNameRead(List<Token> toks, int start) {
        return toks.stream().anyMatch(t -> t.span().start() == start && t.word().length() == 2 && t.tag().equals("nr"));
    }

    /** A transliterated name may end where a function word (并, 已) or a word of HanLP's that is no noun starts. */
    private static boolean endsForeignName(String norm, int at, List<Token> toks, int base) {
        if (at >= norm.length() || NameFilter.functionChar(norm.charAt(at))) {
            return true;
        }
        if (norm.charAt(at) == '·' || norm.charAt(at) == '-') {
            return false; // 马里斯·佩恩: the name goes on
        }
        for (Token t : toks) {
            if (t.span().start() - base == at) {
                String tag = t.tag();
                return tag.startsWith("d") || tag.startsWith("p") || tag.startsWith("v") || tag.startsWith("c") || tag.equals("t")
                        || tag.equals("m") || tag.equals("w");
            }
        }
        return false;
    }

    /** A verb of saying or another word that shows a person (说, 称, 表示) starts at {@code at}. */
    private boolean cueAt(String norm, int at) {
        for (String cue : tables.personCues()) {
            if (norm.startsWith(cue, at)) {
                return true;
            }
        }
        return false;
    }

    /**
     * A name may end here: at punctuation, 等 (立委陈玉珍等), 与/和/及 (次长曾厚仁与司长…), the end, a date (欧江安9日说), or a word
     * that shows a person ("表示", "说").
     */
    boolean endsName(String norm, int at) {
        if (at >= norm.length()) {
            return true;
        }
        char c = norm.charAt(at);
        if ("，、（(。：:；;”等与和及".indexOf(c) >= 0 || c >= '0' && c <= '9' || c >= '０' && c <= '９') {
            return true;
        }
        for (String cue : tables.personCues()) {
            if (norm.startsWith(cue, at)) {
                return true;
            }
        }
        return false;
    }
}
