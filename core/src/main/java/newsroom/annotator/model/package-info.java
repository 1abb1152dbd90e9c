/** The annotation's data: immutable records with UTF-16 offsets into the article's text. */
package newsroom.annotator.model;
