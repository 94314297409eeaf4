package org.guanxi.link;

import java.util.regex.Pattern;

/**
 * Whether the title the article gives a person makes them a head of state or government: the title's head is
 * the post itself (美国总统, 国家主席, 欧盟委员会主席), not a deputy's, a candidate's or an aide's (副总统,
 * 总统候选人, 总统新闻秘书), nor a former holder's (前总统). Pair words (两国元首) and country pairs (美韩首脑) read it.
 */
final class LeaderTitles {
    /** How many sentences back a word for leaders may stand for those named with their posts. */
    static final int LOOKBACK_SENTENCES = 12;
    private static final Pattern LEADER = Pattern.compile("(?<!副)(?:总统|主席|总理|首相|元首|领导人|国王|总书记)$");

    private LeaderTitles() {
    }

    static boolean isLeader(String title) {
        return title != null && !title.startsWith("前") && LEADER.matcher(title).find();
    }
}
