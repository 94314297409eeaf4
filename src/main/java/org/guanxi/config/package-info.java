/**
 * Where the data files (ontology, gazetteers, rules, reader tables) are read from, and the
 * configuration record that flows from the command line into the stages. JDK only.
 */
package org.guanxi.config;
