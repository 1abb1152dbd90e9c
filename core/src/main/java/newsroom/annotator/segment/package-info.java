/**
 * The segmentation stage: the article's paragraphs, and ICU4J sentences inside each; and the shape of prose a page
 * hard-wrapped ({@link newsroom.annotator.segment.WrappedLines}), which the language and types stages read.
 */
package newsroom.annotator.segment;
