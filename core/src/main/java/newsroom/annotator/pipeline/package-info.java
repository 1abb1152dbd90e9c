/** The one pipeline: the document every stage reads and adds to, and the stages in their order. */
package newsroom.annotator.pipeline;
