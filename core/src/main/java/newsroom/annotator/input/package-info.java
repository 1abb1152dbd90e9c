/** The input stage: plain text, JSON requests and HTML pages become one {@code Article}. */
package newsroom.annotator.input;
