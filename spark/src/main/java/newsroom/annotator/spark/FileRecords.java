package newsroom.annotator.spark;

import java.io.IOException;
import java.io.InputStream;
import java.util.Collections;
import java.util.Iterator;
import java.util.Locale;
import java.util.zip.ZipException;
import newsroom.annotator.batch.BatchRecord;
import newsroom.annotator.batch.RecordSource;
import newsroom.annotator.input.BadInputException;
import newsroom.annotator.input.BodyText;
import newsroom.annotator.input.BoundedInput;
import newsroom.annotator.input.Gunzip;
import newsroom.annotator.input.Limits;
import newsroom.annotator.input.SizeLimit;
import org.apache.hadoop.fs.Path;
import org.apache.hadoop.security.AccessControlException;
import org.apache.spark.TaskContext;
import org.apache.spark.api.java.function.FlatMapFunction;
import org.apache.spark.input.PortableDataStream;
import org.apache.spark.sql.Row;
import scala.Tuple2;

/**
 * One file of a {@code files} input as record rows, read as bin/annotate reads a folder's files: an article
 * ({@code .txt}, {@code .html}, {@code .json}) is one record, an NDJSON file ({@code .ndjson}, {@code .jsonl})
 * one a line, streamed; either gzipped ({@code .gz}) or not; other files (and answers kept beside
 * articles, {@code *.gold.json}, {@code *.expected.json}) are no records. Nothing is read past its limit: a
 * plain file's size is checked before it is read, a gzipped one's as it is decompressed, an NDJSON line as
 * it is read. A file that cannot be read is one unreadable record (a dead letter), and the rest go on.
 */
final class FileRecords implements FlatMapFunction<Tuple2<String, PortableDataStream>, Row> {

    private static final long serialVersionUID = 1L;

    private final InputRoots roots;
    private final long maxBytes;
    private final long maxPageBytes;

    FileRecords(InputRoots roots, long maxBytes, long maxPageBytes) {
        this.roots = roots;
        this.maxBytes = maxBytes;
        this.maxPageBytes = maxPageBytes;
    }

    @Override
    public Iterator<Row> call(Tuple2<String, PortableDataStream> file) {
        String path = file._1();
        String name = new Path(path).getName().toLowerCase(Locale.ROOT);
        if (!RecordSource.isArticleFile(java.nio.file.Path.of(name))) {
            return Collections.emptyIterator();
        }
        String id = roots.idOf(path);
        Limits limits = Limits.of(maxBytes, maxPageBytes);
        boolean gzipped = name.endsWith(".gz");
        String unzipped = gzipped ? name.substring(0, name.length() - 3) : name;
        if (unzipped.endsWith(".ndjson") || unzipped.endsWith(".jsonl")) {
            return lines(file._2(), path, id, gzipped, limits);
        }
        return Collections.singletonList(RecordRows.of(article(file._2(), path, id, gzipped, unzipped, limits))).iterator();
    }

    /** An NDJSON file's lines, named {@code id:line} when a request has no id of its own, as bin/annotate names them. */
    private static Iterator<Row> lines(PortableDataStream stream, String path, String id, boolean gzipped, Limits limits) {
        InputStream in;
        try {
            in = open(stream, gzipped);
        } catch (IOException e) {
            return Collections.singletonList(RecordRows.of(BatchRecord.unreadable(id, cannotRead(path, e)))).iterator();
        }
        TaskContext task = TaskContext.get();
        if (task != null) {
            task.addTaskCompletionListener((org.apache.spark.util.TaskCompletionListener) done -> close(in)); // a task stopped midway leaves no file open
        }
        RecordSource records = RecordSource.ndjson(in, id, limits);
        return new Iterator<>() {
            @Override
            public boolean hasNext() {
                return records.hasNext();
            }

            @Override
            public Row next() {
                return RecordRows.of(records.next());
            }
        };
    }

    private static BatchRecord article(PortableDataStream stream, String path, String id, boolean gzipped,
                                       String name, Limits limits) {
        BatchRecord.Format format = name.endsWith(".html") || name.endsWith(".htm") ? BatchRecord.Format.HTML
                : name.endsWith(".json") ? BatchRecord.Format.JSON_FILE : BatchRecord.Format.TEXT;
        SizeLimit limit = format == BatchRecord.Format.TEXT ? limits.text() : limits.page();
        try {
            if (!gzipped) {
                Path file = new Path(path);
                long size = file.getFileSystem(stream.getConfiguration()).getFileStatus(file).getLen();
                if (size > limit.maxBytes()) {
                    return BatchRecord.unreadable(id, limit.tooLarge(size));
                }
            }
            byte[] bytes;
            try (InputStream in = open(stream, gzipped)) {
                bytes = BoundedInput.readAll(in, limit);
            }
            return BatchRecord.of(id, format, BodyText.utf8(bytes, id));
        } catch (BadInputException e) {
            return BatchRecord.unreadable(id, e);
        } catch (IOException e) {
            return BatchRecord.unreadable(id, cannotRead(path, e));
        }
    }

    private static InputStream open(PortableDataStream stream, boolean gzipped) throws IOException {
        return Gunzip.ifGzipped(stream.open(), gzipped);
    }

    /** The batch tool's words for what went wrong. */
    private static BadInputException cannotRead(String path, IOException e) {
        String why;
        if (e instanceof ZipException) {
            why = "not gzip data (" + e.getMessage() + ")";
        } else if (e instanceof AccessControlException) {
            why = "permission denied";
        } else if (e instanceof java.io.FileNotFoundException) {
            why = "no such file";
        } else {
            why = e.getMessage() == null ? e.getClass().getSimpleName() : e.getMessage();
        }
        return BadInputException.malformed("cannot read " + path + ": " + why);
    }

    private static void close(InputStream in) {
        try {
            in.close();
        } catch (IOException ignored) {
            // the task is over either way
        }
    }
}
