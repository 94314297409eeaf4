package org.guanxi.text;

import java.util.ArrayList;
import java.util.List;
import org.guanxi.doc.Article;
import org.guanxi.doc.Block;
import org.guanxi.doc.Document;
import org.guanxi.doc.Sentence;

/** Article to {@link Document}: blocks joined by newlines, normalised, split into sentences ({@link QuoteAfterColon}: a quote announced at a paragraph's end belongs to it). */
public final class DocumentBuilder {
    private final Normalizer normalizer;
    private final SentenceSplitter splitter = new SentenceSplitter();

    public DocumentBuilder(Normalizer normalizer) {
        this.normalizer = normalizer;
    }

    public Document build(Article article) {
        StringBuilder text = new StringBuilder();
        List<Sentence> sentences = new ArrayList<>();
        List<Block> blocks = article.blocks();
        for (int b = 0; b < blocks.size(); b++) {
            if (b > 0) {
                text.append('\n');
            }
            String block = blocks.get(b).text().replace('\n', ' ');
            sentences.addAll(splitter.split(block, text.length(), b, blocks.get(b).kind(), sentences.size()));
            text.append(block);
        }
        String t = text.toString();
        String norm = normalizer.normalize(t);
        return new Document(article, t, norm, QuoteAfterColon.join(sentences, norm));
    }
}
