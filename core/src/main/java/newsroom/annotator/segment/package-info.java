/**
 * The segmentation stage: the article's paragraphs, the lines of prose a page hard-wrapped joined into one
 * ({@link newsroom.annotator.segment.WrappedLines}), and ICU4J sentences inside each.
 */
package newsroom.annotator.segment;
