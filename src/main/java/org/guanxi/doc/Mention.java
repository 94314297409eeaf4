package org.guanxi.doc;

/**
 * A name found in the text and the entity it names.
 *
 * @param span       where the name itself is, in document offsets
 * @param surface    the name as written (normalised form)
 * @param entity     the entity it refers to
 * @param source     how it was found: gazetteer, hanlp, pattern, coref ...
 * @param confidence 0..1
 * @param title      a title written before it ("国务卿"), or null
 * @param titleSpan  where that title (with any country prefix) is, or null
 */
public record Mention(Span span, String surface, Entity entity, String source, double confidence,
                      String title, Span titleSpan) {
    public EntityType type() {
        return entity.type();
    }

    /** The span covering the title (if any) and the name. */
    public Span fullSpan() {
        return titleSpan == null ? span : new Span(Math.min(titleSpan.start(), span.start()), Math.max(titleSpan.end(), span.end()));
    }

    public Mention withEntity(Entity e, String how) {
        return new Mention(span, surface, e, how, confidence, title, titleSpan);
    }
}
