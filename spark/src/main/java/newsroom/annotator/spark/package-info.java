/**
 * The annotator as an Apache Spark job ({@link newsroom.annotator.spark.AnnotateJob}): the batch tool's
 * records read from any Hadoop file system, annotated on the executors with one annotator per executor
 * JVM, written as NDJSON or Parquet, every record that fails in a dead-letter output.
 */
package newsroom.annotator.spark;
