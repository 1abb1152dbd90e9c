/**
 * The types stage: tells the article's own prose from its title, captions, bylines and boilerplate, by
 * the phrases of {@code dictionaries/<lang>/}, the markup's hints and where each span stands.
 */
package newsroom.annotator.types;
