/**
 * Linking stage: one entity per person within an article, and what pronouns, pair words (两人,
 * 两国元首) and leader abbreviations (拜习) refer to.
 */
package org.guanxi.link;
