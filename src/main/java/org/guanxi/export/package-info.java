/** RDF exports of a store: the whole dataset, one article's graph, or the union as one graph. */
package org.guanxi.export;
