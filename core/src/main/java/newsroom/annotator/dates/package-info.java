/** Dates as people write them in English, Spanish and every configured language, parsed with ICU4J. */
package newsroom.annotator.dates;
