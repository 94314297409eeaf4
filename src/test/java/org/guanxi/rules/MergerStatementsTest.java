package org.guanxi.rules;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.List;
import org.guanxi.doc.Evidence;
import org.guanxi.doc.Statement;
import org.junit.jupiter.api.Test;

class MergerStatementsTest {
    private static Statement said(String content, double confidence) {
        return new Statement("person/angela-merkel", content, null, new Evidence(3, new org.guanxi.doc.Span(0, 10), "t", "statement.x", confidence));
    }

    @Test
    void ofTwoReadingsOneInsideTheOtherTheLongerStays() {
        List<Statement> out = Merger.statements(List.of(said("欧盟应该团结起来战胜强权——暗指中国", 0.8), said("暗指中国", 0.9)));
        assertEquals(List.of("欧盟应该团结起来战胜强权——暗指中国"), out.stream().map(Statement::content).toList());
        List<Statement> same = Merger.statements(List.of(said("欧盟应该团结", 0.7), said("欧盟应该团结", 0.9)));
        assertEquals(1, same.size());
        assertEquals(0.9, same.get(0).evidence().confidence());
    }

    @Test
    void aQuoteOfSentencesClosingTheWordsIsKeptBesideThem() {
        String words = "德国寻求与更多国家建立更密切关系，“我们需要一种不同的全球化，一种更明智的全球化。”";
        List<Statement> out = Merger.statements(List.of(said(words, 0.8), said("我们需要一种不同的全球化，一种更明智的全球化。", 0.8)));
        assertEquals(2, out.size());
        // a term in quotes is part of the words only
        List<Statement> term = Merger.statements(List.of(said("不要把他当成是整个欧洲的领导人，“欧盟不等于法国”", 0.8), said("欧盟不等于法国", 0.8)));
        assertEquals(1, term.size());
    }
}
