package org.guanxi.doc;

/**
 * A title the article gives a person ("美国国务卿布林肯": Secretary of State of the US).
 *
 * @param title   the title as written, without the country ("国务卿")
 * @param country country code of the office, or null
 * @param date    the article's publication date, when the title held
 */
public record PositionClaim(String person, String title, String country, DateValue date, Evidence evidence) {
}
