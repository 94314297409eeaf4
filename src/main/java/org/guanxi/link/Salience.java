package org.guanxi.link;

import java.util.List;
import java.util.regex.Pattern;
import org.guanxi.doc.Entity;
import org.guanxi.doc.EntityType;
import org.guanxi.doc.Mention;
import org.guanxi.doc.Reference;
import org.guanxi.text.CharsBefore;

/**
 * What makes a person named before a pronoun the one it stands for: named outside a quote (a name
 * a speaker quotes is not the subject of the narration), the subject of a verb of saying (the
 * speaker the text is following), and, for 她, a woman when the text says so (女士, 夫人, 妹妹...).
 */
final class Salience {
    private Salience() {
    }

    /** A verb of saying soon after a name (its gloss, a time or place between): 李俊俋说, 王毅9日在记者会上表示. */
    private static final Pattern SAYS_AFTER = Pattern.compile(
            "^(?:\\s*[（(][^（）()。]{1,40}[）)])?[^，,。；;：:“”\"「」！？\\s]{0,14}?"
                    + "(?:(?<![演游劝解小传来])说(?![服法明])|表示|称(?![为作赞之号])|指出|强调|透露|坦言|直言|承认|警告|宣布|写道|回应|告诉)");

    /** Words written next to a name that say the person is a woman. */
    private static final Pattern FEMALE_TITLE = Pattern.compile("女|夫人|王后|公主|皇后");
    private static final Pattern FEMALE_AFTER = Pattern.compile("^(?:\\s*[（(][^（）()。]{1,40}[）)])?(?:女士|夫人|太太|小姐)");
    private static final Pattern FEMALE_BEFORE = Pattern.compile("(?:女|妻子|夫人|女儿|妹妹|姐姐|母亲|太太)$");

    /**
     * Whether a position lies inside a quotation opened after {@code from}: “……”, 「……」, "……". A
     * second “ while one is open closes it: quotes nest as ‘’, so that is a typo for ” (“绿色协议“).
     */
    static boolean insideQuote(String norm, int from, int at) {
        int depth = 0;
        boolean ascii = false;
        for (int i = Math.max(0, from); i < at && i < norm.length(); i++) {
            char c = norm.charAt(i);
            if (c == '“' && depth > 0) {
                depth--;
            } else if (c == '“' || c == '「' || c == '『') {
                depth++;
            } else if ((c == '”' || c == '」' || c == '』') && depth > 0) {
                depth--;
            } else if (c == '"') {
                ascii = !ascii;
            }
        }
        return depth > 0 || ascii;
    }

    /** A relative named by a person's name is the subject, not the person: 金正恩日益有权势的妹妹否认… */
    private static final Pattern KIN_AFTER = Pattern.compile("^(?:\\s*[（(][^（）()。]{1,40}[）)])?[^，,。；;：:“”\"「」\s\uE000]{0,8}?的(?:妹妹|姐姐|女儿|妻子|夫人|母亲|儿子|父亲|丈夫|哥哥|弟弟)");

    static boolean kinAfter(String norm, int nameEnd) {
        return KIN_AFTER.matcher(norm.substring(nameEnd, Math.min(norm.length(), nameEnd + 60))).lookingAt();
    }

    /** A clause of time opened before a name: 自特朗普与北京展开贸易战以来, 当拜登上任时, 随着普京访华, 在特朗普确诊后. */
    private static final Pattern TIME_CLAUSE_OPEN = Pattern.compile("(?:^|[，,；;。！？\\s])(?:自从?|当|随着|早在|在)[^，,。；;！？“”\\s]{0,12}$");
    private static final Pattern TIME_CLAUSE_CLOSE = Pattern.compile("^[^，,。；;！？“”]{0,30}?(?:以来|之后|以后|后|之时|时|期间|之际|之前|以前|前)[，,]");

    /**
     * Whether a name lies inside a clause of time that opens its sentence ("自特朗普与北京展开贸易战以来，
     * 刘鹤一直…"): the clause only dates what the main subject did, so its people are not who a later
     * pronoun follows.
     */
    static boolean inTimeClause(String norm, int from, int nameStart, int nameEnd) {
        // 自/当/随/早/在 stands among the sixteen characters before the name where TIME_CLAUSE_OPEN matches (up to
        // twelve characters and a line break after the opener)
        return CharsBefore.any(norm, from, nameStart, 16, "自当随早在") && TIME_CLAUSE_OPEN.matcher(norm.substring(from, nameStart)).find()
                && TIME_CLAUSE_CLOSE.matcher(norm.substring(nameEnd, Math.min(norm.length(), nameEnd + 40))).lookingAt();
    }

    /** Whether the person named at this mention goes on to say something. */
    static boolean speaks(String norm, int nameEnd) {
        return SAYS_AFTER.matcher(norm.substring(nameEnd, Math.min(norm.length(), nameEnd + 60))).lookingAt();
    }

    /** Whether the text says anywhere this person is a woman, or an earlier 她 already stood for her. */
    static boolean female(String norm, Entity e, List<Mention> mentions, List<Reference> refs) {
        for (Mention m : mentions) {
            if (m.type() != EntityType.PERSON || !m.entity().id().equals(e.id())) {
                continue;
            }
            int start = m.fullSpan().start();
            if (m.title() != null && FEMALE_TITLE.matcher(m.title()).find()
                    || FEMALE_AFTER.matcher(norm.substring(m.span().end(), Math.min(norm.length(), m.span().end() + 50))).lookingAt()
                    || FEMALE_BEFORE.matcher(norm.substring(Math.max(0, start - 4), start)).find()) {
                return true;
            }
        }
        for (Reference r : refs) {
            if (r.surface().equals("她") && r.entities().size() == 1 && r.entities().get(0).id().equals(e.id())) {
                return true;
            }
        }
        return false;
    }
}
