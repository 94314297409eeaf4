/** SPARQL over the store: the union of all article graphs is the default graph. */
package org.guanxi.query;
