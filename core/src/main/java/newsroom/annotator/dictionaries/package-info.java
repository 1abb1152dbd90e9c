/** Word lists a journalist can read and extend, loaded once at start-up from {@code dictionaries/}. */
package newsroom.annotator.dictionaries;
