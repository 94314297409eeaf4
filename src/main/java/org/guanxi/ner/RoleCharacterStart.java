package org.guanxi.ner;

import org.guanxi.doc.EntityType;
import org.guanxi.doc.Span;

/**
 * A person name that starts with the last character of the word naming the person's role or
 * kind, glued to it: 流行病学家 + 西布 read 家西布, 营运长 + 林思宏 read 长林思宏, 西安市民 +
 * 赵华生 read 民赵华生, 奶农 + 郭玉珍 read 农郭玉珍, 网友 + 李明 read 友李明. These characters end
 * such words and start no name (长 and 官 only in the compound surnames 长孙 and 上官; 农 is a
 * rare surname, but 农 and a name of three characters is no name of four); the name starts after
 * them when what is left reads as a name: a surname and one or two characters, a dotted name, or
 * a transliteration.
 */
final class RoleCharacterStart {
    /**
     * Characters that end a role or kind word and start no name: 学家, 市长, 市民, 议员, 外交官, 党人,
     * 奶农 and 菜农, 民工 and 员工, 记者 and 患者, 护士 and 战士, 网友 and 病友, 民警 and 交警, and kin:
     * 儿子 and 之子, 女儿, 之妻, 之父 and 之母 (拜登的儿子亨特 read 子亨特, 美国之父乔治·华盛顿 read 父乔治·华盛顿).
     */
    private static final String ROLE_ENDS = "家长民员官人农工者士友警子女妻父母";
    /** The units of a date written in digits (2020年5月3日), which start no name either. */
    private static final String DATE_UNITS = "日月年";

    private final NerTables tables;
    private final NameFilter names;

    RoleCharacterStart(NerTables tables, NameFilter names) {
        this.tables = tables;
        this.names = names;
    }

    /** The candidate without a role word's last character at its start, or the candidate itself. */
    Recognizer.Candidate trim(String norm, Recognizer.Candidate c) {
        String name = c.name();
        int s = c.span().start();
        // 3日李宗翰摄: the day of a date glued to a photographer's name; no name starts with 日, 月 or 年
        boolean dateUnit = s > 0 && DATE_UNITS.indexOf(name.charAt(0)) >= 0 && Character.isDigit(norm.charAt(s - 1));
        if (c.type() != EntityType.PERSON || name.length() < 3 || !dateUnit && (ROLE_ENDS.indexOf(name.charAt(0)) < 0 || s == 0
                || !HanlpAnalyzer.isHan(norm.charAt(s - 1)) || name.startsWith("长孙"))) {
            return c;
        }
        String rest = name.substring(1);
        boolean chinese = rest.length() <= 3 && tables.startsWithSurname(rest) && rest.chars().allMatch(ch -> HanlpAnalyzer.isHan((char) ch));
        if (!chinese && rest.indexOf('·') < 0 && !names.transliteratedName(rest)) {
            return c;
        }
        return new Recognizer.Candidate(new Span(s + 1, c.span().end()), rest, c.type(), c.source(), c.sentence(), -1);
    }
}
