/**
 * The stages wired together: a file in, an {@link org.guanxi.doc.Extraction} out
 * ({@link org.guanxi.pipeline.Pipeline}); and the ingest run over folders, which extracts on
 * every core and writes through one writer in batched transactions
 * ({@link org.guanxi.pipeline.IngestRun}).
 */
package org.guanxi.pipeline;
