package org.guanxi.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.guanxi.doc.Entity;
import org.guanxi.doc.EntityType;
import org.guanxi.doc.Mention;
import org.guanxi.doc.Span;
import org.guanxi.doc.Token;

/**
 * People Chinese text names only in Latin letters: "发言人Nils Schmid认为", "专家Jenny Town表示".
 * Two or three capitalised words stand where a person stands: after a title, or before a verb of
 * saying. Inside brackets they are the English form of the Chinese name before them, not a
 * mention of their own; words that name institutions, media or places (Institute, News, North)
 * make the run no person's name.
 */
final class LatinNames {
    private static final Pattern NAME = Pattern.compile(
            "(?<![A-Za-z\\u00C0-\\u024F\\d.&'-])\\p{Lu}[\\p{Ll}'’-]+(?: \\p{Lu}[\\p{Ll}'’-]+){1,2}(?![A-Za-z\\u00C0-\\u024F\\d&])");
    /** Verbs of saying: the person cues that are verbs (a Latin run before 先生 or 总统 is another matter). */
    private static final List<String> SAYING = List.of("说", "表示", "指出", "强调", "称", "认为", "警告", "透露", "告诉", "介绍",
            "回应", "坦言", "直言", "写道", "宣布", "承认", "解释", "补充");

    /** A Latin name alone in brackets, right after the Chinese text: "彼迪 (Piti Srisangnam)". */
    private static final Pattern BRACKETED = Pattern.compile(
            "^ ?[（(] ?(\\p{Lu}[\\p{Ll}'’-]+(?: \\p{Lu}[\\p{Ll}'’-]+){1,2}) ?[）)]");

    private final NerTables tables;
    private final Set<String> notNameWords;

    LatinNames(NerTables tables, Set<String> notNameWords) {
        this.tables = tables;
        this.notNameWords = notNameWords;
    }

    /** The people named in Latin letters in one sentence ({@code norm} starting at {@code base}), outside {@code taken}. */
    List<Mention> find(String norm, int base, List<Span> taken) {
        List<Mention> out = new ArrayList<>();
        if (norm.codePoints().noneMatch(c -> Character.getType(c) == Character.UPPERCASE_LETTER)) {
            return out; // NAME starts with a capital (\p{Lu}); most sentences have none, and the lookbehind is tried everywhere
        }
        Matcher m = NAME.matcher(norm);
        while (m.find()) {
            String name = m.group();
            Span span = new Span(base + m.start(), base + m.end());
            if (taken.stream().anyMatch(x -> x.overlaps(span)) || inBrackets(norm, m.start()) || hasNotNameWord(name)
                    || !(titleBefore(norm, m.start()) || cueAfter(norm, m.end()))) {
                continue;
            }
            Entity e = new Entity(Recognizer.prefix(EntityType.PERSON) + name, EntityType.PERSON, name, name, List.of(), null, null, false);
            out.add(new Mention(span, name, e, "pattern:latin", 0.75, null, null));
        }
        return out;
    }

    private boolean hasNotNameWord(String name) {
        for (String w : name.split(" ")) {
            if (notNameWords.contains(w)) {
                return true;
            }
        }
        return false;
    }

    private static boolean inBrackets(String norm, int start) {
        int i = start - 1;
        while (i >= 0 && norm.charAt(i) == ' ') {
            i--;
        }
        return i >= 0 && "（(".indexOf(norm.charAt(i)) >= 0;
    }

    /** A title ends right before the name ("总裁Joe Kaeser"), a space allowed between. */
    private boolean titleBefore(String norm, int start) {
        int end = start;
        while (end > 0 && norm.charAt(end - 1) == ' ') {
            end--;
        }
        for (int len = 2; len <= 6 && len <= end; len++) {
            if (tables.titles().contains(norm.substring(end - len, end))) {
                return true;
            }
        }
        return false;
    }

    /** A verb of saying right after the name ("Jenny Town表示"), a space allowed between. */
    private boolean cueAfter(String norm, int end) {
        int at = end;
        while (at < norm.length() && norm.charAt(at) == ' ') {
            at++;
        }
        for (String cue : SAYING) {
            if (norm.startsWith(cue, at)) {
                return true;
            }
        }
        return false;
    }

    /** A name may start at token {@code first}: the sentence, a punctuation mark, a title or 的 ends right before it. */
    private boolean edgeBefore(String norm, int base, List<Token> toks, int first) {
        Token before = first > 0 ? toks.get(first - 1) : null;
        return before == null || before.tag().equals("w") || before.tag().startsWith("nn") || tables.isTitle(before.word())
                || before.word().equals("的") || titleBefore(norm, toks.get(first).span().start() - base);
    }

    /**
     * A Chinese-written name with its Latin form in brackets after it, where HanLP saw no name
     * (专家彼/rz 迪/nz (Piti Srisangnam), 主编石/ng 丸/ng 次/qv 郎/ng (Jiro Ishimaru)): the two to six
     * characters before the bracket, read back over one-character words and name-like words
     * (nr, nz) up to a title, punctuation, 的 or the sentence start.
     */
    List<Mention> bracketed(String norm, int base, List<Token> toks, List<Span> taken) {
        List<Mention> out = new ArrayList<>();
        for (int k = 0; k < toks.size(); k++) {
            Token bracket = toks.get(k);
            int at = bracket.span().start() - base;
            if (at < 0 || at >= norm.length() || "（( ".indexOf(norm.charAt(at)) < 0) {
                continue; // BRACKETED's first character: most words are not a bracket
            }
            Matcher m = BRACKETED.matcher(norm.substring(at, Math.min(norm.length(), at + 60)));
            if (!m.find() || hasNotNameWord(m.group(1))) {
                continue;
            }
            int first = k;
            int length = 0;
            while (first > 0 && length < 6) {
                Token t = toks.get(first - 1);
                // a one-character word of any kind but a preposition, conjunction or particle (次/qv in 石丸次郎)
                String tag = t.tag();
                boolean nameLike = t.word().length() == 1
                        ? HanlpAnalyzer.isHan(t.word().charAt(0)) && !tag.startsWith("p") && !tag.startsWith("c") && !tag.startsWith("u")
                        // a dotted name is DottedNames' to read, with its checks of what follows (瓦尔特·里德 (Walter Reed) 军医院)
                        : (tag.startsWith("nr") || tag.equals("nz")) && t.word().indexOf('·') < 0;
                if (!nameLike || tables.isTitle(t.word()) || length + t.word().length() > 6) {
                    break;
                }
                length += t.word().length();
                first--;
            }
            // 执行/v 长/a 托/v 纳/v (Peter Tonagh): the read-back ran into the last character of a title
            // (执行长); the name starts where a title ends
            while (length >= 2 && !edgeBefore(norm, base, toks, first)) {
                length -= toks.get(first).word().length();
                first++;
            }
            // 克林特·伊斯特伍德 (Clint Eastwood), 马特·米勒 (Matt Miller): the last part of a dotted name is
            // DottedNames' to read whole (read alone, the surname would take the full name's place)
            int from = toks.get(first).span().start() - base;
            if (length < 2 || from > 0 && norm.charAt(from - 1) == '·') {
                continue;
            }
            Span span = new Span(toks.get(first).span().start(), bracket.span().start());
            if (taken.stream().noneMatch(x -> x.overlaps(span))) {
                String name = norm.substring(span.start() - base, span.end() - base);
                Entity e = new Entity(Recognizer.prefix(EntityType.PERSON) + name, EntityType.PERSON, name, m.group(1), List.of(), null, null, false);
                out.add(new Mention(span, name, e, "pattern:bracketed", 0.75, null, null));
            }
        }
        return out;
    }
}
