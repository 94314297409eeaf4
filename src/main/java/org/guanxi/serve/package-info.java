/**
 * Serving: the store as a read-only SPARQL endpoint over HTTP (embedded Apache Jena Fuseki),
 * with the union of the article graphs as its default graph, like {@code guanxi query}.
 */
package org.guanxi.serve;
