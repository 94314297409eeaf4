/** The TDB2 store: one named graph per article, batched write transactions, whole articles only. */
package org.guanxi.store;
