/** The language stage: Lingua, built once, scoring every sentence; spans add up their sentences. */
package newsroom.annotator.language;
