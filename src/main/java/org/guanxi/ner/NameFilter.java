package org.guanxi.ner;

import java.util.HashMap;
import java.util.HashSet;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.guanxi.doc.Entity;
import org.guanxi.doc.EntityType;

/**
 * Whether a name HanLP (or a pattern) proposes can be a person's name at all, before any
 * evidence is weighed. HanLP's role tagging glues function words onto names (周将, 米歇尔因, 于新冠)
 * and reads ordinary words as transliterations (台美关系, 印两军); real names rarely look like that.
 */
final class NameFilter {
    /**
     * Characters that end or start a word, not a given name (将 in 周将, 为 in 欧元为); the negations
     * 不 and 没 before a verb too (法官朱锡伟不允); not 未, which given names use (沈未); the
     * conjunction 虽 (鲍尔虽乐见), the aspect particle 着 (职工管理着), the pronouns 他 and 她 (局长辛格特里他)
     * and the preposition 跟 (阿佳跟工作人员), which no name spells with.
     */
    private static final String FUNCTION = "的了和与及在对向是为将也都等就被从因当则曾还又把于称说而并才已正再亦之其此该各某所但却首次上下中里外前后时两第不没虽着他她跟";
    /** Function characters that transliterations also use inside a name (里根, 德里, 普里姆). */
    private static final String INSIDE_NAMES = "里";
    /**
     * What follows a name of a thing or a place, not a person: 约翰·霍普金斯大学, 麦克马洪线,
     * 瓦尔特·里德军医院, 沃尔特·里德国家军事医疗中心, 弗拉基米尔州, 后贝加尔边疆区, 苏克巴托广场, 巴勒万河谷, 莫拉克风灾, 布伦特原油,
     * 芒廷霍姆空军基地, 圣布莱德教堂.
     */
    private static final Pattern THING_AFTER = Pattern.compile(
            "^(?:大学|学院|医院|医疗中心|医学中心|级|系数|指数|和平奖|文学奖|物理学奖|化学奖|医学奖|经济学奖|木马|之剑|航母|航空母舰|直升机|战斗机|坦克|导弹|拍卖|毒剂|神经毒剂|军医院|医学院|研究所|研究院|研究中心|中心|基金会|公司|集团|银行|线|路|街|大道|桥|港|湾|号(?![召称])|奖|法案|主义|时代|家族|王朝|体|式"
            + "|州|省|市|区|县|镇|村|边疆区|广场|河谷|温泉|城堡|频道|电视台|演习场|训练场|靶场|球场|体育场|勋章|奖章|百科|商业频道|商业台|商业新闻|商业网|安全论坛|论坛|新闻台|新闻网|电视网|广播公司|河(?![南北])|山(?![东西])|湖(?![南北])|岛|半岛|机场|公园|宫|庄园|风灾|台风|地区|原油|空军基地|基地|教堂|大教堂"
            // eponyms: an effect, a trap, a law of nature or an act of parliament, a syndrome, a grant (邓宁-克鲁格效应, 修昔底德陷阱, 马格尼茨基问责法)
            + "|效应|陷阱|定律|综合征|问责法|人权问责法|法》|奖学金|学者计划)");
    /** Countries whose people have Chinese-script names, not transliterations. */
    private static final Set<String> HAN_NAMED = Set.of("cn", "tw", "hk", "mo", "sg", "kr", "kp", "jp", "vn");

    private final NerTables tables;
    private final HanlpAnalyzer hanlp;
    /** Characters the gazetteer's transliterated names use (two uses at least); a bit set, as it is asked per character. */
    private final java.util.BitSet transliteration;

    NameFilter(NerTables tables, HanlpAnalyzer hanlp, Gazetteer gazetteer) {
        this.tables = tables;
        this.hanlp = hanlp;
        this.transliteration = transliterationCharacters(gazetteer);
    }

    private static java.util.BitSet transliterationCharacters(Gazetteer g) {
        Map<Character, Integer> counts = new HashMap<>();
        for (Entity e : g.entities()) {
            boolean foreign = e.type() == EntityType.PERSON ? !HAN_NAMED.contains(String.valueOf(e.country()))
                    : e.type() == EntityType.PLACE && e.labelZh().length() >= 3;
            if (!foreign) {
                continue;
            }
            for (String n : Gazetteer.names(e)) {
                for (char c : n.toCharArray()) {
                    if (HanlpAnalyzer.isHan(c)) {
                        counts.merge(c, 1, Integer::sum);
                    }
                }
            }
        }
        java.util.BitSet out = new java.util.BitSet();
        counts.forEach((c, n) -> {
            if (n >= 2) {
                out.set(c);
            }
        });
        return out;
    }

    /**
     * A Chinese name (HanLP's nr, or found after a title): a surname, a given name of name
     * characters; unless {@code attested} (a title before it), it may not start or end with a word.
     */
    boolean chineseName(String name, boolean attested) {
        if (name.length() < 2 || name.length() > 4 || !tables.startsWithSurname(name) || tables.notNames().contains(name)) {
            return false;
        }
        int given = tables.surnames().contains(name.substring(0, Math.min(2, name.length()))) && name.length() >= 3 ? 2 : 1;
        for (int i = given; i < name.length(); i++) {
            // 田中光, 权正根: with a title before, 中 and 正 inside a given name are the name's own
            boolean givenNameChar = attested && i < name.length() - 1 && "中正".indexOf(name.charAt(i)) >= 0;
            if (FUNCTION.indexOf(name.charAt(i)) >= 0 && !givenNameChar) {
                return false;
            }
        }
        // 安全和, 关和平, 时长约: the name starts or ends with an ordinary word
        return !hanlp.isCommonWord(name) && (attested || !(name.length() >= 3 && (hanlp.isCommonWord(name.substring(0, 2))
                || hanlp.isCommonWord(name.substring(name.length() - 2)))));
    }

    /**
     * A Chinese name before a verb of saying ({@link SpeakerNames}): as {@link #chineseName} without
     * a title, but 之, 中, 正 and 于 may stand anywhere in the given name (童之伟, 文贯中, 洪丕正, 黄于玲).
     */
    boolean speakerName(String name) {
        if (chineseName(name, false)) {
            return true;
        }
        String masked = name.substring(0, 1) + name.substring(1).replaceAll("[之中正于]", "伟");
        return !masked.equals(name) && chineseName(masked, false) && !hanlp.isCommonWord(name.substring(name.length() - 2));
    }

    /** A transliterated name: only characters transliterations use, not starting or ending with a word. */
    boolean transliteratedName(String name) {
        String bare = name.replace("·", "");
        if (bare.length() < 2 || tables.notNames().contains(name)) {
            return false;
        }
        for (char c : bare.toCharArray()) {
            if (!transliteration.get(c)) {
                return false;
            }
        }
        if (FUNCTION.indexOf(bare.charAt(0)) >= 0 || FUNCTION.indexOf(bare.charAt(bare.length() - 1)) >= 0) {
            return false;
        }
        return !hanlp.isCommonWord(bare) && !(bare.length() >= 3 && (hanlp.isCommonWord(bare.substring(bare.length() - 2))
                && !transliteration.get(bare.charAt(bare.length() - 1))));
    }

    /** The length of the run of transliteration characters at {@code at} (up to 6), stopping before words that end names. */
    int transliterationRun(String norm, int at) {
        int n = 0;
        while (at + n < norm.length() && n < 6 && transliteration.get(norm.charAt(at + n))
                && (FUNCTION.indexOf(norm.charAt(at + n)) < 0 || insideRun(norm, at, n)) && (n == 0 || !endsNameAt(norm, at + n))) {
            n++;
        }
        return n;
    }

    /**
     * 里 in 罗德里格斯: a function character that transliterations use, inside a run and followed by more of it;
     * or ending a run of two syllables or more where a name ends (部长瓜尔蒂耶里及, 佩里说, 加里、): 里 after a
     * place or a noun (城里, 心里) follows no run of transliteration.
     */
    private boolean insideRun(String norm, int at, int n) {
        int i = at + n;
        if (n == 0 || INSIDE_NAMES.indexOf(norm.charAt(i)) < 0) {
            return false;
        }
        if (i + 1 >= norm.length()) {
            return n >= 2;
        }
        char next = norm.charAt(i + 1);
        return transliteration.get(next) && FUNCTION.indexOf(next) < 0
                || n >= 2 && ("，,、。；;：:”）)及和与".indexOf(next) >= 0 || endsNameAt(norm, i + 1));
    }

    /** True when a word that ends names (说, 表示, 会见) starts at {@code i}. */
    boolean endsNameAt(String norm, int i) {
        for (String end : tables.nameEnds()) {
            if (norm.startsWith(end, i)) {
                return true;
            }
        }
        return false;
    }

    /** True when the character is a function word that cannot go on a name (并 in 维特齐并追赠). */
    static boolean functionChar(char c) {
        return FUNCTION.indexOf(c) >= 0;
    }

    /** A run of one-character country names (韩美日, 中美俄): a list of countries, not a person. */
    boolean countryRun(String name) {
        if (name.length() < 3) {
            return false;
        }
        for (char c : name.toCharArray()) {
            if (!tables.countryChars().contains(c)) {
                return false;
            }
        }
        return true;
    }

    /** A curated person whose Chinese name is a transliteration. */
    boolean isTransliterated(Entity e) {
        return e.type() == EntityType.PERSON && !HAN_NAMED.contains(String.valueOf(e.country()));
    }

    /**
     * True when a part of a dotted name may hold this character: one transliterations use, but no
     * function character other than those names spell with (里 in 弗里德里希, 因 in 莱因哈特, 当 in 亚当).
     */
    boolean namePartChar(char c) {
        return transliteration.get(c) && (FUNCTION.indexOf(c) < 0 || "里因当".indexOf(c) >= 0);
    }

    /** A function character no transliteration spells with (是, 在, 前; not 里, 因, 当). */
    boolean nonNameFunctionChar(char c) {
        return FUNCTION.indexOf(c) >= 0 && "里因当".indexOf(c) < 0;
    }

    /** True when a transliterated name could go on with this character (齐 after 维特). */
    boolean continuesName(char c) {
        return transliteration.get(c) && FUNCTION.indexOf(c) < 0 && !tables.personCues().contains(String.valueOf(c));
    }

    /** True when the text starts with a word naming a thing or place kind (州 in 弗拉基米尔州). */
    boolean thingStarts(String text, int at) {
        return THING_AFTER.matcher(text).region(at, text.length()).lookingAt();
    }

    /**
     * True when the words right after a name make it the name of a thing (大学, 医院, 线), also
     * when one more character of transliteration comes first (苏克巴 + 托 + 广场: HanLP cut the
     * name before its last syllable).
     */
    /**
     * What follows a curated person's name when it names a thing after them: 里根号航空母舰, 伊丽莎白二世号,
     * 麦卡锡式的偏执, 克林顿基金会. Not 号召 or 号称 (特朗普号召), and not an era or a family (特朗普时代,
     * 肯尼迪家族), which still speak of the person.
     */
    private static final Pattern CURATED_THING_AFTER = Pattern.compile("^(?:号(?![召称])|航母|航空母舰|式|主义|大学|学院|医院|基金会|中心|图书馆|纪念馆|纪念堂|机场|课堂|大厦|和平奖)");

    /** True when the words right after a curated person's name make it the name of a ship, a school, an -ism. */
    boolean namesAThingAfterCurated(String after) {
        return CURATED_THING_AFTER.matcher(after).lookingAt();
    }

    boolean namesAThing(String after) {
        // “尼米兹”号航母, “阿斯彭安全论坛”: the thing's kind may follow the name's closing quote
        if (!after.isEmpty() && "”」".indexOf(after.charAt(0)) >= 0 && THING_AFTER.matcher(after.substring(1)).lookingAt()) {
            return true;
        }
        return THING_AFTER.matcher(after).lookingAt()
                || after.length() > 1 && continuesName(after.charAt(0)) && THING_AFTER.matcher(after.substring(1)).lookingAt();
    }

    /**
     * A candidate that reads as a phrase, not a name: it starts with a pronoun (他参加), ends with
     * a numeral before a counted thing (单排五颗, 修心八颂), repeats a verb around 一 (冷一冷), is a
     * surname and a count of people (李二人), or ({@code placeFirst}) starts with a curated place.
     */
    boolean looksLikeAPhrase(String name, boolean placeFirst) {
        return placeFirst || "他她它我你".indexOf(name.charAt(0)) >= 0
                || name.length() == 3 && "一二三四五六七八九十两".indexOf(name.charAt(name.length() - 1)) >= 0
                // 冷一冷, 想一想: a verb said twice with 一 between, "for a while"
                || name.length() == 3 && name.charAt(1) == '一' && name.charAt(0) == name.charAt(2)
                // 刘、李二人, 王、陈两人: surnames listed, then how many people they are
                || name.length() == 3 && "二两三四五".indexOf(name.charAt(1)) >= 0 && name.charAt(2) == '人';
    }

    /**
     * 衡东县, 罗德市, 鲁特旗: a name that ends in the kind of an administrative area names the area; no
     * given name ends so. Nor in 路 or 街 (楚康路, 康福路: streets of Chinese cities, after 位于, before 交汇处), 号 (a
     * ship: 杜威号), 署 or 部 (an agency, a command: 康文署, 金防部), 村 (a village: 乌坎村), 系 (a department
     * of a university: 行政学系), 案 or 诉 (a lawsuit named after its parties: 谢阳案, 罗诉韦德案).
     */
    boolean endsWithPlaceKind(String name) {
        return name.length() >= 3 && "县市旗省区镇乡路街号署村部系案诉".indexOf(name.charAt(name.length() - 1)) >= 0
                // 马哈拉施特拉邦, 泰米尔纳德邦: a state of India or Malaysia; a Chinese name of three ends in 邦 (胡耀邦)
                || name.length() >= 4 && name.indexOf('·') < 0 && name.endsWith("邦");
    }

    /**
     * 韩媒, 港媒, 官媒, 房企, 国企: a short word for a kind of media (媒) or of firms (企); HanLP reads
     * 韩, 房 and 官 as surnames, but no given name is 媒 or 企.
     */
    boolean mediaOrFirms(String name) {
        return name.length() == 2 && "媒企".indexOf(name.charAt(1)) >= 0;
    }

    /** 一天, 两次, 三年: a numeral and a counter, which no given name is (那一天, 连三次). */
    boolean countedThing(String s) {
        return s.length() == 2 && "一二三四五六七八九十两几".indexOf(s.charAt(0)) >= 0 && "天年月日次个些位名件种批回趟门案场番遍份".indexOf(s.charAt(1)) >= 0;
    }

    /** Surnames that are also common prepositions or words (向, 于, 和, 时, 那一天): such names need a title or an English name. */
    boolean ambiguousSurname(String name) {
        return FUNCTION.indexOf(name.charAt(0)) >= 0 || "国方应都周项党成高安关中万时和那连来让由以会原长".indexOf(name.charAt(0)) >= 0;
    }
}
