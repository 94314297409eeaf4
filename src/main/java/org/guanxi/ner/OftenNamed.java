package org.guanxi.ner;

/**
 * A Chinese name HanLP reads the same way three times or more in one article (苟晶 ... 苟晶没有 ...
 * 苟晶因为) is a person the article is about, even with no title or verb of saying beside it. Not
 * a surname and a title or form of address (李先生, 张女士, 胡警官, 杨男: people left unnamed), not
 * a word the dictionary knows, not a surname that is also a common word (都有, 时说).
 */
final class OftenNamed {
    /** How many times the article must write the name. */
    private static final int TIMES = 3;
    /** 杨男, 陈女, 阿娘: a surname and a word for a man, woman or relative, as Taiwan's courts and papers write of people unnamed. */
    private static final String UNNAMED_ENDS = "男女娘嫂婶姨叔伯爷婆委";

    /** 警官, 律师, 医生, 队长, 议员: words for a trade end so. */
    private static final String ROLE_ENDS = "官师生长员士";

    private final NerTables tables;
    private final NameFilter names;
    private final HanlpAnalyzer hanlp;

    OftenNamed(NerTables tables, NameFilter names, HanlpAnalyzer hanlp) {
        this.tables = tables;
        this.names = names;
        this.hanlp = hanlp;
    }

    /** True when a candidate written {@code times} times in the article reads as a person's name by repetition alone. */
    boolean holds(String name, int times) {
        if (times < TIMES || name.length() < 2 || name.length() > 3 || names.ambiguousSurname(name) || hanlp.inDictionary(name)) {
            return false;
        }
        String rest = name.substring(1);
        // 胡警官, 周律师: a surname and a word for a trade
        if (rest.length() == 2 && hanlp.isNeverAName(rest) && ROLE_ENDS.indexOf(rest.charAt(1)) >= 0) {
            return false;
        }
        // 梅花座: a name does not start with a word of two characters
        if (name.length() == 3 && hanlp.isCommonWord(name.substring(0, 2))) {
            return false;
        }
        // 洪国 (Honduras), 揭锅, 梅花座: a single character that is a word of its own is a thing, not a given name
        if (rest.length() == 1 && hanlp.isFreeCharacter(rest.charAt(0))) {
            return false;
        }
        return !(rest.length() == 1 && UNNAMED_ENDS.indexOf(rest.charAt(0)) >= 0) && !hanlp.isJobTitle(rest) && !tables.isTitle(rest)
                && !tables.personCues().contains(rest);
    }
}
