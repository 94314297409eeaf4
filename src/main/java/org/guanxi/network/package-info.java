/**
 * The network of meetings: people as nodes, held (or planned) meetings between them as edges, read
 * with SPARQL from the store and written as GraphML, GEXF, DOT, CSV (JGraphT's exporters) or as
 * one self-contained HTML page with vis-network inlined.
 */
package org.guanxi.network;
