/** The JSON stage: annotations and problems written as the contract fixes them, offsets in code points. */
package newsroom.annotator.json;
