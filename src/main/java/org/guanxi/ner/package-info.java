/**
 * Recognition stage: HanLP lives here and only here. Segments sentences, finds the gazetteer's
 * people, places and organisations, keeps HanLP's own name guesses where the evidence is good,
 * and marks the titles written with people's names.
 */
package org.guanxi.ner;
