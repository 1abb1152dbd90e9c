/** The batch tool: many articles from files, folders or NDJSON, annotated in parallel, in input order. */
package newsroom.annotator.batch;
