package org.guanxi.ner;

import org.guanxi.doc.Span;

/**
 * 52宗新冠病毒个案, 3位官员: right after a number, a counter (宗, 位, 名, 例) counts what follows;
 * a name HanLP reads from that counter on (宗新冠) is no name, though 宗 and 位 are also surnames.
 * Hong Kong news counts cases with 宗 in nearly every report on the epidemic. So do 余 after a
 * number (1800余名: "more than"), 时 (6时起: o'clock) and 季 (第二季: a quarter), surnames too.
 */
final class CounterStart {
    private static final String COUNTERS = "宗位名个例起件项次家所座条只余时季";
    private static final String NUMERALS = "0123456789０１２３４５６７８９一二三四五六七八九十百千万两几多数";

    private CounterStart() {
    }

    /** True when the span starts with a counter right after a numeral. */
    static boolean countedAfterNumber(String norm, Span span) {
        int s = span.start();
        return s > 0 && s < norm.length() && COUNTERS.indexOf(norm.charAt(s)) >= 0 && NUMERALS.indexOf(norm.charAt(s - 1)) >= 0;
    }
}
