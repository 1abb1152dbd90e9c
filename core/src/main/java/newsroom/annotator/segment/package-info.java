/** The segmentation stage: the article's paragraphs, and ICU4J sentences inside each. */
package newsroom.annotator.segment;
