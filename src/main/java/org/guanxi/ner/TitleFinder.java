package org.guanxi.ner;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.guanxi.doc.Document;
import org.guanxi.doc.Entity;
import org.guanxi.doc.EntityType;
import org.guanxi.doc.Mention;
import org.guanxi.doc.Span;
import org.guanxi.doc.Token;
import org.guanxi.text.Normalizer;

/**
 * Finds the title written with a person's name: before it ("美国国务卿布林肯", "中国外交部副部长孙卫东",
 * "白宫国家安全顾问沙利文") or right after it ("拜登总统"). A title is a run of HanLP job-title words
 * (nnt) or listed titles with the words that qualify them, optionally led by the country or body it
 * belongs to, which gives the title's country.
 */
final class TitleFinder {
    /** Words that qualify a title without being one ("国家安全顾问", "前总统", "副总理"). */
    private static final Set<String> QUALIFIERS = Set.of("国家", "安全", "事务", "前", "副", "现任", "时任", "新任",
            "代理", "首席", "常务", "高级", "联邦", "卸任", "候任", "资深", "外交", "国防", "财政", "商务", "贸易",
            "首任", "第一", "常驻", "驻", "特别", "执行", "军事", "最高", "国务院", "政治局", "中央", "共和党", "民主党",
            "外交部", "国防部", "财政部", "商务部", "国务院台办", "国台办", "联合国", "白宫", "美国国务院");

    private final NerTables tables;
    private final Gazetteer gazetteer;
    private final Normalizer normalizer;

    TitleFinder(NerTables tables, Gazetteer gazetteer, Normalizer normalizer) {
        this.tables = tables;
        this.gazetteer = gazetteer;
        this.normalizer = normalizer;
    }

    /**
     * Works sentence by sentence (a title never crosses a sentence end), so that the cost stays
     * linear in the page however many names it holds.
     */
    List<Mention> attach(Document doc, List<List<Token>> tokens, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>(mentions.size());
        int next = 0;
        for (int si = 0; si < doc.sentences().size() && next < mentions.size(); si++) {
            Span sentence = doc.sentences().get(si).span();
            int from = next;
            while (next < mentions.size() && mentions.get(next).span().start() < sentence.end()) {
                next++;
            }
            out.addAll(attachInSentence(doc, tokens.get(si), mentions.subList(from, next)));
        }
        out.addAll(mentions.subList(next, mentions.size()));
        return out;
    }

    private List<Mention> attachInSentence(Document doc, List<Token> all, List<Mention> mentions) {
        List<Mention> out = new ArrayList<>(mentions.size());
        int k = 0;
        for (Mention m : mentions) {
            if (m.type() != EntityType.PERSON) {
                out.add(m);
                continue;
            }
            while (k < all.size() && all.get(k).span().end() <= m.span().start()) {
                k++;
            }
            out.add(withTitle(doc, all, k, m, mentions));
        }
        return out;
    }

    private Mention withTitle(Document doc, List<Token> all, int first, Mention m, List<Mention> mentions) {
        int j = first - 1;
        int titleStart = -1;
        int titleEnd = -1;
        int prefixStart = -1;
        Entity prefix = null;
        int limit = m.span().start() - 24;
        while (j >= 0 && all.get(j).span().start() >= limit && sameSentence(doc, all.get(j).span().end(), m.span().start())) {
            Token t = all.get(j);
            Mention over = mentionEndingAt(mentions, t.span());
            if (over != null && over.type() != EntityType.PERSON) {
                if (titleStart < 0) {
                    break; // a place right before a name is not a title ("在北京习近平")
                }
                int pair = over.type() == EntityType.PLACE ? pairedPlace(all, over.span().start(), over.span().end(), mentions) : -1;
                if (pair >= 0) {
                    // "中国与台湾事务高级主任": two places joined name the field of the title, not its country
                    titleStart = all.get(pair).span().start();
                    j = pair - 1;
                    continue;
                }
                if (over.type() == EntityType.PLACE || isCountryBody(over.entity())) {
                    prefix = over.entity();
                    prefixStart = over.span().start();
                    break;
                }
                titleStart = over.span().start(); // a ministry or committee is part of the title
                j = indexBefore(all, over.span().start());
                continue;
            }
            if (t.tag().equals("nnt") || tables.isTitle(t.word())) {
                titleStart = t.span().start();
                if (titleEnd < 0) {
                    titleEnd = t.span().end();
                }
            } else if (j > 0 && tables.isTitle(all.get(j - 1).word() + t.word())
                    && mentionEndingAt(mentions, all.get(j - 1).span()) == null) {
                // HanLP splits some titles: 商务部/长
                titleStart = all.get(j - 1).span().start();
                if (titleEnd < 0) {
                    titleEnd = t.span().end();
                }
                j--;
            } else if (QUALIFIERS.contains(t.word()) && titleStart >= 0) {
                titleStart = t.span().start();
            } else if (t.tag().startsWith("nt") && titleStart >= 0) {
                titleStart = t.span().start();
            } else if (titleStart == t.span().end() && joinsFields(all, j, mentions)) {
                // "能源和自然资源委员会主席": 和 joins two fields inside the title, not the title to someone before it
                titleStart = all.get(j - 1).span().start();
                j--;
            } else {
                break;
            }
            j--;
        }
        if (titleStart >= 0 && prefixStart < 0 && actsFor(doc, titleStart, titleEnd, mentions)) {
            // "王毅代表习近平会见…": the verb 代表 (on behalf of), not a title of the one represented
            titleStart = titleStart + ACTS_FOR.length() < titleEnd ? titleStart + ACTS_FOR.length() : -1;
        }
        if (titleStart >= 0 && titleEnd == m.span().start()) {
            String title = doc.norm().substring(titleStart, titleEnd);
            String country = prefix == null ? null : countryOf(prefix);
            return new Mention(m.span(), m.surface(), m.entity(), m.source(), m.confidence(), title,
                    new Span(prefixStart >= 0 ? prefixStart : titleStart, titleEnd));
        }
        // "拜登总统": the title after the name
        if (first < all.size()) {
            int after = indexAt(all, m.span().end());
            if (after >= 0 && (all.get(after).tag().equals("nnt") || tables.titles().contains(all.get(after).word()))
                    && mentions.stream().noneMatch(x -> x.span().start() == all.get(after).span().end())) {
                Token t = all.get(after);
                return new Mention(m.span(), m.surface(), m.entity(), m.source(), m.confidence(), t.word(), t.span());
            }
        }
        return m;
    }

    /** Words that open a second person's description after 和 (纽约分会和前州长帕特森), not a field. */
    private static final Set<String> STARTS_DESCRIPTION = Set.of("前", "副", "现任", "时任", "新任", "代理", "卸任", "候任", "首任", "原");
    /** Words that join two fields in a title: 能源和自然资源委员会, 中国与台湾事务. */
    private static final Set<String> JOINERS = Set.of("和", "与", "及", "暨");

    /**
     * Whether the joiner at {@code j} links two fields of one title: a common noun before it that names no one
     * and is no title itself (not 经济学家和前财长, two descriptions), and after it no title word either (not
     * 团队和国务卿).
     */
    private boolean joinsFields(List<Token> all, int j, List<Mention> mentions) {
        if (!JOINERS.contains(all.get(j).word()) || j < 1 || j + 1 >= all.size()) {
            return false;
        }
        Token before = all.get(j - 1);
        Token after = all.get(j + 1);
        return before.tag().startsWith("n") && !before.tag().startsWith("nr") && !before.tag().startsWith("ns")
                && !isTitleWord(before) && !isTitleWord(after) && !STARTS_DESCRIPTION.contains(after.word())
                && mentionEndingAt(mentions, before.span()) == null && !startsMention(mentions, after.span().start());
    }

    /** Words after two joined places that make them a field of work: 中国与台湾事务, 美中关系. */
    private static final Set<String> FIELDS = Set.of("事务", "关系", "问题", "政策", "交流", "合作", "边界");

    /**
     * The index of the first place in "X与Y" where Y is the place at {@code placeStart} and a field word
     * follows it (中国与台湾事务高级主任), or -1.
     */
    private static int pairedPlace(List<Token> all, int placeStart, int placeEnd, List<Mention> mentions) {
        int field = indexAtOrAfter(all, placeEnd);
        if (field < 0 || !FIELDS.contains(all.get(field).word())) {
            return -1; // "赴柏林与德国总理默克尔会晤": the second place is the title's country
        }
        int joiner = indexBefore(all, placeStart);
        if (joiner < 1 || !JOINERS.contains(all.get(joiner).word()) || all.get(joiner).span().end() != placeStart) {
            return -1;
        }
        Mention first = mentionEndingAt(mentions, all.get(joiner - 1).span());
        return first != null && first.type() == EntityType.PLACE && first.span().end() == all.get(joiner).span().start()
                ? indexAtOrAfter(all, first.span().start()) : -1;
    }

    /**
     * Whether a body the gazetteer knows starts at {@code at}: after 与 it heads a title of its own (回程与众议院议长麦卡锡会面);
     * a committee HanLP found is named by its field (能源和自然资源委员会).
     */
    private static boolean startsMention(List<Mention> mentions, int at) {
        for (Mention x : mentions) {
            if (x.span().start() == at && (x.type() != EntityType.ORGANIZATION || x.entity().country() != null)) {
                return true;
            }
        }
        return false;
    }

    private boolean isTitleWord(Token t) {
        return t.tag().equals("nnt") || tables.isTitle(t.word());
    }

    private static int indexAtOrAfter(List<Token> all, int start) {
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).span().start() >= start) {
                return i;
            }
        }
        return -1;
    }

    private static final String ACTS_FOR = "代表";
    /** Between someone and the 代表 they act with: an adverb or a modal at most (栗战书将代表习近平访问朝鲜). */
    private static final java.util.regex.Pattern ACTOR_GAP = java.util.regex.Pattern.compile(
            "(?:将|将会|也|还|曾|则|亦|已|再|又|并|随后|亲自|正式|专程|特地|首次|同时)*$");

    /**
     * Whether a title that opens with 代表 is the verb "on behalf of": after another person's name (阿扎尔代表总统
     * 川普访问台湾) or a modal (阿扎尔访台将代表川普总统会见蔡英文). A representative's title is led by whom they
     * represent (台湾驻美代表, 贸易代表), not by a person or an adverb.
     */
    private static boolean actsFor(Document doc, int titleStart, int titleEnd, List<Mention> mentions) {
        String norm = doc.norm();
        if (!norm.startsWith(ACTS_FOR, titleStart) || titleEnd - titleStart < ACTS_FOR.length()) {
            return false;
        }
        String before = norm.substring(Math.max(0, titleStart - 6), titleStart);
        java.util.regex.Matcher gap = ACTOR_GAP.matcher(before);
        int actorEnd = gap.find() ? titleStart - (before.length() - gap.start()) : titleStart;
        if (actorEnd < titleStart) {
            return true;
        }
        for (Mention x : mentions) {
            if (x.type() == EntityType.PERSON && x.span().end() == actorEnd) {
                return true;
            }
        }
        return false;
    }

    private static boolean sameSentence(Document doc, int from, int to) {
        return doc.text().substring(Math.min(from, to), Math.max(from, to)).indexOf('\n') < 0;
    }

    private static Mention mentionEndingAt(List<Mention> mentions, Span token) {
        for (Mention x : mentions) {
            if (x.span().end() == token.end() || (x.span().start() <= token.start() && x.span().end() >= token.end())) {
                return x;
            }
        }
        return null;
    }

    /** Index of the last word ending at or before {@code start}, or -1. */
    private static int indexBefore(List<Token> all, int start) {
        for (int i = all.size() - 1; i >= 0; i--) {
            if (all.get(i).span().end() <= start) {
                return i;
            }
        }
        return -1;
    }

    private static int indexAt(List<Token> all, int start) {
        for (int i = 0; i < all.size(); i++) {
            if (all.get(i).span().start() == start) {
                return i;
            }
        }
        return -1;
    }

    /** Bodies that stand for their country in a title: 白宫, 中共, 克里姆林宫. */
    private boolean isCountryBody(Entity e) {
        return e.type() == EntityType.ORGANIZATION && e.country() != null && e.labelZh().length() <= 4;
    }

    private String countryOf(Entity e) {
        if (e.country() != null) {
            return e.country();
        }
        return gazetteer.countryCode(Gazetteer.key(e.labelZh(), normalizer));
    }
}
