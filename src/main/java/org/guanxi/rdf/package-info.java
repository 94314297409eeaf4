/**
 * Records to RDF: the vocabulary ({@link org.guanxi.rdf.GX}), the IRI schemes and the builder of
 * one named graph per article. Jena starts here.
 */
package org.guanxi.rdf;
