/**
 * Records passed between the pipeline's stages: articles, text with offsets, mentions,
 * entities and the facts read from them. JDK types only, immutable.
 */
package org.guanxi.doc;
