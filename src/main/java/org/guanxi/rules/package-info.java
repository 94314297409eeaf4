/**
 * Rules stage: the rule files (meetings, statements, visits) over marked sentences, with status,
 * mode, date and place read around each verb, and one fact per event within an article.
 */
package org.guanxi.rules;
