/**
 * Rules stage: the rule files (meetings, statements, visits) over marked sentences, with status,
 * mode, date and place read around each verb, and one fact per event within an article.
 * {@link org.guanxi.rules.RuleEngine} gives each article an {@code ArticleRun}, which tries the rules
 * sentence by sentence and hands matches to a {@code MeetingReader}, {@code StatementReader} and
 * {@code VisitReader}; {@code Merger} then makes one fact of each event told more than once.
 */
package org.guanxi.rules;
