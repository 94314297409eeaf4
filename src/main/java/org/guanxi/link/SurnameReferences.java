package org.guanxi.link;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.guanxi.doc.Document;
import org.guanxi.doc.Entity;
import org.guanxi.doc.EntityType;
import org.guanxi.doc.Mention;
import org.guanxi.doc.Reference;
import org.guanxi.doc.Sentence;
import org.guanxi.doc.Span;

/**
 * A surname alone for someone named in full before: the Hong Kong and Taiwan press, and papers that follow them,
 * write "赵立坚说……。赵还称，……" or "……，陈说，这意味着……". Read only where the surname opens a clause and a verb
 * of saying follows it, and only when one person of that surname has been named before in the article.
 */
final class SurnameReferences {
    /**
     * Common one-character surnames. Left out: those that are also adverbs or prepositions at the head of a clause
     * (曾表示 "once said", 于, 向, 单, 和, 全, 时, 常, 但, 明, 应, 原, 文; 史称 "history calls", 莫说 "let alone"), where the subject is left out, not named.
     */
    private static final String SURNAMES = "王李张刘陈杨黄赵吴周徐孙马朱胡郭何林罗郑梁谢宋唐许韩冯邓曹彭萧田董潘袁蔡蒋余杜叶程魏苏吕丁任沈姚卢姜崔钟谭陆汪范金石廖贾夏韦傅方邱邹熊孟秦阎薛侯雷龙段郝孔邵毛江万顾赖武康贺严尹钱施牛洪龚汤陶黎温易樊乔殷柯翁庄";

    /** The surname at the head of a clause, maybe an adverb, then a verb of saying with its comma or colon (胡说 is "nonsense"). */
    private static final Pattern SURNAME_SAYS = Pattern.compile(
            "(?:^|(?<=[，,。；;：:”」！？!?\\s]))(?!胡说)([" + SURNAMES + "])(?=(?:又|还|也|亦|则|更|续|并|接着|随即|进一步|最后|补充)?"
                    + "(?:表示|说|指出|认为|强调|称|坦言|直言|透露|指|警告|回应|批评|补充说|质疑|解释)[，,：:])");

    private SurnameReferences() {
    }

    /** The surnames standing alone for a person in this sentence, each for the one person of that surname named before. */
    static List<Reference> resolve(Document doc, List<Mention> mentions, List<Reference> refs, Sentence s) {
        List<Reference> out = new ArrayList<>();
        String norm = doc.norm();
        Matcher m = SURNAME_SAYS.matcher(doc.norm(s.span()));
        while (m.find()) {
            int at = s.span().start() + m.start(1);
            Span span = new Span(at, at + 1);
            if (mentions.stream().anyMatch(x -> x.fullSpan().overlaps(span)) || refs.stream().anyMatch(r -> r.span().overlaps(span))) {
                continue;
            }
            Entity one = onlyOfSurname(mentions, norm.charAt(at), at);
            if (one != null) {
                out.add(new Reference(span, String.valueOf(norm.charAt(at)), List.of(one), "surname"));
            }
        }
        return out;
    }

    /** The one person named before {@code at} whose Chinese name (two to four characters: 陈方安生) has this surname; null if none or several. */
    static Entity onlyOfSurname(List<Mention> mentions, char surname, int at) {
        Entity only = null;
        for (Mention x : mentions) {
            String name = x.surface();
            if (x.type() != EntityType.PERSON || x.span().end() > at || name.length() < 2 || name.length() > 4
                    || name.charAt(0) != surname || !name.codePoints().allMatch(c -> Character.UnicodeScript.of(c) == Character.UnicodeScript.HAN)) {
                continue;
            }
            if (only != null && !only.id().equals(x.entity().id())) {
                return null;
            }
            only = x.entity();
        }
        return only;
    }
}
